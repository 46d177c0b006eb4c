import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';

export const rule = defineRule<ComposeModel, 'legacy'>(
  {
    id: 'CF21',
    name: 'volumes-from-legacy',
    target: 'compose',
    category: 'maintainability',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c06-l6'],
    sources: [],
    messages: {
      legacy: '`volumes_from` copies every mount of `{from}`, including ones added later, and ties `{service}` to that container: declare a named volume under `volumes:` and mount it in both services instead.',
    },
    docs: {
      summary: 'No `volumes_from:`: share data through named volumes.',
      rationale:
        '`volumes_from` is from the days of "data-only containers": it mounts all volumes of another service or container, at the same paths, whether or not this service should see them. A named volume declared at the top level and mounted explicitly in each service that needs it says exactly what is shared, where, and read-only or not.',
      examples: {
        bad: 'services:\n  app:\n    image: example/app:1.0\n    volumes_from:\n      - files\n  files:\n    image: example/files:1.0\n',
        good: 'services:\n  app:\n    image: example/app:1.0\n    volumes:\n      - shared:/srv/files:ro\n  files:\n    image: example/files:1.0\n    volumes:\n      - shared:/srv/files\nvolumes:\n  shared:\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const e = s.get('volumes_from');
      if (!e) continue;
      const from = model.strings(e).map((x) => x.value.replace(/:(ro|rw)$/, ''));
      report({ messageId: 'legacy', range: model.keyRange(e), data: { service: s.name, from: from[0] ?? 'the other container' }, tags: ['deprecated'] });
    }
  },
);
