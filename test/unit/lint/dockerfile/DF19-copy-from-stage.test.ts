import { rule } from '../../../../src/core/lint/dockerfile/rules/DF19-copy-from-stage';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'COPY --from=haskell:latest bar .',
    'FROM scratch as build\nRUN foo\nFROM node:20\nCOPY --from=0 foo .',
    'FROM scratch\nRUN foo\nFROM node:20\nCOPY --from=0 foo .',
    'FROM scratch as build\nRUN foo\nFROM node:20 as run\nCOPY --from=build foo .\nRUN baz',
    { name: 'names match case-insensitively', code: 'FROM golang:1.22 AS Build\nFROM scratch\nCOPY --from=build /a /a' },
    { name: 'an image with a digest', code: 'FROM alpine:3.20\nCOPY --from=busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef /bin/busybox /bin/' },
    { name: 'an image from a registry', code: 'FROM alpine:3.20\nCOPY --from=ghcr.io/org/tools /bin/tool /bin/' },
    { name: 'a variable', code: 'ARG SRC=build\nFROM alpine:3.20\nCOPY --from=$SRC /a /a' },
    { name: 'RUN --mount from is not COPY', code: 'FROM alpine:3.20\nRUN --mount=from=nowhere,target=/x ls' },
  ],
  invalid: [
    {
      code: 'FROM scratch\nCOPY --from=build foo .\nFROM node:20 as build\nRUN baz',
      errors: [{ messageId: 'laterStage', data: { name: 'build', line: 3 }, line: 2, column: 13, endColumn: 18 }],
    },
    { code: 'COPY --from=0 bar .', errors: [{ messageId: 'indexTooHigh', data: { count: 0 }, line: 1, column: 13, endColumn: 14 }] },
    { name: 'own stage by index', code: 'FROM alpine:3.20\nCOPY --from=0 /a /b', errors: [{ messageId: 'ownStage', line: 2, column: 13 }] },
    { name: 'a later index', code: 'FROM alpine:3.20\nCOPY --from=1 /a /b\nFROM alpine:3.20', errors: [{ messageId: 'indexTooHigh', data: { count: 1 }, line: 2 }] },
    { name: 'own stage by name', code: 'FROM alpine:3.20 AS app\nCOPY --from=app /a /b', errors: [{ messageId: 'ownStage', data: { name: 'app' }, line: 2, column: 13, endColumn: 16 }] },
    {
      name: 'a typo gets a did-you-mean suggestion',
      code: 'FROM golang:1.22 AS builder\nFROM scratch\nCOPY --from=biulder /out/app /app',
      errors: [{ messageId: 'unknownDidYouMean', data: { name: 'biulder', suggestion: 'builder' }, line: 3, column: 13, endColumn: 20 }],
      suggestions: [{ title: 'Copy from the stage builder', output: 'FROM golang:1.22 AS builder\nFROM scratch\nCOPY --from=builder /out/app /app' }],
    },
    { name: 'an untagged name that is no stage', code: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=docker/buildx-bin /buildx /usr/libexec/docker/cli-plugins/docker-buildx', errors: [{ messageId: 'unknown', data: { name: 'docker/buildx-bin' }, line: 3 }], suggestions: [] },
    { name: 'lowercase keywords', code: 'from alpine:3.20 as deps\nfrom alpine:3.20\ncopy --from=dep /a /a', errors: [{ messageId: 'unknownDidYouMean', data: { suggestion: 'deps' }, line: 3 }] },
  ],
});
