import { isScalar } from 'yaml';
import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { hardened, WEB_HEALTHCHECK } from '../examples';
import { appendToService, isDevelopment, longRunningServices, serviceRange } from '../util';

const MEMORY_KEYS = ['mem_limit', 'mem_reservation', 'memswap_limit', 'shm_size'];

export const rule = defineRule<ComposeModel, 'missing' | 'bytes'>(
  {
    id: 'CF08',
    name: 'resource-limits',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c08-l7', 'c11-l7'],
    sources: [],
    messages: {
      missing: '`{service}` has no {what} limit: one runaway container can take all the host\'s {resource} and starve every other service. Set `deploy.resources.limits` ({example}).',
      bytes: '`{key}: {value}` means {value} **bytes**, not megabytes: write a unit, e.g. `{value}m` or `{value}M`.',
    },
    docs: {
      summary: 'Production services set CPU and memory limits; memory sizes carry a unit.',
      rationale:
        'A container without limits may use all the CPU and memory of the host. A memory leak in one service then makes the kernel kill processes at random, often the database. `deploy.resources.limits` (`cpus: "0.5"`, `memory: 512M`) caps each service; Docker Compose applies it with plain `docker compose up`, no Swarm needed. The older `mem_limit`/`cpus` keys count too. Development files are not checked. Independently of the file, a memory size without a unit (`mem_limit: 512`) is read as bytes, which no program can start in.',
      examples: {
        bad: `${hardened('deploy')}services:\n  web:\n    <<: *hardened\n    image: nginx:1.27\n${WEB_HEALTHCHECK}`,
        good: `${hardened()}services:\n  web:\n    <<: *hardened\n    image: nginx:1.27\n${WEB_HEALTHCHECK}`,
        file: 'compose.prod.yaml',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const checks = MEMORY_KEYS.map((k) => s.get(k));
      const limits = model.follow(s.map, 'deploy', 'resources', 'limits');
      const deployMemory = limits?.value && 'items' in limits.value ? model.get(limits.value as never, 'memory') : undefined;
      for (const e of [...checks, deployMemory]) {
        if (!e || !e.value || !isScalar(e.value)) continue;
        const v = model.resolved(e.value);
        if (v !== undefined && /^\d+$/.test(v) && Number(v) > 0 && Number(v) < 4 * 1024 * 1024) report({ messageId: 'bytes', range: model.valueRange(e), data: { key: e.key, value: v } });
      }
    }
    if (isDevelopment(model)) return;
    for (const s of longRunningServices(model)) {
      const limits = model.follow(s.map, 'deploy', 'resources', 'limits');
      const lim = (k: string) => (limits?.value && 'items' in limits.value ? model.get(limits.value as never, k) : undefined);
      const memory = !!(lim('memory') || s.get('mem_limit'));
      const cpu = !!(lim('cpus') || s.get('cpus') || s.get('cpu_quota'));
      if (memory && cpu) continue;
      const what = !memory && !cpu ? 'CPU or memory' : !memory ? 'memory' : 'CPU';
      const resource = !memory && !cpu ? 'CPU and memory' : !memory ? 'memory' : 'CPU';
      const u = model.unit;
      const edit = !s.get('deploy') ? appendToService(model, s, ['deploy:', `${u}resources:`, `${u}${u}limits:`, `${u}${u}${u}cpus: "1.0"`, `${u}${u}${u}memory: 512M`]) : undefined;
      report({
        messageId: 'missing',
        range: serviceRange(model, s),
        data: { service: s.name, what, resource, example: !memory && !cpu ? '`cpus: "1.0"`, `memory: 512M`' : !memory ? '`memory: 512M`' : '`cpus: "1.0"`' },
        fix: edit ? { title: 'Add CPU and memory limits (1 CPU, 512 MB: adjust them)', edits: [edit] } : undefined,
      });
    }
  },
);
