import { rule } from '../../../../src/core/lint/dockerfile/rules/DF46-expose-format';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: ['FROM alpine:3.20\nEXPOSE 80 443/tcp 53/udp 9/sctp 8000-8010/tcp', 'FROM alpine:3.20\nARG PROTO=tcp\nEXPOSE 80/$PROTO ${PORT}'],
  invalid: [
    { code: 'FROM alpine:3.20\nEXPOSE 8080:80', errors: [{ messageId: 'mapping', data: { entry: '8080:80', port: '80', publish: '8080:80' }, line: 2, column: 8, endColumn: 15 }], output: 'FROM alpine:3.20\nEXPOSE 80' },
    { code: 'FROM alpine:3.20\nEXPOSE 127.0.0.1:80/tcp', errors: [{ messageId: 'mapping', data: { port: '80' }, line: 2, column: 8, endColumn: 20 }], output: 'FROM alpine:3.20\nEXPOSE 80/tcp' },
    { name: 'address, host port and container port', code: 'FROM alpine:3.20\nEXPOSE 127.0.0.1:8080:80', errors: [{ messageId: 'mapping', line: 2 }], output: 'FROM alpine:3.20\nEXPOSE 80' },
    { code: 'FROM alpine:3.20\nEXPOSE 80/TCP', errors: [{ messageId: 'protocolCase', data: { fixed: '80/tcp' }, line: 2, column: 11, endColumn: 14 }], output: 'FROM alpine:3.20\nEXPOSE 80/tcp' },
    { code: 'FROM alpine:3.20\nEXPOSE 80/http', errors: [{ messageId: 'unknownProtocol', data: { protocol: 'http' }, line: 2, column: 11, endColumn: 15 }], output: null },
    { name: 'a mapping with an upper-case protocol', code: 'FROM alpine:3.20\nEXPOSE 53:53/UDP', errors: [{ messageId: 'mapping', line: 2, column: 8 }, { messageId: 'protocolCase', line: 2, column: 14 }], output: 'FROM alpine:3.20\nEXPOSE 53/udp' },
    { name: 'a mapping without a container port', code: 'FROM alpine:3.20\nEXPOSE 8080:', errors: [{ messageId: 'mapping', data: { port: '<port>' }, line: 2 }], output: null },
    { name: 'lowercase keyword, several entries', code: 'from alpine:3.20\nexpose 80 443/TCP', errors: [{ messageId: 'protocolCase', line: 2, column: 15 }], output: 'from alpine:3.20\nexpose 80 443/tcp' },
  ],
});
