import { defineRule } from '../../rule';
import { hardened } from '../examples';
import type { ComposeModel } from '../model';
import { appendToService, imageOf, isDevelopment, parseImage } from '../util';

const TOOLS = /^(adminer|phpmyadmin|pgadmin4?|mongo-express|redis-commander|redisinsight|mailhog|mailpit|mailcatcher|netshoot|dozzle|kafka-ui|akhq|kafdrop|pgweb|sqlpad|cloudbeaver|swagger-ui|whoami|busybox)$/;

export const rule = defineRule<ComposeModel, 'toolWithoutProfile'>(
  {
    id: 'CF18',
    name: 'debug-tools-profiles',
    target: 'compose',
    category: 'security',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c08-l6'],
    sources: [],
    messages: {
      toolWithoutProfile: '`{service}` runs the admin/debug tool `{image}` on every `docker compose up`: put it behind a profile (`profiles: [debug]`) and start it only when you need it with `docker compose --profile debug up`.',
    },
    docs: {
      summary: 'Admin and debug tools (adminer, phpMyAdmin, pgAdmin, mailpit …) only start with a profile.',
      rationale:
        'Database admin UIs and debugging containers are handy, and dangerous to leave running: they give whoever reaches them full access to the data, often without a password. `profiles: [debug]` keeps a service out of a plain `docker compose up`; `docker compose --profile debug up` starts it on demand. Development files are not checked. The suggested fix adds `profiles: [debug]`.',
      examples: {
        bad: `${hardened()}services:\n  adminer:\n    <<: *hardened\n    image: adminer:4.8.1\n    healthcheck: {test: ["CMD", "php", "-v"]}\n`,
        good: `${hardened()}services:\n  adminer:\n    <<: *hardened\n    image: adminer:4.8.1\n    healthcheck: {test: ["CMD", "php", "-v"]}\n    profiles: [debug]\n`,
        file: 'compose.prod.yaml',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    if (isDevelopment(model)) return;
    for (const s of model.services) {
      if (s.get('profiles')) continue;
      const image = imageOf(model, s);
      if (!image || !TOOLS.test(parseImage(image).base)) continue;
      const edit = appendToService(model, s, ['profiles: [debug]']);
      report({ messageId: 'toolWithoutProfile', range: model.valueRange(s.get('image')!), data: { service: s.name, image }, fix: edit ? { title: 'Start it only with --profile debug', edits: [edit] } : undefined });
    }
  },
);
