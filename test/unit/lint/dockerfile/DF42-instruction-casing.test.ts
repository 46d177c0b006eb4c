import { rule } from '../../../../src/core/lint/dockerfile/rules/DF42-instruction-casing';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM alpine:3.20\nRUN echo hi\nCMD ["sh"]',
    { name: 'all lower case is consistent too', code: 'from alpine:3.20\nrun echo hi\ncmd ["sh"]' },
    { name: 'directives and comments are not instructions', code: '# syntax=docker/dockerfile:1\n# a comment\nFROM alpine:3.20' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache curl\ncopy app.sh /usr/local/bin/',
      errors: [{ messageId: 'inconsistent', data: { written: 'copy', expected: 'COPY', casing: 'upper case' }, line: 3, column: 1, endColumn: 5 }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nCOPY app.sh /usr/local/bin/',
    },
    {
      name: 'the lower-case majority wins',
      code: 'from alpine:3.20\nrun echo hi\nCMD ["sh"]',
      errors: [{ messageId: 'inconsistent', data: { expected: 'cmd', casing: 'lower case' }, line: 3 }],
      output: 'from alpine:3.20\nrun echo hi\ncmd ["sh"]',
    },
    { name: 'mixed case is always reported', code: 'FROM alpine:3.20\nRun echo hi', errors: [{ messageId: 'inconsistent', data: { written: 'Run' }, line: 2 }], output: 'FROM alpine:3.20\nRUN echo hi' },
    { name: 'a tie goes to upper case', code: 'from alpine:3.20\nRUN echo hi', errors: [{ messageId: 'inconsistent', line: 1 }], output: 'FROM alpine:3.20\nRUN echo hi' },
    {
      name: 'several, with indentation and continuations',
      code: 'FROM alpine:3.20\n  run echo a \\\n   && echo b\nWORKDIR /app\nexpose 80',
      errors: [{ messageId: 'inconsistent', line: 2, column: 3, endColumn: 6 }, { messageId: 'inconsistent', line: 5 }],
      output: 'FROM alpine:3.20\n  RUN echo a \\\n   && echo b\nWORKDIR /app\nEXPOSE 80',
    },
  ],
});
