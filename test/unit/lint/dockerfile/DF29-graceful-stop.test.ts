import { rule } from '../../../../src/core/lint/dockerfile/rules/DF29-graceful-stop';
import type { FileContext } from '../../../../src/core/lint/types';
import { testDockerfileRule } from '../../support/dockerfileTester';

function files(map: Record<string, string>): FileContext {
  return { exists: (p) => p in map, read: (p) => map[p] };
}

const wrapperWithoutExec = '#!/bin/sh\nset -e\nif [ "$1" = "serve" ]; then\n  echo "starting"\nfi\n"$@"\n';
const wrapperWithExec = '#!/bin/sh\nset -e\necho "migrating"\nexec "$@"\n';

testDockerfileRule(rule, {
  valid: [
    'FROM node:20-slim\nCMD ["sh", "-c", "exec node server.js"]',
    'FROM node:20-slim\nCMD ["node", "server.js"]',
    'FROM node:20-slim\nCMD ["/bin/bash", "-o", "pipefail", "-c", "npm run migrate && exec node server.js"]',
    { name: 'the script traps signals itself', code: 'FROM alpine:3.20\nCMD ["sh", "-c", "trap \'kill $PID\' TERM; ./app & PID=$!; wait"]' },
    { name: 'sh without -c runs a script file', code: 'FROM alpine:3.20\nCMD ["sh", "/start.sh"]' },
    { name: 'exec-form ENTRYPOINT with CMD arguments', code: 'FROM alpine:3.20\nENTRYPOINT ["/app"]\nCMD ["--help"]' },
    { name: 'shell-form ENTRYPOINT without CMD (DF03 covers the form)', code: 'FROM alpine:3.20\nENTRYPOINT /app --serve' },
    { name: 'shell-form ENTRYPOINT and CMD in different stages', code: 'FROM alpine:3.20 AS base\nCMD ["--help"]\nFROM base\nENTRYPOINT /app' },
    {
      name: 'entrypoint script that ends with exec "$@"',
      code: 'FROM alpine:3.20\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["serve"]',
      files: files({ 'docker-entrypoint.sh': wrapperWithExec }),
    },
    {
      name: 'script that is not a shell script',
      code: 'FROM python:3.12-slim\nCOPY start.py /start.py\nENTRYPOINT ["/start.py"]',
      files: files({ 'start.py': '#!/usr/bin/env python3\nimport os\nos.system("gunicorn app:app")\n' }),
    },
    { name: 'script not readable (outside the context or no file access)', code: 'FROM alpine:3.20\nCOPY run.sh /run.sh\nENTRYPOINT ["/run.sh"]' },
    {
      name: 'script copied in a stage that is not the final image',
      code: 'FROM alpine:3.20 AS tools\nCOPY run.sh /run.sh\nENTRYPOINT ["/run.sh"]\nFROM alpine:3.20\nCMD ["/bin/true"]',
      files: files({ 'run.sh': '#!/bin/sh\n./server\n' }),
    },
  ],
  invalid: [
    {
      code: 'FROM node:20-slim\nCMD ["sh", "-c", "node server.js"]',
      errors: [{ messageId: 'shellCWithoutExec', line: 2, column: 19, endColumn: 33, data: { shell: 'sh', command: 'node server.js', suggestion: 'exec node server.js' } }],
      output: 'FROM node:20-slim\nCMD ["sh", "-c", "exec node server.js"]',
    },
    {
      name: 'ENTRYPOINT, /bin/bash, -ec, leading blanks',
      code: 'FROM python:3.12-slim\nENTRYPOINT ["/bin/bash", "-ec", "  gunicorn -b 0.0.0.0:8000 app:app"]',
      errors: [{ messageId: 'shellCWithoutExec', line: 2, data: { shell: 'bash' } }],
      output: 'FROM python:3.12-slim\nENTRYPOINT ["/bin/bash", "-ec", "  exec gunicorn -b 0.0.0.0:8000 app:app"]',
    },
    {
      name: 'a chain: suggestion only, exec before the last command',
      code: 'FROM node:20-slim\nCMD ["sh", "-c", "npm run migrate && node server.js"]',
      errors: [{ messageId: 'shellCWithoutExec', line: 2, data: { command: 'node server.js', suggestion: 'npm run migrate && exec node server.js' } }],
      output: null,
      suggestions: [{ title: 'Start node with exec', output: 'FROM node:20-slim\nCMD ["sh", "-c", "npm run migrate && exec node server.js"]' }],
    },
    {
      name: 'escaped quotes: no position-safe edit',
      code: 'FROM alpine:3.20\nCMD ["sh", "-c", "echo \\"hi\\"; ./app"]',
      errors: [{ messageId: 'shellCWithoutExec', line: 2 }],
      output: null,
      suggestions: [],
    },
    {
      name: 'a pipeline cannot be exec-ed as a whole',
      code: 'FROM alpine:3.20\nCMD ["sh", "-c", "./app | tee /tmp/log"]',
      errors: [{ messageId: 'shellCWithoutExec', line: 2, data: { command: 'tee /tmp/log' } }],
      output: null,
      suggestions: [],
    },
    {
      name: 'shell-form ENTRYPOINT with a CMD: the CMD is ignored',
      code: 'FROM alpine:3.20\nENTRYPOINT /usr/local/bin/app --serve\nCMD ["--port", "8080"]',
      errors: [{ messageId: 'shellEntrypointIgnoresCmd', line: 3, column: 5, endColumn: 23, data: { entrypoint: '/usr/local/bin/app --serve', json: '["/usr/local/bin/app", "--serve"]' } }],
      output: 'FROM alpine:3.20\nENTRYPOINT ["/usr/local/bin/app", "--serve"]\nCMD ["--port", "8080"]',
    },
    {
      name: 'exec prefix is dropped when converting; lowercase keywords; CMD before ENTRYPOINT',
      code: 'from alpine:3.20\ncmd --help\nentrypoint exec /app',
      errors: [{ messageId: 'shellEntrypointIgnoresCmd', line: 2, column: 5 }],
      output: 'from alpine:3.20\ncmd --help\nentrypoint ["/app"]',
    },
    {
      name: 'shell syntax in the ENTRYPOINT: a suggestion that keeps the shell and passes the CMD on',
      code: 'FROM alpine:3.20\nENTRYPOINT /app --port $PORT\nCMD ["--verbose"]',
      errors: [{ messageId: 'shellEntrypointIgnoresCmd', line: 3 }],
      output: null,
      suggestions: [{ output: 'FROM alpine:3.20\nENTRYPOINT ["/bin/sh", "-c", "exec /app --port $PORT \\"$@\\"", "sh"]\nCMD ["--verbose"]' }],
    },
    {
      name: 'entrypoint wrapper ending with "$@"',
      code: 'FROM alpine:3.20\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["serve"]',
      files: files({ 'docker-entrypoint.sh': wrapperWithoutExec }),
      errors: [{ messageId: 'scriptWithoutExec', line: 3, column: 14, endColumn: 34, data: { script: 'docker-entrypoint.sh', source: 'docker-entrypoint.sh', command: '"$@"', line: 6, wrapperHint: 'exec "$@"' } }],
    },
    {
      name: 'a start script copied with the whole context and run by CMD',
      code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["./scripts/start.sh"]',
      files: files({ 'scripts/start.sh': '#!/usr/bin/env bash\npython manage.py migrate\ngunicorn app.wsgi -b 0.0.0.0:8000\n' }),
      errors: [{ messageId: 'scriptWithoutExec', line: 4, data: { source: 'scripts/start.sh', command: 'gunicorn app.wsgi -b 0.0.0.0:8000', line: 3 } }],
    },
    {
      name: 'renamed on copy, run through sh, in a stage built on another',
      code: 'FROM alpine:3.20 AS base\nCOPY deploy/entry.sh /entrypoint\nFROM base\nENTRYPOINT ["sh", "/entrypoint"]',
      files: files({ 'deploy/entry.sh': '#!/bin/sh\n/app/server\n' }),
      errors: [{ messageId: 'scriptWithoutExec', line: 4, column: 20, data: { source: 'deploy/entry.sh', command: '/app/server' } }],
    },
  ],
});
