import { rule } from '../../../../src/core/lint/compose/rules/CF03-depends-on-healthy';
import { testComposeRule } from '../../support/composeTester';

const DB = '  db:\n    image: postgres:16.4\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready"]\n';

testComposeRule(rule, {
  valid: [
    `services:\n  app:\n    image: a:1\n    depends_on:\n      db:\n        condition: service_healthy\n${DB}`,
    { name: 'dependency without healthcheck and not a database', code: 'services:\n  app:\n    image: a:1\n    depends_on: [api]\n  api:\n    image: b:1\n' },
    { name: 'one-shot job', code: `services:\n  app:\n    image: a:1\n    depends_on:\n      db:\n        condition: service_completed_successfully\n${DB}` },
    { name: 'disabled healthcheck', code: 'services:\n  app:\n    image: a:1\n    depends_on: [api]\n  api:\n    image: b:1\n    healthcheck:\n      disable: true\n' },
  ],
  invalid: [
    {
      name: 'short form list becomes the long form',
      code: `services:\n  app:\n    image: a:1\n    depends_on:\n      - db\n      - api\n${DB}  api:\n    image: b:1\n`,
      errors: [{ messageId: 'waitHealthy', data: { dependency: 'db' }, line: 5, column: 9, endColumn: 11 }],
      output: `services:\n  app:\n    image: a:1\n    depends_on:\n      db:\n        condition: service_healthy\n      api:\n        condition: service_started\n${DB}  api:\n    image: b:1\n`,
    },
    {
      name: 'flow list, 4-space indentation',
      code: 'services:\n    app:\n        image: a:1\n        depends_on: [db]\n    db:\n        image: redis:7\n        healthcheck:\n            test: ["CMD", "redis-cli", "ping"]\n',
      errors: [{ messageId: 'waitHealthy', line: 4, column: 22 }],
      output: 'services:\n    app:\n        image: a:1\n        depends_on:\n            db:\n                condition: service_healthy\n    db:\n        image: redis:7\n        healthcheck:\n            test: ["CMD", "redis-cli", "ping"]\n',
    },
    {
      name: 'long form with service_started',
      code: `services:\n  app:\n    image: a:1\n    depends_on:\n      db:\n        condition: service_started\n        restart: true\n${DB}`,
      errors: [{ messageId: 'waitHealthy', line: 5, column: 7 }],
      output: `services:\n  app:\n    image: a:1\n    depends_on:\n      db:\n        condition: service_healthy\n        restart: true\n${DB}`,
    },
    {
      name: 'database without a healthcheck',
      code: 'services:\n  app:\n    image: a:1\n    depends_on: [db]\n  db:\n    image: postgres:16.4\n',
      errors: [{ messageId: 'noHealthcheck', data: { kind: 'PostgreSQL' }, line: 4, column: 18 }],
      output: null,
    },
  ],
});
