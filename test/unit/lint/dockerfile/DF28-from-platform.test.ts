import { rule } from '../../../../src/core/lint/dockerfile/rules/DF28-from-platform';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM debian:jessie',
    'FROM --platform=$BUILDPLATFORM debian:jessie',
    'FROM --platform="$BUILDPLATFORM" debian:jessie',
    'FROM --platform=${BUILDPLATFORM} debian:jessie',
    'FROM --platform=${BUILDPLATFORM:-} debian:jessie',
    'FROM --platform=$FOOBAR alpine:3.24',
    { name: 'a default that is not only TARGETPLATFORM', code: 'FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.24' },
    { name: 'the stage name says which platform', code: 'FROM --platform=linux/arm64 alpine:3.24 AS build-arm64' },
  ],
  invalid: [
    { code: 'FROM --platform=linux debian:jessie', errors: [{ messageId: 'constant', data: { platform: 'linux' }, line: 1, column: 17, endColumn: 22 }], output: null },
    { code: 'FROM --platform=foobar/arm64 alpine:3.24', errors: [{ messageId: 'constant', line: 1, column: 17, endColumn: 29 }] },
    {
      code: 'FROM --platform=$TARGETPLATFORM alpine:3.24',
      errors: [{ messageId: 'redundant', data: { platform: '$TARGETPLATFORM' }, line: 1, column: 6, endColumn: 32 }],
      output: 'FROM alpine:3.24',
    },
    { code: 'FROM --platform=${TARGETPLATFORM} alpine:3.24 AS run', errors: [{ messageId: 'redundant', line: 1 }], output: 'FROM alpine:3.24 AS run' },
    { name: 'quoted', code: 'FROM --platform="$TARGETPLATFORM" alpine:3.24', errors: [{ messageId: 'redundant', line: 1 }], output: 'FROM alpine:3.24' },
    {
      name: 'only the stage that pins a platform',
      code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM --platform=linux/amd64 gcr.io/distroless/static\nCOPY --from=build /out/app /app',
      errors: [{ messageId: 'constant', data: { platform: 'linux/amd64' }, line: 2, column: 17 }],
    },
    { name: 'lowercase keyword', code: 'from --platform=$TARGETPLATFORM alpine:3.24', errors: [{ messageId: 'redundant', line: 1 }], output: 'from alpine:3.24' },
  ],
});
