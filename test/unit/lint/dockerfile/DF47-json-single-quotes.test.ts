import { rule } from '../../../../src/core/lint/dockerfile/rules/DF47-json-single-quotes';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM alpine:3.20\nCMD ["node", "server.js"]',
    'FROM alpine:3.20\nRUN echo \'[a]\'',
    { name: 'shell form that merely contains quotes', code: "FROM alpine:3.20\nCMD echo 'hi'" },
    { name: 'a JSON string may contain a single quote', code: 'FROM alpine:3.20\nCMD ["sh", "-c", "echo \'hi\'"]' },
    { name: 'not an array', code: "FROM alpine:3.20\nRUN ['a' && echo" },
  ],
  invalid: [
    {
      code: "FROM alpine:3.20\nCMD ['a','b']",
      errors: [{ messageId: 'singleQuotes', data: { fixed: '["a","b"]' }, line: 2, column: 5, endColumn: 14 }],
      output: 'FROM alpine:3.20\nCMD ["a","b"]',
    },
    { code: "FROM node:20-slim\nENTRYPOINT ['node', 'server.js']", errors: [{ messageId: 'singleQuotes', line: 2, column: 12 }], output: 'FROM node:20-slim\nENTRYPOINT ["node", "server.js"]' },
    { name: 'RUN with a flag', code: "FROM alpine:3.20\nRUN --network=none ['/bin/true']", errors: [{ messageId: 'singleQuotes', line: 2, column: 20 }], output: 'FROM alpine:3.20\nRUN --network=none ["/bin/true"]' },
    { name: 'SHELL', code: "FROM alpine:3.20\nSHELL ['/bin/sh', '-o', 'pipefail', '-c']", errors: [{ messageId: 'singleQuotes', line: 2 }], output: 'FROM alpine:3.20\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]' },
    { name: 'VOLUME', code: "FROM alpine:3.20\nVOLUME ['/data']", errors: [{ messageId: 'singleQuotes', line: 2 }], output: 'FROM alpine:3.20\nVOLUME ["/data"]' },
    { name: 'HEALTHCHECK CMD', code: "FROM alpine:3.20\nHEALTHCHECK --interval=5s CMD ['wget', '-q', 'http://localhost/']", errors: [{ messageId: 'singleQuotes', line: 2, column: 31 }], output: 'FROM alpine:3.20\nHEALTHCHECK --interval=5s CMD ["wget", "-q", "http://localhost/"]' },
    { name: 'mixed quotes', code: 'FROM alpine:3.20\nCMD ["a", \'b\']', errors: [{ messageId: 'singleQuotes', line: 2 }], output: 'FROM alpine:3.20\nCMD ["a", "b"]' },
    { name: 'a string with a double quote: reported, not fixed', code: 'FROM alpine:3.20\nCMD [\'echo\', \'say "hi"\']', errors: [{ messageId: 'singleQuotes', line: 2 }], output: null },
    { name: 'over continuation lines', code: "FROM alpine:3.20\nCMD ['a', \\\n     'b']", errors: [{ messageId: 'singleQuotes', data: { text: "['a', 'b']" }, line: 2, endLine: 3 }], output: 'FROM alpine:3.20\nCMD ["a", \\\n     "b"]' },
    { name: 'lowercase keyword', code: "from alpine:3.20\ncmd ['sh']", errors: [{ messageId: 'singleQuotes', line: 2 }], output: 'from alpine:3.20\ncmd ["sh"]' },
  ],
});
