import { defineRule } from '../../rule';
import { hardened } from '../examples';
import type { ComposeModel } from '../model';
import { dockerfileOf, healthcheckHint, imageOf, isDevelopment, longRunningServices, serviceRange } from '../util';

export const rule = defineRule<ComposeModel, 'missing' | 'missingBuilt'>(
  {
    id: 'CF12',
    name: 'healthcheck-present',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c08-l2', 'c11-l2'],
    sources: [],
    messages: {
      missing: '`{service}` has no healthcheck here{imageNote}: Docker only knows that the process runs, not that it answers, so `depends_on` cannot wait for it and `docker ps` never shows it unhealthy. Add `healthcheck:` with a `test`{hint}.',
      missingBuilt: '`{service}` has no healthcheck, and its Dockerfile has no `HEALTHCHECK` either: add one in the compose file or in the Dockerfile.',
    },
    docs: {
      summary: 'Long-running services have a healthcheck (in the compose file or their Dockerfile).',
      rationale:
        'A running container is not a working service: a web server can be up but deadlocked, a database can be replaying its log. A healthcheck lets Docker test the service itself, shows `healthy`/`unhealthy` in `docker ps`, and lets other services wait with `depends_on: condition: service_healthy`. For built services the Dockerfile is read, and a `HEALTHCHECK` there counts. For pulled images the image may define its own, so this is only a hint. Jobs that others wait to complete and development files are not checked.',
      examples: {
        bad: `${hardened()}services:\n  web:\n    <<: *hardened\n    image: nginx:1.27\n`,
        good: `${hardened()}services:\n  web:\n    <<: *hardened\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "wget", "-qO-", "http://localhost/"]\n      interval: 30s\n`,
        file: 'compose.prod.yaml',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    if (isDevelopment(model)) return;
    for (const s of longRunningServices(model)) {
      if (s.get('healthcheck')) continue;
      if (s.get('build')) {
        const text = dockerfileOf(model, s);
        if (text === undefined) continue;
        if (/^\s*HEALTHCHECK\s/im.test(text)) continue;
        report({ messageId: 'missingBuilt', range: serviceRange(model, s), data: { service: s.name } });
        continue;
      }
      const image = imageOf(model, s);
      const hint = healthcheckHint(image);
      report({ messageId: 'missing', range: serviceRange(model, s), data: { service: s.name, imageNote: image ? ` (the image \`${image}\` may define one)` : '', hint: hint ? `, e.g. \`test: ${hint}\`` : '' } });
    }
  },
);
