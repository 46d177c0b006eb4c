import { rule } from '../../../../src/core/lint/dockerfile/rules/DF49-copy-multi-source-slash';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'COPY foo bar',
    'COPY foo bar "baz/"',
    'FROM alpine:3.20\nCOPY a b /app/',
    'FROM alpine:3.20\nCOPY ["a", "b", "/app/"]',
    { name: 'a variable destination', code: 'FROM alpine:3.20\nARG DEST=/app/\nCOPY a b $DEST' },
    { name: 'a Windows directory', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY a.exe b.dll C:\\app\\' },
    { name: 'heredocs', code: 'FROM alpine:3.20\nCOPY <<EOF1 <<EOF2 /app\nx\nEOF1\ny\nEOF2' },
    { name: 'a malformed flag without =', code: 'FROM alpine:3.20 AS build\nFROM nginx:1.27\nCOPY --from build /app/public/* /usr/share/nginx/html' },
    { name: 'flags are not sources', code: 'FROM alpine:3.20\nCOPY --chown=1000:1000 --chmod=644 a /app/a' },
  ],
  invalid: [
    { code: 'COPY foo bar baz', errors: [{ messageId: 'destinationNotDirectory', data: { keyword: 'COPY', count: 2, fixed: 'baz/' }, line: 1, column: 14, endColumn: 17 }], output: 'COPY foo bar baz/' },
    { code: 'COPY foo bar "baz"', errors: [{ messageId: 'destinationNotDirectory', line: 1, column: 15, endColumn: 18 }], output: 'COPY foo bar "baz/"' },
    { name: 'JSON form', code: 'FROM alpine:3.20\nCOPY ["a", "b", "/app"]', errors: [{ messageId: 'destinationNotDirectory', line: 2, column: 18, endColumn: 22 }], output: 'FROM alpine:3.20\nCOPY ["a", "b", "/app/"]' },
    { name: 'ADD with flags, over lines', code: 'FROM alpine:3.20\nADD --chown=app a.tar \\\n    b.tar /opt', errors: [{ messageId: 'destinationNotDirectory', data: { keyword: 'ADD' }, line: 3, column: 11 }], output: 'FROM alpine:3.20\nADD --chown=app a.tar \\\n    b.tar /opt/' },
    { name: 'COPY --from', code: 'FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --from=b /x /y /z', errors: [{ messageId: 'destinationNotDirectory', line: 3 }], output: 'FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --from=b /x /y /z/' },
    { name: 'lowercase keyword', code: 'from alpine:3.20\ncopy a b .', errors: [{ messageId: 'destinationNotDirectory', line: 2 }], output: 'from alpine:3.20\ncopy a b ./' },
  ],
});
