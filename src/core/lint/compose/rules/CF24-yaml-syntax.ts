import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';

export const rule = defineRule<ComposeModel, 'syntax' | 'duplicateKey' | 'warning' | 'tooLarge' | 'tooDeep' | 'aliasBomb' | 'notAMapping'>(
  {
    id: 'CF24',
    name: 'yaml-syntax',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c08-l1'],
    sources: ['dclint:invalid-yaml'],
    messages: {
      syntax: 'This is not valid YAML: {detail}. Compose cannot read the file until it is fixed (check the indentation and the `:` after each key).',
      duplicateKey: '`{key}` is written twice in the same mapping: Compose refuses the file. Keep one of them.',
      warning: 'YAML: {detail}.',
      tooLarge: 'This file is {size}, more than the {limit} docker-course checks; it was not linted.',
      tooDeep: 'This file nests values so deeply that the YAML reader gave up ({detail}); nothing below this point was checked.',
      aliasBomb:
        'The alias `{alias}` expands to {size} values, and the whole file to {total}: aliases of aliases multiply, which is how a "billion laughs" alias bomb works. docker-course stopped following such aliases, and Compose would refuse the file or run out of memory. Use an anchor directly instead of nesting aliases inside anchors.',
      notAMapping: 'A compose file is a mapping of top-level keys (`services:`, `volumes:` …), but this file is a single value or a list.',
    },
    docs: {
      summary: 'The file is valid YAML that Compose can read: no syntax errors, duplicate keys or alias bombs.',
      rationale:
        'Before Compose looks at services it has to read the YAML, and it stops at the first mistake: a tab instead of spaces, a missing `:`, a key written twice in the same mapping (YAML forbids it, and Compose refuses the file rather than guessing which one you meant). docker-course also guards against hostile or generated files: a file over 4 MiB is not linted, and aliases whose expansion would explode (an "alias bomb", where each anchor repeats the previous one many times) are reported and not followed, so the editor never hangs.',
      examples: {
        bad: 'services:\n  web:\n    image: nginx:1.27\n    image: nginx:1.26\n',
        good: 'services:\n  web:\n    image: nginx:1.27\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const p of model.problems) {
      switch (p.kind) {
        case 'yaml':
          if (p.data?.code === 'DUPLICATE_KEY') {
            report({ messageId: 'duplicateKey', range: p.range, data: { key: model.lines.textOf(p.range) || 'a key' } });
          } else if (/call stack/i.test(p.message)) {
            report({ messageId: 'tooDeep', range: p.range, data: { detail: p.message } });
          } else report({ messageId: 'syntax', range: p.range, data: { detail: lowerFirst(p.message) } });
          break;
        case 'yamlWarning':
          report({ messageId: 'warning', range: p.range, data: { detail: p.message } });
          break;
        case 'tooLarge':
          report({ messageId: 'tooLarge', range: p.range, data: p.data });
          break;
        case 'aliasBomb':
          report({ messageId: 'aliasBomb', range: p.range, data: p.data });
          break;
        case 'notAMapping':
          report({ messageId: 'notAMapping', range: p.range });
          break;
        default:
          break;
      }
    }
  },
);

function lowerFirst(s: string): string {
  return s ? s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '') : s;
}
