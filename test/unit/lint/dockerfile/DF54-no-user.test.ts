import { rule } from '../../../../src/core/lint/dockerfile/rules/DF54-no-user';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM python:3.12-slim\nUSER 10001\nCMD ["python", "app.py"]',
    'FROM node:20-slim\nUSER node\nCMD ["node", "server.js"]',
    { name: 'an image that does not say what it runs (a base to build on)', code: 'FROM debian:12-slim\nRUN apt-get update' },
    { name: 'USER set in the stage it builds on', code: 'FROM node:20-slim AS base\nUSER node\nFROM base\nCMD ["node", "server.js"]' },
    { name: 'USER root is DF06’s business', code: 'FROM alpine:3.20\nUSER root\nCMD ["sh"]' },
    { name: 'USER from a variable', code: 'FROM alpine:3.20\nARG UID=10001\nUSER ${UID}\nCMD ["/app"]' },
    { name: 'only the final stage matters', code: 'FROM golang:1.22 AS build\nCMD ["go"]\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nCMD ["/app"]' },
    'FROM cgr.dev/chainguard/python:latest\nCMD ["app.py"]',
    'FROM nginxinc/nginx-unprivileged:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nCMD ["nginx", "-g", "daemon off;"]',
    'FROM ghcr.io/nginxinc/nginx-unprivileged:1.27\nCMD ["nginx", "-g", "daemon off;"]',
    'FROM bitnami/redis:7.2\nCMD ["redis-server"]',
    'FROM docker:27-dind-rootless\nCMD ["dockerd-entrypoint.sh"]',
    { name: 'base from an ARG without a default: unknown', code: 'ARG BASE\nFROM ${BASE}\nCMD ["/app"]' },
    { name: 'Windows images have their own users', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["cmd"]' },
    'FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\nENTRYPOINT ["dotnet", "app.dll"]',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]',
      errors: [{ messageId: 'noUser', line: 1, column: 6, endColumn: 22, data: { base: 'python:3.12-slim', runs: 'CMD' } }],
      suggestions: [{ title: 'Run as an unprivileged user: USER 10001', output: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py"]' }],
    },
    {
      name: 'multi-stage: reported at the final FROM, the base resolved through ARG',
      code: 'ARG RUNTIME=node:20-slim\nFROM node:20 AS build\nRUN npm ci\nFROM ${RUNTIME}\nCOPY --from=build /app /app\nENTRYPOINT ["node", "/app/server.js"]',
      errors: [{ messageId: 'noUser', line: 4, column: 6, endColumn: 16, data: { base: 'node:20-slim', runs: 'ENTRYPOINT' } }],
      suggestions: [{ output: 'ARG RUNTIME=node:20-slim\nFROM node:20 AS build\nRUN npm ci\nFROM ${RUNTIME}\nCOPY --from=build /app /app\nUSER 10001\nENTRYPOINT ["node", "/app/server.js"]' }],
    },
    {
      name: 'USER only in a builder stage does not reach the final image',
      code: 'FROM node:20 AS build\nUSER node\nFROM node:20-slim\nCMD ["node", "server.js"]',
      errors: [{ messageId: 'noUser', line: 3 }],
    },
    {
      name: 'scratch: a numeric user, inserted at the end when the CMD comes from a parent stage',
      code: 'FROM scratch AS base\nCMD ["/app"]\nFROM base\nCOPY app /app',
      errors: [{ messageId: 'noUserScratch', line: 3, column: 6, endColumn: 10, data: { runs: 'CMD' } }],
      suggestions: [{ title: 'Run as an unprivileged user: USER 65534', output: 'FROM scratch AS base\nCMD ["/app"]\nFROM base\nCOPY app /app\nUSER 65534' }],
    },
    {
      name: 'distroless without :nonroot runs as root',
      code: 'FROM gcr.io/distroless/static-debian12\nCOPY app /app\nCMD ["/app"]',
      errors: [{ messageId: 'noUser', line: 1 }],
    },
    {
      name: 'lowercase keywords and CRLF',
      code: 'from alpine:3.20\r\n  cmd ["/app"]\r\n',
      errors: [{ messageId: 'noUser', line: 1 }],
      suggestions: [{ output: 'from alpine:3.20\r\n  user 10001\r\n  cmd ["/app"]\r\n' }],
    },
  ],
});
