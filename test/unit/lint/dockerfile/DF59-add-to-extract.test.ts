import { rule } from '../../../../src/core/lint/dockerfile/rules/DF59-add-to-extract';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'COPY package.json /usr/src/app',
    'COPY --from=builder /usr/local/share/some.tar /opt/some.tar\nRUN tar -xf /opt/some.tar',
    'FROM alpine:3.20\nADD app.tar.gz /opt/',
    { name: 'copied but never unpacked', code: 'FROM alpine:3.20\nCOPY backup.tar /srv/' },
    { name: 'tar creates, does not extract', code: 'FROM alpine:3.20\nCOPY app.tar /tmp/\nRUN tar -cf /tmp/other.tar /etc' },
    { name: 'extracting another archive', code: 'FROM alpine:3.20\nCOPY a.tar /tmp/\nRUN tar -xf /tmp/b.tar' },
    { name: 'zip: ADD would not unpack it', code: 'FROM alpine:3.20\nCOPY site.zip /tmp/\nRUN unzip /tmp/site.zip -d /srv' },
    { name: 'unpacked in another stage', code: 'FROM alpine:3.20 AS a\nCOPY app.tar /tmp/\nFROM alpine:3.20\nRUN tar -xf /tmp/app.tar' },
    { name: 'extraction before the copy', code: 'FROM alpine:3.20\nRUN tar -xf /tmp/app.tar || true\nCOPY app.tar /tmp/' },
  ],
  invalid: [
    {
      name: 'hadolint: COPY then tar -xf of the same path',
      code: 'COPY packaged-app.tar /usr/src/app\nRUN tar -xf /usr/src/app/packaged-app.tar',
      errors: [{ messageId: 'useAdd', line: 1, column: 6, endColumn: 22, data: { archive: 'packaged-app.tar', line: 2 } }],
    },
    {
      name: 'hadolint: renamed by the destination',
      code: 'COPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar',
      errors: [{ messageId: 'useAdd', line: 1, column: 6 }],
    },
    {
      name: 'hadolint: Windows paths',
      code: 'COPY build\\foo\\bar.tar.gz "C:\\Program Files\\Foo"\nRUN tar -xf "C:\\Program Files\\Foo\\bar.tar.gz"',
      errors: [{ messageId: 'useAdd', line: 1, column: 6 }],
    },
    {
      code: 'FROM alpine:3.20\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz',
      errors: [{ messageId: 'useAdd', line: 2, column: 6, endColumn: 16, data: { line: 3 } }],
    },
    {
      name: 'old-style options, continuation lines, lowercase keywords, later RUN',
      code: 'from debian:12-slim\ncopy ["dist/web.tgz", "/srv/"]\nrun echo start\nrun cd /srv \\\n && tar xzf web.tgz',
      errors: [{ messageId: 'useAdd', line: 2, column: 8, endColumn: 20, data: { line: 4 } }],
    },
    {
      name: 'long options and sh -c',
      code: 'FROM alpine:3.20\nCOPY data.tar.xz /tmp/\nRUN sh -c "tar --extract --file=/tmp/data.tar.xz -C /data"',
      errors: [{ messageId: 'useAdd', line: 2, column: 6 }],
    },
    {
      name: 'heredoc RUN',
      code: 'FROM alpine:3.20\nCOPY app.tar /tmp/\nRUN <<EOF\nset -e\ntar -xf /tmp/app.tar -C /opt\nEOF',
      errors: [{ messageId: 'useAdd', line: 2 }],
    },
  ],
});
