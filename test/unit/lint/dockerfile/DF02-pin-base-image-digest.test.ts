import { rule } from '../../../../src/core/lint/dockerfile/rules/DF02-pin-base-image-digest';
import { testDockerfileRule } from '../../support/dockerfileTester';

const DIGEST = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

testDockerfileRule(rule, {
  valid: [
    `FROM python:3.12-slim@${DIGEST}`,
    `FROM python@${DIGEST}`,
    'FROM scratch',
    { name: 'images the course builds locally have no registry digest', code: 'FROM course/toolbox:1\nFROM learner/app:1' },
    `FROM golang:1.22@${DIGEST} AS build\nFROM build`,
    { name: 'a stage named like an image is a stage', code: `FROM golang:1.22@${DIGEST} AS alpine\nFROM alpine` },
    `ARG BASE=python:3.12@${DIGEST}\nFROM \${BASE}`,
    { name: 'an ARG without default is DF25\'s business', code: 'ARG BASE\nFROM $BASE' },
    { name: 'turned off in settings', code: 'FROM python:3.12-slim', config: { rules: { DF02: 'off' } } },
  ],
  invalid: [
    { code: 'FROM python:3.12-slim', errors: [{ messageId: 'noDigest', data: { image: 'python:3.12-slim' }, line: 1, column: 6, endColumn: 22 }], output: null },
    { code: 'FROM ubuntu', errors: [{ messageId: 'noDigest', line: 1, column: 6, endColumn: 12 }] },
    { code: 'FROM --platform=$BUILDPLATFORM ghcr.io/org/tool:1.2 AS tool', errors: [{ messageId: 'noDigest', data: { image: 'ghcr.io/org/tool:1.2' }, line: 1, column: 32, endColumn: 52 }] },
    { name: 'ARG default resolved', code: 'ARG BASE=node:20\nFROM ${BASE}', errors: [{ messageId: 'noDigest', data: { image: 'node:20' }, line: 2, column: 6, endColumn: 13 }] },
    {
      name: 'every external base of a multi-stage build',
      code: `FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static@${DIGEST}\nCOPY --from=build /app /app\nFROM build AS test`,
      errors: [{ messageId: 'noDigest', line: 1 }],
    },
    { name: 'lowercase keyword', code: 'from alpine:3.20', errors: [{ messageId: 'noDigest', line: 1, column: 6 }] },
  ],
});
