import { rule } from '../../../../src/core/lint/compose/rules/CF14-non-root-user';
import { folder, testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: [
    'services:\n  t:\n    image: alpine:3.20\n    user: "1000:1000"\n',
    { name: 'application images are not guessed', code: 'services:\n  web:\n    image: nginx:1.27\n' },
    { name: 'Dockerfile with USER', code: 'services:\n  app:\n    build: .\n', files: folder({ Dockerfile: 'FROM node:22\nUSER node\n' }) },
    { name: 'development file', code: 'services:\n  t:\n    image: alpine:3.20\n', files: folder({}, 'compose.dev.yaml') },
  ],
  invalid: [
    { code: 'services:\n  t:\n    image: a:1\n    user: root\n', errors: [{ messageId: 'root', line: 4, column: 11 }] },
    { code: 'services:\n  t:\n    image: a:1\n    user: "0:0"\n', files: folder({}, 'compose.override.yaml'), errors: [{ messageId: 'root' }] },
    { code: 'services:\n  t:\n    image: python:3.12-slim\n', errors: [{ messageId: 'noUser', line: 3, column: 12 }] },
    { code: 'services:\n  app:\n    build: .\n', files: folder({ Dockerfile: 'FROM node:22\nUSER node\nRUN x\nUSER root\n' }), errors: [{ messageId: 'dockerfileRoot', line: 2 }] },
  ],
});
