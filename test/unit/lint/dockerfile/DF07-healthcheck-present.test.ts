import { rule } from '../../../../src/core/lint/dockerfile/rules/DF07-healthcheck-present';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM scratch\nHEALTHCHECK CMD /bin/bla',
    { name: 'HEALTHCHECK NONE is a deliberate choice', code: 'FROM scratch\nEXPOSE 80\nHEALTHCHECK NONE' },
    { name: 'inherited from the stage it is built on', code: 'FROM scratch AS base\nEXPOSE 8080\nHEALTHCHECK CMD ["/bin/check"]\nFROM base' },
    { name: 'no EXPOSE: a job or a CLI, nothing to probe', code: 'FROM alpine:3.20\nCMD ["echo", "hello"]' },
    { name: 'EXPOSE only in a builder stage', code: 'FROM node:20 AS dev\nEXPOSE 3000\nFROM node:20-slim\nCMD ["node", "job.js"]' },
    { name: 'lowercase keywords', code: 'from nginx:1.27\nexpose 80\nhealthcheck cmd ["wget", "-q", "--spider", "http://localhost/"]' },
  ],
  invalid: [
    {
      code: 'FROM nginx:1.27\nEXPOSE 80\nCMD ["nginx", "-g", "daemon off;"]',
      errors: [{ messageId: 'missing', data: { port: '80' }, line: 1, column: 1, endColumn: 5 }],
      suggestions: [
        {
          title: 'Insert a HEALTHCHECK that fetches the exposed port with wget',
          output: 'FROM nginx:1.27\nEXPOSE 80\nHEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-q", "--spider", "http://localhost/"]\nCMD ["nginx", "-g", "daemon off;"]',
        },
      ],
    },
    {
      name: 'no CMD: the template goes at the end',
      code: 'FROM scratch\nCOPY busybox /bin/busybox\nEXPOSE 8080/tcp\n',
      errors: [{ messageId: 'missing', data: { port: '8080' }, line: 1 }],
      suggestions: [{ output: 'FROM scratch\nCOPY busybox /bin/busybox\nEXPOSE 8080/tcp\nHEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-q", "--spider", "http://localhost:8080/"]\n' }],
    },
    {
      name: 'reported at the final FROM; EXPOSE comes from the parent stage',
      code: 'FROM node:20-slim AS base\nEXPOSE 3000\nFROM base AS final\nCOPY . /app\nENTRYPOINT ["node", "/app/server.js"]',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 5 }],
      suggestions: [{ output: 'FROM node:20-slim AS base\nEXPOSE 3000\nFROM base AS final\nCOPY . /app\nHEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-q", "--spider", "http://localhost:3000/"]\nENTRYPOINT ["node", "/app/server.js"]' }],
    },
    {
      name: 'a HEALTHCHECK in a builder stage does not reach the final image',
      code: 'FROM alpine:3.20 AS build\nHEALTHCHECK CMD ["true"]\nFROM alpine:3.20\nEXPOSE 5000',
      errors: [{ messageId: 'missing', line: 3 }],
    },
    { name: 'a variable port gets no template', code: 'FROM alpine:3.20\nARG PORT=8080\nEXPOSE ${PORT}', errors: [{ messageId: 'missing', data: { port: '${PORT}' }, line: 1 }], suggestions: [] },
    { name: 'CRLF line breaks are kept', code: 'FROM nginx:1.27\r\nEXPOSE 80\r\nCMD ["nginx"]\r\n', errors: [{ messageId: 'missing', line: 1 }], suggestions: [{ output: 'FROM nginx:1.27\r\nEXPOSE 80\r\nHEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-q", "--spider", "http://localhost/"]\r\nCMD ["nginx"]\r\n' }] },
  ],
});
