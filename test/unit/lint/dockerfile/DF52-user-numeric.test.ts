import { rule } from '../../../../src/core/lint/dockerfile/rules/DF52-user-numeric';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'USER 12345',
    'USER 1234:5678',
    { name: 'root is DF06\'s business', code: 'FROM alpine:3.20\nUSER root' },
    { name: 'a numeric ARG default', code: 'FROM alpine:3.20\nARG UID=10001\nUSER ${UID}' },
    { name: 'an ARG without default', code: 'FROM alpine:3.20\nARG UID\nUSER $UID' },
    { name: 'a named user in a builder stage only', code: 'FROM node:20 AS build\nUSER node\nRUN npm ci\nFROM node:20-slim\nUSER 1000' },
    { name: 'a name earlier, a number last', code: 'FROM alpine:3.20\nUSER app\nRUN x\nUSER 10001' },
    { name: 'a numeric user with a group name', code: 'FROM alpine:3.20\nUSER 1000:app' },
    { name: 'Windows accounts are names', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser' },
  ],
  invalid: [
    { code: 'USER foobar', errors: [{ messageId: 'userName', data: { user: 'foobar', name: 'foobar' }, line: 1, column: 6, endColumn: 12 }] },
    { code: 'USER foobar:barfoo', errors: [{ messageId: 'userName', data: { name: 'foobar' }, line: 1, column: 6, endColumn: 19 }] },
    { name: 'inherited from the stage the final image is built on', code: 'FROM node:20 AS base\nUSER node\nFROM base\nCMD ["node", "app.js"]', errors: [{ messageId: 'userName', line: 2, column: 6 }] },
    { name: 'from an ARG default', code: 'FROM alpine:3.20\nARG RUNAS=app\nUSER $RUNAS', errors: [{ messageId: 'userName', data: { user: '$RUNAS', name: 'app' }, line: 3 }] },
    { name: 'lowercase keyword', code: 'from alpine:3.20\nuser nobody', errors: [{ messageId: 'userName', line: 2 }] },
  ],
});
