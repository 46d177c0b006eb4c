import { rule } from '../../../../src/core/lint/dockerfile/rules/DF03-exec-form';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM node:20\nCMD ["node", "server.js"]',
    'FROM node:20\nENTRYPOINT ["/docker-entrypoint.sh"]',
    'FROM alpine:3.20\nHEALTHCHECK CMD ["wget", "-q", "-O-", "http://localhost/"]',
    'FROM alpine:3.20\nHEALTHCHECK NONE',
    { name: 'healthcheck that needs a shell is fine', code: 'FROM alpine:3.20\nHEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1' },
    { name: 'Windows escape: not a POSIX shell', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD powershell -File run.ps1' },
  ],
  invalid: [
    {
      code: 'FROM node:20\nCMD node server.js',
      errors: [{ messageId: 'shellForm', line: 2, column: 5, endColumn: 19 }],
      output: 'FROM node:20\nCMD ["node", "server.js"]',
    },
    {
      code: 'FROM python:3.12\nENTRYPOINT python -m app',
      errors: [{ messageId: 'shellForm', line: 2, column: 12, data: { keyword: 'ENTRYPOINT' } }],
      output: 'FROM python:3.12\nENTRYPOINT ["python", "-m", "app"]',
    },
    {
      name: 'shell syntax: no safe fix, an exec suggestion',
      code: 'FROM node:20\nCMD node server.js && echo done',
      errors: [{ messageId: 'shellForm', line: 2, column: 5 }],
      output: null,
      suggestions: [{ output: 'FROM node:20\nCMD ["sh", "-c", "exec node server.js && echo done"]' }],
    },
    {
      code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30s CMD /bin/check',
      errors: [{ messageId: 'healthcheckShellForm', line: 2, column: 32 }],
      output: 'FROM alpine:3.20\nHEALTHCHECK --interval=30s CMD ["/bin/check"]',
    },
  ],
});
