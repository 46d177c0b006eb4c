import { rule } from '../../../../src/core/lint/dockerfile/rules/DF24-expose-port-range';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'EXPOSE 60000',
    'EXPOSE 40000-60000/tcp',
    'FROM alpine:3.20\nEXPOSE 0 65535 80/udp 9000/sctp',
    { name: 'variables', code: 'FROM alpine:3.20\nARG PORT=8080\nEXPOSE ${PORT} $PORT/tcp ${PORT:-80}' },
    { name: 'host mappings are DF46\'s business', code: 'FROM alpine:3.20\nEXPOSE 8080:80 127.0.0.1:99999' },
    { name: 'quoted', code: 'FROM alpine:3.20\nEXPOSE "8080"' },
  ],
  invalid: [
    { code: 'EXPOSE 80000', errors: [{ messageId: 'outOfRange', data: { port: '80000' }, line: 1, column: 8, endColumn: 13 }], output: null },
    { code: 'EXPOSE 40000-80000/tcp', errors: [{ messageId: 'outOfRange', data: { port: '40000-80000' }, line: 1, column: 8, endColumn: 19 }] },
    { name: 'each entry on its own', code: 'FROM alpine:3.20\nEXPOSE 80 443 84430', errors: [{ messageId: 'outOfRange', line: 2, column: 15, endColumn: 20 }] },
    { name: 'a backwards range', code: 'FROM alpine:3.20\nEXPOSE 9000-8000', errors: [{ messageId: 'reversedRange', data: { fixed: '8000-9000' }, line: 2, column: 8 }] },
    { name: 'a name instead of a number', code: 'FROM alpine:3.20\nEXPOSE http', errors: [{ messageId: 'notANumber', data: { port: 'http' }, line: 2, column: 8, endColumn: 12 }] },
    { name: 'only a protocol', code: 'FROM alpine:3.20\nEXPOSE /tcp', errors: [{ messageId: 'notANumber', line: 2, column: 8, endColumn: 12 }] },
    { name: 'continuation line, lowercase keyword', code: 'FROM alpine:3.20\nexpose 80 \\\n  99999/udp', errors: [{ messageId: 'outOfRange', line: 3, column: 3, endColumn: 8 }] },
    { name: 'quoted', code: 'FROM alpine:3.20\nEXPOSE "70000"', errors: [{ messageId: 'outOfRange', line: 2, column: 9, endColumn: 14 }] },
  ],
});
