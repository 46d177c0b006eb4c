import { rule } from '../../../../src/core/lint/dockerfile/rules/DF56-add-url-checksum';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tar.gz /opt/',
    'FROM alpine:3.20\nADD app.tar.gz /opt/',
    { name: 'COPY never downloads', code: 'FROM alpine:3.20\nCOPY https.txt /opt/' },
    { name: 'git sources are out of scope', code: 'FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src' },
    { name: 'git over https is a clone, not a download', code: 'FROM golang:1.22\nARG V=v1.59.1\nADD https://github.com/golangci/golangci-lint.git#${V} /src' },
    { name: 'checksum given through a variable', code: 'FROM alpine:3.20\nARG SUM\nADD --checksum=${SUM} https://example.com/a.tgz /opt/' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nADD <<EOF /etc/motd\nhttps://example.com\nEOF' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nADD https://example.com/tool.tar.gz /opt/',
      errors: [{ messageId: 'noChecksum', line: 2, column: 5, endColumn: 36, data: { url: 'https://example.com/tool.tar.gz' } }],
    },
    {
      name: 'lowercase keyword, plain http, JSON form',
      code: 'FROM alpine:3.20\nadd ["http://example.com/a b.txt", "/opt/"]',
      errors: [{ messageId: 'noChecksum', line: 2, column: 7, endColumn: 33, data: { url: 'http://example.com/a b.txt' } }],
    },
    {
      name: 'an empty --checksum does not count',
      code: 'FROM alpine:3.20\nADD --checksum= https://example.com/a.tgz /opt/',
      errors: [{ messageId: 'noChecksum', line: 2, column: 17 }],
    },
    {
      name: 'each URL of a multi-source ADD, in any stage',
      code: 'FROM alpine:3.20 AS fetch\nADD https://a.example/x.tgz \\\n    https://b.example/y.tgz /opt/\nFROM alpine:3.20\nCOPY --from=fetch /opt /opt',
      errors: [
        { messageId: 'noChecksum', line: 2, column: 5 },
        { messageId: 'noChecksum', line: 3, column: 5 },
      ],
    },
  ],
});
