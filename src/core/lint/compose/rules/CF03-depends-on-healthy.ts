import { isMap, isScalar } from 'yaml';
import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { dataServiceOf, dependenciesOf, hasHealthcheck, healthcheckHint, imageOf, longDependsOnEdit } from '../util';

export const rule = defineRule<ComposeModel, 'waitHealthy' | 'noHealthcheck'>(
  {
    id: 'CF03',
    name: 'depends-on-healthy',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c08-l2', 'c08-l8'],
    sources: [],
    messages: {
      waitHealthy: '`{service}` starts as soon as the `{dependency}` container has started, before `{dependency}` is ready, although `{dependency}` has a healthcheck: wait for it with `condition: service_healthy`.',
      noHealthcheck: '`{dependency}` is a {kind} database: `depends_on` only waits for its container to start, not for it to accept connections. Give `{dependency}` a healthcheck (for example `test: {hint}`) and wait for `condition: service_healthy`.',
    },
    docs: {
      summary: '`depends_on` waits for `service_healthy` when the dependency has a healthcheck.',
      rationale:
        'The short form `depends_on: [db]` only orders container starts: the app starts the moment the database container exists, while the database is still initialising, and the first connection fails. When the dependency has a healthcheck, the long form `db: {condition: service_healthy}` makes Compose wait until the healthcheck passes. The quick fix rewrites the short list in the long form (dependencies without a healthcheck keep `service_started`, which is what the short form meant). For a database without a healthcheck the rule suggests one.',
      examples: {
        bad: 'services:\n  app:\n    image: example/app:1.0\n    depends_on:\n      - cache\n  cache:\n    image: redis:7.4\n    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n',
        good: 'services:\n  app:\n    image: example/app:1.0\n    depends_on:\n      cache:\n        condition: service_healthy\n  cache:\n    image: redis:7.4\n    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    const byName = new Map(model.services.map((s) => [s.name, s]));
    const healthy = (name: string) => {
      const t = byName.get(name);
      return !!t && hasHealthcheck(model, t);
    };
    for (const s of model.services) {
      const deps = dependenciesOf(model, s);
      const dependsOn = s.get('depends_on')!;
      let listFix: ReturnType<typeof longDependsOnEdit> | null = null;
      for (const d of deps) {
        const target = byName.get(d.name);
        if (!target) continue;
        if (healthy(d.name)) {
          if (d.condition === 'service_healthy' || d.condition === 'service_completed_successfully') continue;
          if (d.condition !== undefined && d.condition !== 'service_started') continue;
          let edit;
          if (!d.entry) {
            // Short form: one edit rewrites the whole list, attached to the first finding only.
            if (listFix === null) {
              listFix = longDependsOnEdit(model, dependsOn, (n) => (healthy(n) ? 'service_healthy' : 'service_started'));
              edit = listFix;
            }
          } else if (!d.entry.via && d.entry.value && isMap(d.entry.value)) {
            const cond = model.get(d.entry.value, 'condition');
            if (cond?.written && isScalar(cond.written)) edit = model.replace(cond.written, 'service_healthy');
            else if (!cond) edit = model.appendToMap(d.entry.value, ['condition: service_healthy']);
          }
          report({ messageId: 'waitHealthy', range: d.range, data: { service: s.name, dependency: d.name }, fix: edit ? { title: 'Wait until the dependency is healthy (condition: service_healthy)', edits: [edit] } : undefined });
        } else if (d.condition !== 'service_healthy' && d.condition !== 'service_completed_successfully') {
          const image = imageOf(model, target);
          const kind = dataServiceOf(image)?.kind;
          const hint = healthcheckHint(image);
          if (kind && hint && !target.get('healthcheck')) report({ messageId: 'noHealthcheck', range: d.range, data: { dependency: d.name, kind, hint } });
        }
      }
    }
  },
);
