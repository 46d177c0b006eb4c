import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { isDuration } from '../util';

export const rule = defineRule<ComposeModel, 'stringForm' | 'badType' | 'execWithSpaces' | 'shellWithArgs' | 'badDuration'>(
  {
    id: 'CF35',
    name: 'healthcheck-syntax',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c08-l2', 'c11-l2'],
    sources: [],
    messages: {
      stringForm: 'A healthcheck `test` written as a plain string runs through `/bin/sh -c`: say so with `["CMD-SHELL", "…"]`, or use `["CMD", …]` to run the program directly, which also works in images without a shell.',
      badType: 'A healthcheck `test` list must start with `CMD`, `CMD-SHELL` or `NONE`, not `{first}`: Docker rejects it when it creates the container.',
      execWithSpaces: '`["CMD", "{arg}"]` runs a program literally named "{arg}" (spaces included), which does not exist: split it into separate list items, or use `CMD-SHELL`.',
      shellWithArgs: '`CMD-SHELL` takes the whole command as one string; the extra items are ignored by some engines and concatenated by others: write `["CMD-SHELL", "{joined}"]`.',
      badDuration: '`{key}: {value}` is not a duration: Compose expects a number with a unit, such as `30s`, `1m30s` or `500ms`.',
    },
    docs: {
      summary: 'Healthchecks use the list form with `CMD`/`CMD-SHELL`, and durations with units.',
      rationale:
        'The schema accepts any string or list as a healthcheck `test`, but Docker only understands lists that start with `CMD` (run a program directly), `CMD-SHELL` (run a string through `/bin/sh -c`) or `NONE`. A plain string means `CMD-SHELL`, which fails in shell-less images; `["CMD", "curl -f http://localhost"]` looks for a program whose name contains spaces. `interval`, `timeout`, `start_period` and `start_interval` need a unit (`30s`); a bare `30` is rejected. The quick fix turns the string form into the explicit `["CMD-SHELL", …]` list, which means exactly the same.',
      examples: {
        bad: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: curl -f http://localhost/ || exit 1\n',
        good: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const hc = s.get('healthcheck');
      if (!hc?.value || !isMap(hc.value)) continue;
      const test = model.get(hc.value, 'test', hc.via);
      if (test?.value) {
        if (isScalar(test.value)) {
          const cmd = model.str(test.value);
          if (cmd !== undefined && cmd !== '') {
            const written = test.written as Scalar | null;
            const canFix = !test.via && written && isScalar(written) && written.range && !cmd.includes('\n');
            const edit = canFix ? model.replace(written, `["CMD-SHELL", ${JSON.stringify(cmd)}]`) : undefined;
            report({ messageId: 'stringForm', range: model.valueRange(test), fix: edit ? { title: 'Write it as ["CMD-SHELL", …]', edits: [edit] } : undefined });
          }
        } else if (isSeq(test.value)) {
          const items = model.items(test.value, test.via);
          const first = model.str(items[0]?.node);
          if (first !== undefined && !['CMD', 'CMD-SHELL', 'NONE'].includes(first)) {
            report({ messageId: 'badType', range: model.nodeRange(items[0].written!, items[0].via), data: { first } });
          } else if (first === 'CMD' && items.length === 2) {
            const arg = model.str(items[1].node);
            if (arg && /\s/.test(arg.trim()) && !arg.includes('$')) report({ messageId: 'execWithSpaces', range: model.nodeRange(items[1].written!, items[1].via), data: { arg } });
          } else if (first === 'CMD-SHELL' && items.length > 2) {
            const joined = items.slice(1).map((i) => model.str(i.node) ?? '').join(' ');
            report({ messageId: 'shellWithArgs', range: model.nodeRange(items[2].written!, items[2].via), data: { joined } });
          }
        }
      }
      for (const key of ['interval', 'timeout', 'start_period', 'start_interval']) {
        const e = model.get(hc.value, key, hc.via);
        if (!e?.value || !isScalar(e.value)) continue;
        const v = model.resolved(e.value);
        if (v === undefined || v.includes('$')) continue;
        if (!isDuration(v)) report({ messageId: 'badDuration', range: model.valueRange(e), data: { key, value: v } });
      }
    }
  },
);
