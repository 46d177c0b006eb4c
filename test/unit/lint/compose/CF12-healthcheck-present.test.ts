import { rule } from '../../../../src/core/lint/compose/rules/CF12-healthcheck-present';
import { folder, testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "true"]\n',
    { name: 'HEALTHCHECK in the Dockerfile', code: 'services:\n  app:\n    build: .\n', files: folder({ Dockerfile: 'FROM alpine:3.20\nHEALTHCHECK CMD wget -qO- http://localhost/ || exit 1\n' }) },
    { name: 'unreadable Dockerfile', code: 'services:\n  app:\n    build: ./nowhere\n' },
    { name: 'development file', code: 'services:\n  web:\n    image: nginx:1.27\n', files: folder({}, 'docker-compose.dev.yml') },
  ],
  invalid: [
    { code: 'services:\n  web:\n    image: nginx:1.27\n', errors: [{ messageId: 'missing', line: 2, column: 3 }] },
    { name: 'suggests a test for known images', code: 'services:\n  db:\n    image: postgres:16.4\n', errors: [{ messageId: 'missing', data: { hint: 'pg_isready' } }] },
    { name: 'built without HEALTHCHECK', code: 'services:\n  app:\n    build: .\n', files: folder({ Dockerfile: 'FROM alpine:3.20\nCMD ["app"]\n' }), errors: [{ messageId: 'missingBuilt', line: 2 }] },
  ],
});
