import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { dependenciesOf, dockerfileOf, hasHealthcheck } from '../util';

export const rule = defineRule<ComposeModel, 'noHealthcheck' | 'imageMayHave' | 'disabled'>(
  {
    id: 'CF27',
    name: 'healthy-needs-healthcheck',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c08-l2'],
    sources: [],
    messages: {
      noHealthcheck: '`{service}` waits for `{dependency}` to be healthy, but `{dependency}` has no healthcheck (neither here nor in its Dockerfile): Compose stops with "{dependency} is missing a healthcheck". Add a `healthcheck:` to `{dependency}`.',
      imageMayHave: '`{service}` waits for `{dependency}` to be healthy, but `{dependency}` has no `healthcheck:` here. That only works if its image `{image}` defines a `HEALTHCHECK`; otherwise Compose refuses to start. Add a `healthcheck:` to be sure.',
      disabled: '`{service}` waits for `{dependency}` to be healthy, but the healthcheck of `{dependency}` is disabled, so it never becomes healthy.',
    },
    docs: {
      summary: '`condition: service_healthy` only names services that have a healthcheck.',
      rationale:
        '`service_healthy` makes Compose wait until the dependency reports `healthy`, which needs a healthcheck: in the compose file or as `HEALTHCHECK` in the image. Without one, Compose stops with an error ("… is missing a healthcheck configuration"). For built services docker-course reads the Dockerfile; for pulled images it cannot see inside the image, so it warns instead of reporting an error.',
      examples: {
        bad: 'services:\n  app:\n    image: example/app:1.0\n    depends_on:\n      cache:\n        condition: service_healthy\n  cache:\n    build: ./cache\n',
        good: 'services:\n  app:\n    image: example/app:1.0\n    depends_on:\n      cache:\n        condition: service_healthy\n  cache:\n    build: ./cache\n    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n',
        file: 'compose.dev.yaml',
        files: { bad: { 'cache/Dockerfile': 'FROM redis:7.4\n' }, good: { 'cache/Dockerfile': 'FROM redis:7.4\n' } },
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    const byName = new Map(model.services.map((s) => [s.name, s]));
    for (const s of model.services) {
      for (const d of dependenciesOf(model, s)) {
        if (d.condition !== 'service_healthy') continue;
        const target = byName.get(d.name);
        if (!target || hasHealthcheck(model, target)) continue;
        const data = { service: s.name, dependency: d.name };
        if (target.get('healthcheck')) {
          report({ messageId: 'disabled', range: d.range, data });
          continue;
        }
        if (target.get('build')) {
          const text = dockerfileOf(model, target);
          if (text === undefined) continue;
          if (/^\s*HEALTHCHECK\s+(?!NONE\b)/im.test(text)) continue;
          report({ messageId: 'noHealthcheck', range: d.range, data });
        } else {
          const image = model.resolved(target.get('image')?.value);
          if (image === undefined) continue;
          report({ messageId: 'imageMayHave', range: d.range, data: { ...data, image }, severity: 'warning' });
        }
      }
    }
  },
);
