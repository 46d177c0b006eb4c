import { rule } from '../../../../src/core/lint/compose/rules/CF10-db-ports-published';
import { folder, testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: [
    'services:\n  db:\n    image: postgres:16.4\n',
    'services:\n  db:\n    image: postgres:16.4\n    ports:\n      - "127.0.0.1:5432:5432"\n',
    { name: 'development file (CF06 applies)', code: 'services:\n  db:\n    image: postgres:16.4\n    ports:\n      - "5432:5432"\n', files: folder({}, 'compose.override.yaml') },
    'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "80:80"\n',
    { name: 'expose is internal', code: 'services:\n  db:\n    image: redis:7.4\n    expose:\n      - "6379"\n' },
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    image: postgres:16.4\n    ports:\n      - "5432:5432"\n',
      errors: [{ messageId: 'published', data: { kind: 'PostgreSQL', published: '5432' }, line: 5, column: 9 }],
      output: 'services:\n  db:\n    image: postgres:16.4\n    ports:\n      - "127.0.0.1:5432:5432"\n',
    },
    { name: 'mongo, long syntax', code: 'services:\n  m:\n    image: mongo:7\n    ports:\n      - target: 27017\n        published: "27017"\n', errors: [{ messageId: 'published', data: { kind: 'MongoDB' } }], output: 'services:\n  m:\n    image: mongo:7\n    ports:\n      - target: 27017\n        published: "27017"\n        host_ip: 127.0.0.1\n' },
  ],
});
