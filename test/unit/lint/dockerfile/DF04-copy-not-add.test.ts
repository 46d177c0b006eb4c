import { rule } from '../../../../src/core/lint/dockerfile/rules/DF04-copy-not-add';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM alpine:3.20\nCOPY app.py /app/',
    'FROM alpine:3.20\nADD rootfs.tar.gz /',
    'FROM alpine:3.20\nADD https://example.com/tool.tgz /opt/',
    'FROM alpine:3.20\nADD --checksum=sha256:abc https://example.com/x /x',
    'FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src',
    'FROM alpine:3.20\nADD ${ARCHIVE} /opt/',
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nADD app.py /app/', errors: [{ messageId: 'useCopy', line: 2, column: 1, endColumn: 4 }], output: 'FROM alpine:3.20\nCOPY app.py /app/' },
    { code: 'FROM alpine:3.20\nADD --chown=1000:1000 . /app', errors: [{ messageId: 'useCopy' }], output: 'FROM alpine:3.20\nCOPY --chown=1000:1000 . /app' },
    { code: 'FROM alpine:3.20\nadd ["a b.txt", "/app/"]', errors: [{ messageId: 'useCopy', data: { sources: '`a b.txt`' } }], output: 'FROM alpine:3.20\ncopy ["a b.txt", "/app/"]' },
  ],
});
