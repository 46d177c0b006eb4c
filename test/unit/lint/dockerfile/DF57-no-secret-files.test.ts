import { rule } from '../../../../src/core/lint/dockerfile/rules/DF57-no-secret-files';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM node:20-slim\nCOPY package*.json ./',
    'FROM node:20-slim\nCOPY .env.example /app/.env',
    'FROM alpine:3.20\nCOPY id_rsa.pub /root/.ssh/authorized_keys',
    'FROM alpine:3.20\nCOPY config.sample.env.example /app/',
    { name: 'the destination may be named like a secret', code: 'FROM alpine:3.20\nCOPY app.conf /run/secrets/app.conf' },
    { name: 'from another stage: not the build context', code: 'FROM alpine:3.20 AS certs\nRUN echo\nFROM alpine:3.20\nCOPY --from=certs /etc/ssl/certs/ca.pem /etc/ssl/certs/' },
    { name: 'downloads are not context files', code: 'FROM alpine:3.20\nADD https://example.com/server.key.txt /tmp/' },
    { name: 'a signing key copied to a public name', code: 'FROM jenkins/jenkins:2.462.1\nCOPY jenkins.io-2026.key /war/jenkins-key.pub' },
    { name: 'certificates by name', code: 'FROM alpine:3.20\nCOPY ./.pki/ca.pem certs/fullchain.pem /usr/local/share/ca-certificates/' },
    { name: 'names that merely contain the words', code: 'FROM python:3.12-slim\nCOPY environment.py keyboard.py secretary/ /app/' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /app/.env\nMODE=dev\nEOF' },
    { name: 'secret mount instead of a copy', code: 'FROM node:20-slim\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci' },
  ],
  invalid: [
    { code: 'FROM node:20-slim\nCOPY .env /app/', errors: [{ messageId: 'secretFile', line: 2, column: 6, endColumn: 10, data: { path: '.env', what: 'environment file' } }] },
    { code: 'FROM node:20-slim\nCOPY .env.production /app/.env', errors: [{ messageId: 'secretFile', line: 2, column: 6 }] },
    { code: 'FROM node:20-slim\nWORKDIR /app\nCOPY .npmrc package*.json ./', errors: [{ messageId: 'secretFile', line: 3, column: 6, endColumn: 12, data: { what: 'registry token' } }] },
    { code: 'FROM alpine:3.20\nCOPY id_rsa /root/.ssh/id_rsa', errors: [{ messageId: 'secretFile', line: 2, data: { what: 'SSH private key' } }] },
    { code: 'FROM alpine:3.20\nCOPY keys/id_ed25519 /root/.ssh/', errors: [{ messageId: 'secretFile', line: 2 }] },
    { code: 'FROM nginx:1.27\nCOPY certs/server.key certs/server.pem /etc/nginx/certs/', errors: [{ messageId: 'secretFile', line: 2, column: 6 }, { messageId: 'secretFile', line: 2, column: 23 }] },
    { code: 'FROM alpine:3.20\nCOPY *.pem /certs/', errors: [{ messageId: 'secretFile', line: 2, data: { path: '*.pem' } }] },
    { code: 'FROM alpine:3.20\nCOPY client.p12 /certs/', errors: [{ messageId: 'secretFile', line: 2, data: { what: 'certificate bundle' } }] },
    { code: 'FROM python:3.12-slim\nCOPY .pypirc /root/', errors: [{ messageId: 'secretFile', line: 2 }] },
    { code: 'FROM alpine:3.20\nCOPY .netrc /root/', errors: [{ messageId: 'secretFile', line: 2 }] },
    { code: 'FROM alpine:3.20\nCOPY .aws/ /root/.aws/', errors: [{ messageId: 'secretFile', line: 2, data: { what: 'AWS' } }] },
    { code: 'FROM alpine:3.20\nCOPY ./.ssh /root/.ssh', errors: [{ messageId: 'secretFile', line: 2, data: { what: 'SSH folder' } }] },
    { code: 'FROM alpine:3.20\nCOPY credentials.json /app/', errors: [{ messageId: 'secretFile', line: 2 }] },
    { code: 'FROM alpine:3.20\nCOPY secrets.yaml /app/', errors: [{ messageId: 'secretFile', line: 2 }] },
    { code: 'FROM alpine:3.20\nCOPY secrets/db-password.txt /app/', errors: [{ messageId: 'secretFile', line: 2, data: { what: 'secrets folder' } }] },
    {
      name: 'ADD, JSON form, lowercase keyword, --chown',
      code: 'FROM alpine:3.20\nadd --chown=1:1 ["config/prod.env", "/app/"]',
      errors: [{ messageId: 'secretFile', line: 2, column: 19, endColumn: 34 }],
    },
    {
      name: 'continuation lines and a builder stage',
      code: 'FROM golang:1.22 AS build\nCOPY go.mod \\\n     .env \\\n     ./\nFROM alpine:3.20\nCOPY --from=build /x /x',
      errors: [{ messageId: 'secretFile', line: 3, column: 6 }],
    },
  ],
});
