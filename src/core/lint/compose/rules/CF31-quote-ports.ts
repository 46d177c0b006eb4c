import { isScalar, isSeq, type Scalar } from 'yaml';
import { defineRule } from '../../rule';
import { hardened } from '../examples';
import type { ComposeModel } from '../model';

/** YAML 1.1 sexagesimal numbers: `22:22` is 1342 to a YAML 1.1 reader. */
const BASE_60 = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/;

export const rule = defineRule<ComposeModel, 'base60'>(
  {
    id: 'CF31',
    name: 'quote-ports',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c08-l1'],
    sources: ['dclint:require-quotes-in-ports'],
    messages: {
      base60: '`{value}` is unquoted, and YAML 1.1 readers (docker-compose 1.x, PyYAML, many CI tools) read `a:b` with numbers below 60 as one base-60 number: `{value}` becomes {number}. Quote it: `"{value}"`.',
    },
    docs: {
      summary: 'Port mappings that YAML could read as base-60 numbers are quoted.',
      rationale:
        'YAML 1.1 has a little-known number form: `22:22` is sexagesimal (base 60), the integer 1342. Docker Compose v2 reads YAML 1.2, where it stays text, but docker-compose 1.x and many other YAML tools do not, and then the service publishes a nonsense port or the file is rejected. Quoting every `ports:` and `expose:` entry avoids the trap; this rule reports the ones that would actually be misread (both numbers below 60) and quotes them.',
      examples: {
        bad: `${hardened()}services:\n  git:\n    <<: *hardened\n    image: example/git-server:1.0\n    healthcheck: {test: ["CMD", "nc", "-z", "localhost", "22"]}\n    ports:\n      - 8080:3000\n      - 22:22\n`,
        good: `${hardened()}services:\n  git:\n    <<: *hardened\n    image: example/git-server:1.0\n    healthcheck: {test: ["CMD", "nc", "-z", "localhost", "22"]}\n    ports:\n      - 8080:3000\n      - "22:22"\n`,
        file: 'compose.yaml',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      for (const key of ['ports', 'expose']) {
        const e = s.get(key);
        if (!e?.written || e.via || !isSeq(e.written)) continue;
        for (const item of e.written.items) {
          if (!isScalar(item) || (item as Scalar).type !== 'PLAIN' || !item.range) continue;
          const text = model.text.slice(item.range[0], item.range[1]);
          if (!BASE_60.test(text)) continue;
          report({ messageId: 'base60', range: model.rangeOf(item), data: { value: text, number: sexagesimal(text) }, fix: { title: 'Quote the port mapping', edits: [model.replace(item, `"${text}"`)!] } });
        }
      }
    }
  },
);

function sexagesimal(s: string): string {
  const [whole, fraction] = s.replace(/_/g, '').replace(/^\+/, '').split('.');
  const negative = whole.startsWith('-');
  const n = whole.replace(/^-/, '').split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
  return `${negative ? '-' : ''}${n}${fraction !== undefined ? `.${fraction}` : ''}`;
}
