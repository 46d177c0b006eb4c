import { rule } from '../../../../src/core/lint/dockerfile/rules/DF55-healthcheck-tool-missing';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM alpine:3.20\nHEALTHCHECK CMD wget -q --spider http://localhost:8080/ || exit 1',
    'FROM busybox:1.36\nHEALTHCHECK CMD ["wget", "-q", "-O-", "http://localhost/"]',
    'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nHEALTHCHECK CMD curl -f http://localhost/',
    'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0\nHEALTHCHECK CMD curl -f http://localhost/',
    { name: 'installed in the stage this one builds on', code: 'FROM python:3.12-slim AS base\nRUN apt-get update && apt-get install -y wget\nFROM base\nHEALTHCHECK CMD wget -qO- http://localhost:8000/' },
    { name: 'binary copied in', code: 'FROM gcr.io/distroless/base-debian12\nCOPY --from=curlimages/curl:8.9.1 /usr/bin/curl /usr/bin/curl\nHEALTHCHECK CMD ["/usr/bin/curl", "-f", "http://localhost/"]' },
    { name: 'full language images ship curl', code: 'FROM node:20\nHEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1' },
    { name: 'images the rule does not know are not judged', code: 'FROM nginx:1.27-alpine\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1' },
    { name: 'a health check in a builder stage does not matter', code: 'FROM alpine:3.20 AS test\nHEALTHCHECK CMD curl -f http://localhost/\nFROM node:20\nCMD ["node"]' },
    { name: 'HEALTHCHECK NONE', code: 'FROM debian:12-slim\nHEALTHCHECK NONE' },
    { name: 'another tool', code: 'FROM python:3.12-slim\nHEALTHCHECK CMD python -c "import urllib.request as u; u.urlopen(\'http://localhost:8000/\')"' },
    { name: 'distroless debug images have BusyBox', code: 'FROM gcr.io/distroless/base-debian12:debug\nHEALTHCHECK CMD ["wget", "-q", "--spider", "http://localhost/"]' },
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nHEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1',
      errors: [{ messageId: 'missingInDebian', line: 2, column: 17, endColumn: 21, data: { base: 'python:3.12-slim', tool: 'curl' } }],
    },
    {
      name: 'alpine has wget, not curl',
      code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30s --timeout=3s \\\n  CMD curl -fsS http://localhost:8080/health || exit 1',
      errors: [{ messageId: 'missingInAlpine', line: 3, column: 7, endColumn: 11, data: { tool: 'curl' } }],
    },
    {
      name: 'node alpine variant, exec form',
      code: 'FROM node:20-alpine\nHEALTHCHECK CMD ["curl", "-f", "http://localhost:3000/"]',
      errors: [{ messageId: 'missingInAlpine', line: 2, column: 19, endColumn: 23 }],
    },
    {
      name: 'ubuntu has no wget either; exec-form sh -c',
      code: 'FROM ubuntu:24.04\nHEALTHCHECK CMD ["sh", "-c", "wget -q -O- http://localhost/ || exit 1"]',
      errors: [{ messageId: 'missingInDebian', line: 2, column: 31, endColumn: 35, data: { tool: 'wget' } }],
    },
    {
      name: 'distroless: no tools at all',
      code: 'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nHEALTHCHECK CMD ["/usr/bin/wget", "-q", "http://localhost:8080/"]\nCMD ["/app"]',
      errors: [{ messageId: 'noToolsAtAll', line: 5, column: 19, endColumn: 32, data: { tool: 'wget' } }],
    },
    {
      name: 'scratch, inherited through a stage alias; the tool installed only in another stage',
      code: 'FROM alpine:3.20 AS tools\nRUN apk add --no-cache curl\nFROM scratch AS base\nFROM base\nhealthcheck cmd curl -f http://localhost/',
      errors: [{ messageId: 'noToolsAtAll', line: 5, column: 17, data: { base: 'scratch' } }],
    },
    {
      name: 'slim base resolved from an ARG default',
      code: 'ARG BASE=debian:12-slim\nFROM ${BASE}\nHEALTHCHECK CMD curl -f http://localhost/ && wget -q http://localhost/',
      errors: [
        { messageId: 'missingInDebian', line: 3, column: 17, data: { base: 'debian:12-slim', tool: 'curl' } },
        { messageId: 'missingInDebian', line: 3, column: 46, data: { tool: 'wget' } },
      ],
    },
  ],
});
