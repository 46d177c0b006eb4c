import { rule } from '../../../../src/core/lint/dockerfile/rules/DF23-syntax-directive-offline';
import { testDockerfileRule } from '../../support/dockerfileTester';

const offline = { online: false };

testDockerfileRule(rule, {
  valid: [
    { name: 'offline: BuildKit syntax without a directive is left alone (the directive would need a registry)', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl', config: offline },
    'FROM alpine:3.20\nCOPY --chown=65534 app /app\nRUN echo hi',
    '# syntax=docker/dockerfile:1\nFROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl',
    { name: 'online: the directive is fine', code: '# syntax=docker/dockerfile:1\nFROM alpine:3.20', config: { online: true } },
    { name: 'unknown connectivity: the directive is fine', code: '# syntax=docker/dockerfile:1.7\nFROM alpine:3.20' },
    { name: 'offline without a directive or BuildKit syntax', code: 'FROM alpine:3.20\nCOPY --from=build /a /b', config: offline },
    { name: 'a comment that only looks like a directive, after an instruction', code: 'FROM alpine:3.20\n# syntax=docker/dockerfile:1', config: offline },
    { name: 'COPY --from and --chown work everywhere', code: 'FROM alpine:3.20 AS a\nRUN echo\nFROM alpine:3.20\nCOPY --from=a --chown=1:1 /x /y' },
    { name: 'a shell here-string inside RUN is not a Dockerfile heredoc', code: 'FROM debian:12-slim\nRUN cat <<< "hi"' },
  ],
  invalid: [
    {
      name: 'offline: the directive makes BuildKit pull its frontend',
      code: '# syntax=docker/dockerfile:1\nFROM alpine:3.20\nRUN echo hi',
      config: offline,
      errors: [{ messageId: 'syntaxOffline', line: 1, column: 10, endColumn: 29, data: { image: 'docker/dockerfile:1' } }],
      suggestions: [{ output: 'FROM alpine:3.20\nRUN echo hi' }],
    },
    {
      name: 'offline: spaced, mixed-case directive among others',
      code: '# escape=\\\n#  Syntax = docker.io/docker/dockerfile:1.7-labs\nFROM alpine:3.20',
      config: offline,
      errors: [{ messageId: 'syntaxOffline', line: 2, data: { image: 'docker.io/docker/dockerfile:1.7-labs' } }],
      suggestions: [{ output: '# escape=\\\nFROM alpine:3.20' }],
    },
    {
      code: 'FROM alpine:3.20\nCOPY --chmod=755 run.sh /usr/local/bin/run.sh',
      errors: [{ messageId: 'buildkitOnly', line: 2, column: 6, endColumn: 13, data: { feature: '`COPY --chmod`' } }],
      suggestions: [{ title: 'Declare the syntax: # syntax=docker/dockerfile:1', output: '# syntax=docker/dockerfile:1\nFROM alpine:3.20\nCOPY --chmod=755 run.sh /usr/local/bin/run.sh' }],
    },
    {
      name: 'RUN --mount, reported once for the first use',
      code: 'FROM node:20-slim\nRUN --mount=type=cache,target=/root/.npm npm ci\nRUN --mount=type=secret,id=npmrc npm publish',
      errors: [{ messageId: 'buildkitOnly', line: 2, column: 5, endColumn: 12, data: { feature: '`RUN --mount`' } }],
    },
    {
      name: 'heredoc',
      code: 'FROM alpine:3.20\nRUN <<EOF\napk add curl\nEOF',
      errors: [{ messageId: 'buildkitOnly', line: 2, column: 5, endColumn: 10, data: { feature: 'heredoc (`RUN <<EOF`)' } }],
    },
    {
      name: 'COPY heredoc with a dash and quotes',
      code: 'FROM alpine:3.20\nCOPY <<-"END" /etc/motd\n\thello\nEND',
      errors: [{ messageId: 'buildkitOnly', line: 2, column: 6 }],
    },
    {
      name: 'ADD --checksum, lowercase keyword, Windows line ends kept in the suggestion',
      code: 'FROM alpine:3.20\r\nadd --checksum=sha256:abc https://example.com/a.tgz /opt/\r\n',
      errors: [{ messageId: 'buildkitOnly', line: 2, column: 5, data: { feature: '`ADD --checksum`' } }],
      suggestions: [{ output: '# syntax=docker/dockerfile:1\r\nFROM alpine:3.20\r\nadd --checksum=sha256:abc https://example.com/a.tgz /opt/\r\n' }],
    },
    { code: 'FROM alpine:3.20\nCOPY --link app /app', errors: [{ messageId: 'buildkitOnly', line: 2, data: { feature: '`COPY --link`' } }] },
    { code: 'FROM alpine:3.20\nCOPY --parents src/*/package.json /app/', errors: [{ messageId: 'buildkitOnly', data: { feature: '`COPY --parents`' } }] },
    { code: 'FROM alpine:3.20\nCOPY --exclude=*.md . /app', errors: [{ messageId: 'buildkitOnly', data: { feature: '`COPY --exclude`' } }] },
    { code: 'FROM alpine:3.20\nRUN --network=none make test', errors: [{ messageId: 'buildkitOnly', data: { feature: '`RUN --network`' } }] },
  ],
});
