import { rule } from '../../../../src/core/lint/dockerfile/rules/DF06-last-user-not-root';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM scratch\nUSER 10001',
    'FROM scratch\nUSER root\nRUN something\nUSER foo',
    { name: 'no USER at all: the base image decides', code: 'FROM debian:12\nRUN echo hi' },
    { name: 'root only in a builder stage', code: 'FROM debian:12 AS base\nUSER root\nRUN something\nFROM scratch\nUSER foo\nRUN something else' },
    { name: 'builder ends as root, final stage sets nothing', code: 'FROM debian:12 AS build\nUSER root\nFROM scratch\nCOPY --from=build /app /app' },
    { name: 'parent stage switches back to a user', code: 'FROM debian:12 AS base\nUSER root\nRUN x\nUSER 1000\nFROM base\nRUN y' },
    { name: 'final stage overrides the parent', code: 'FROM debian:12 AS base\nUSER root\nFROM base\nUSER app' },
    { name: 'user from an ARG default', code: 'FROM debian:12\nARG UID=1000\nUSER ${UID}' },
    { name: 'user from an ARG without default', code: 'FROM debian:12\nARG UID\nUSER $UID' },
    'FROM debian:12\nUSER rootless',
    'FROM debian:12\nUSER 10',
    { name: 'ONBUILD USER root is for child images', code: 'FROM debian:12\nUSER 1000\nONBUILD USER root' },
  ],
  invalid: [
    { code: 'FROM scratch\nUSER 0', errors: [{ messageId: 'rootUser', line: 2, column: 6, endColumn: 7 }], suggestions: [{ title: 'Run as the unprivileged user 10001:10001', output: 'FROM scratch\nUSER 10001:10001' }] },
    { code: 'FROM scratch\nUSER root:root', errors: [{ messageId: 'rootUser', data: { user: 'root:root' }, line: 2, column: 6, endColumn: 15 }] },
    { code: 'FROM scratch\nUSER 0:0', errors: [{ messageId: 'rootUser', line: 2 }] },
    { name: 'a snippet without FROM', code: 'USER 1000\nUSER root', errors: [{ messageId: 'rootUser', line: 2 }] },
    { code: 'FROM debian:12\nUSER 1000\nRUN x\nUSER root', errors: [{ messageId: 'rootUser', line: 4 }] },
    { name: 'lowercase keyword', code: 'from debian:12\nuser root', errors: [{ messageId: 'rootUser', line: 2, column: 6 }] },
    {
      name: 'inherited from the stage the final image is built on',
      code: 'FROM debian:12 AS base\nUSER root\nRUN x\nFROM base\nCMD ["x"]',
      errors: [{ messageId: 'rootUserInherited', data: { stage: 'base' }, line: 2, column: 6 }],
      suggestions: [{ output: 'FROM debian:12 AS base\nUSER 10001:10001\nRUN x\nFROM base\nCMD ["x"]' }],
    },
    { name: 'ARG default that is root', code: 'FROM debian:12\nARG RUNAS=root\nUSER ${RUNAS}', errors: [{ messageId: 'rootUser', data: { user: '${RUNAS}' }, line: 3 }] },
    { name: 'global ARG re-declared in the stage', code: 'ARG RUNAS=0\nFROM debian:12\nARG RUNAS\nUSER $RUNAS', errors: [{ messageId: 'rootUser', line: 4 }] },
    { name: 'final stage of three', code: 'FROM golang:1.22 AS build\nUSER 1000\nFROM debian:12 AS run\nUSER root\nFROM run AS final\nRUN x', errors: [{ messageId: 'rootUserInherited', line: 4 }] },
  ],
});
