import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { dependenciesOf } from '../util';

export const rule = defineRule<ComposeModel, 'cycle' | 'self'>(
  {
    id: 'CF37',
    name: 'dependency-cycle',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c08-l2'],
    sources: [],
    messages: {
      cycle: '`depends_on` forms a cycle: {chain}. Each service waits for the next, so Compose refuses to start any of them ("dependency cycle detected"). Remove one of these dependencies.',
      self: '`{service}` depends on itself: remove it from its own `depends_on`.',
    },
    docs: {
      summary: '`depends_on` has no cycles.',
      rationale:
        'Compose starts services in dependency order. If `app` waits for `worker` and `worker` waits for `app` (directly or through other services), no order exists and Compose stops with "dependency cycle detected". Services that need each other at run time should both start and retry their connections; only one direction belongs in `depends_on`.',
      examples: {
        bad: 'services:\n  app:\n    image: example/app:1.0\n    depends_on: [worker]\n  worker:\n    image: example/worker:1.0\n    depends_on: [app]\n',
        good: 'services:\n  app:\n    image: example/app:1.0\n    depends_on: [worker]\n  worker:\n    image: example/worker:1.0\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    const edges = new Map<string, ReturnType<typeof dependenciesOf>>();
    for (const s of model.services) edges.set(s.name, dependenciesOf(model, s));
    for (const [name, deps] of edges) for (const d of deps) if (d.name === name) report({ messageId: 'self', range: d.range, data: { service: name } });
    // Iterative depth-first search; each cycle is reported once, at the edge that closes it.
    const state = new Map<string, 'active' | 'done'>();
    const seenCycles = new Set<string>();
    for (const start of edges.keys()) {
      if (state.get(start) === 'done') continue;
      const stack: { name: string; i: number }[] = [{ name: start, i: 0 }];
      const path: string[] = [start];
      state.set(start, 'active');
      while (stack.length) {
        const top = stack[stack.length - 1];
        const deps = edges.get(top.name) ?? [];
        if (top.i >= deps.length) {
          state.set(top.name, 'done');
          stack.pop();
          path.pop();
          continue;
        }
        const d = deps[top.i++];
        if (d.name === top.name || !edges.has(d.name)) continue;
        const st = state.get(d.name);
        if (st === 'active') {
          const cycle = path.slice(path.indexOf(d.name));
          const key = [...cycle].sort().join('>');
          if (!seenCycles.has(key)) {
            seenCycles.add(key);
            report({ messageId: 'cycle', range: d.range, data: { chain: [...cycle, d.name].map((n) => `\`${n}\``).join(' → ') } });
          }
        } else if (st === undefined) {
          state.set(d.name, 'active');
          stack.push({ name: d.name, i: 0 });
          path.push(d.name);
        }
      }
    }
  },
);
