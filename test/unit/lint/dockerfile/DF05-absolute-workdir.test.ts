import { rule } from '../../../../src/core/lint/dockerfile/rules/DF05-absolute-workdir';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM alpine:3.20\nWORKDIR /app',
    'FROM alpine:3.20\nWORKDIR $HOME/app',
    'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\app',
    'FROM alpine:3.20\nWORKDIR /app\nRUN make',
  ],
  invalid: [
    {
      name: 'unknown base working directory: a suggestion, not a safe fix',
      code: 'FROM alpine:3.20\nWORKDIR app',
      errors: [{ messageId: 'relativeWorkdir', line: 2, column: 9, endColumn: 12 }],
      output: null,
      suggestions: [{ output: 'FROM alpine:3.20\nWORKDIR /app' }],
    },
    {
      name: 'relative to an earlier WORKDIR: exact fix',
      code: 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR src',
      errors: [{ messageId: 'relativeWorkdir', line: 3, data: { absolute: '/app/src' } }],
      output: 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR /app/src',
    },
    {
      name: 'inherited from the parent stage',
      code: 'FROM alpine:3.20 AS base\nWORKDIR /srv\nFROM base\nWORKDIR web',
      errors: [{ messageId: 'relativeWorkdir', line: 4 }],
      output: 'FROM alpine:3.20 AS base\nWORKDIR /srv\nFROM base\nWORKDIR /srv/web',
    },
    { code: 'FROM alpine:3.20\nRUN cd /tmp && make', errors: [{ messageId: 'cdInRun', line: 2, column: 5, endColumn: 7 }] },
    { code: 'FROM alpine:3.20\nRUN make && \\\n    cd build', errors: [{ messageId: 'cdInRun', line: 3, column: 5 }] },
  ],
});
