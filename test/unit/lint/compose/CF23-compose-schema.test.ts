import { rule } from '../../../../src/core/lint/compose/rules/CF23-compose-schema';
import { testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n',
    { name: 'interpolated port and cpus are not type errors', code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["${PORT}:80"]\n    cpus: ${CPUS}\n    deploy:\n      replicas: ${REPLICAS:-2}\n' },
    { name: 'interpolated enum value', code: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: ${COND:-service_healthy}\n  db:\n    image: postgres:16\n' },
    { name: 'merge keys from an x- anchor', code: 'x-base: &base\n  restart: always\n  environment:\n    A: "1"\nservices:\n  web:\n    <<: *base\n    image: nginx:1.27\n' },
    { name: 'version is left to CF01', code: 'version: 3.8\nservices:\n  web:\n    image: nginx:1.27\n' },
    { name: 'null environment values and x- keys', code: 'services:\n  web:\n    image: nginx:1.27\n    x-note: anything\n    environment:\n      DEBUG:\n' },
  ],
  invalid: [
    {
      name: 'misspelt key with did-you-mean',
      code: 'services:\n  web:\n    image: nginx:1.27\n    restat: always\n',
      errors: [{ messageId: 'unknownKey', data: { key: 'restat', hint: 'restart' }, line: 4, column: 5, endColumn: 11 }],
      suggestions: [{ title: 'Rename `restat` to `restart`', output: 'services:\n  web:\n    image: nginx:1.27\n    restart: always\n' }],
    },
    {
      name: 'every error is reported, not only the first',
      code: 'services:\n  web:\n    image: nginx:1.27\n    enviroment:\n      A: 1\n    ports: "80:80"\n  db:\n    image: postgres:16\n    depends_on:\n      web:\n        condition: service_heathy\n',
      errors: [
        { messageId: 'unknownKey', data: { key: 'enviroment', hint: 'environment' }, line: 4, column: 5 },
        { messageId: 'wrongType', data: { expected: 'a list' }, line: 6, column: 12, endColumn: 19 },
        { messageId: 'badValue', data: { value: 'service_heathy', hint: 'service_healthy' }, line: 11, column: 20 },
      ],
    },
    {
      name: 'a choice that is part of an allowed value',
      code: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db: {condition: healthy}\n  db:\n    image: postgres:16\n',
      errors: [{ messageId: 'badValue', data: { value: 'healthy', hint: 'service_healthy' }, line: 5, column: 23, endColumn: 30 }],
      suggestions: [{ title: 'Change to `service_healthy`', output: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db: {condition: service_healthy}\n  db:\n    image: postgres:16\n' }],
    },
    {
      name: 'missing required key names the allowed values',
      code: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        restart: true\n  db:\n    image: postgres:16\n',
      errors: [{ messageId: 'missingKey', data: { key: 'condition', extra: 'service_healthy' }, line: 5, column: 7 }],
    },
    {
      name: 'unknown top-level key',
      code: 'service:\n  web:\n    image: nginx:1.27\n',
      errors: [{ messageId: 'unknownKey', data: { key: 'service', hint: 'services' }, line: 1, column: 1 }],
    },
    {
      name: 'an error inside a merged anchor is reported where the service uses it',
      code: 'x-base: &base\n  restat: always\nservices:\n  web:\n    <<: *base\n    image: nginx:1.27\n',
      errors: [{ messageId: 'unknownKey', data: { key: 'restat', origin: '*base' }, line: 5, column: 9 }],
    },
    {
      name: 'duplicate list items',
      code: 'services:\n  web:\n    image: nginx:1.27\n    cap_add:\n      - NET_ADMIN\n      - NET_ADMIN\n',
      errors: [{ messageId: 'duplicateItem', line: 6, column: 9 }],
    },
    {
      name: 'a service must be a mapping',
      code: 'services:\n  web: nginx\n',
      errors: [{ messageId: 'wrongType', data: { expected: 'a mapping' }, line: 2, column: 8 }],
    },
  ],
});
