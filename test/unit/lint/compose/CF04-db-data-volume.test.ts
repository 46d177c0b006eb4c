import { rule } from '../../../../src/core/lint/compose/rules/CF04-db-data-volume';
import { testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: [
    'services:\n  db:\n    image: postgres:16.4\n    volumes:\n      - db-data:/var/lib/postgresql/data\nvolumes:\n  db-data:\n',
    'services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - type: volume\n        source: mysql\n        target: /var/lib/mysql\nvolumes:\n  mysql:\n',
    { name: 'postgres 18 layout: the parent folder', code: 'services:\n  db:\n    image: postgres:18\n    volumes:\n      - pg:/var/lib/postgresql\nvolumes:\n  pg:\n' },
    { name: 'a cache needs no volume', code: 'services:\n  cache:\n    image: redis:7.4\n' },
    { name: 'not a database', code: 'services:\n  web:\n    image: nginx:1.27\n' },
  ],
  invalid: [
    { code: 'services:\n  db:\n    image: postgres:16.4\n', errors: [{ messageId: 'noVolume', data: { path: '/var/lib/postgresql/data' }, line: 2, column: 3, endColumn: 5 }] },
    { code: 'services:\n  db:\n    image: mariadb:11\n    volumes:\n      - ./data:/var/lib/mysql\n', errors: [{ messageId: 'bindMount', data: { source: './data' }, line: 5, column: 9 }] },
    { code: 'services:\n  db:\n    image: mongo:7\n    volumes:\n      - /data/db\n', errors: [{ messageId: 'anonymous', line: 5, column: 9 }] },
    { name: 'bitnami image', code: 'services:\n  db:\n    image: bitnami/postgresql:16\n', errors: [{ messageId: 'noVolume' }] },
  ],
});
