import { rule } from '../../../../src/core/lint/dockerfile/rules/DF22-dockerignore';
import type { FileContext } from '../../../../src/core/lint/types';
import { testDockerfileRule } from '../../support/dockerfileTester';

function files(map: Record<string, string | null>, path?: string): FileContext {
  return { path, exists: (p) => p in map, read: (p) => map[p] ?? undefined };
}

const none = files({});
const complete = files({ '.dockerignore': '.git\n.env\nnode_modules\n' });

testDockerfileRule(rule, {
  valid: [
    { name: 'no whole-context copy', code: 'FROM alpine:3.20\nCOPY src/ /app/src/', files: none },
    { name: 'the editor cannot tell which files exist', code: 'FROM alpine:3.20\nCOPY . /app' },
    { name: 'exists but cannot be read', code: 'FROM alpine:3.20\nCOPY . /app', files: { exists: () => true, read: () => undefined } },
    { code: 'FROM node:20-slim\nCOPY . .', files: complete },
    { name: 'broader patterns also count', code: 'FROM node:20-slim\nCOPY . .', files: files({ '.dockerignore': '.*\n**/node_modules\n' }) },
    { name: 'an allow-list ignore file', code: 'FROM node:20-slim\nCOPY . .', files: files({ '.dockerignore': '*\n!src\n!package*.json\n' }) },
    { name: 'node_modules not needed outside Node projects', code: 'FROM python:3.12-slim\nCOPY . /app', files: files({ '.dockerignore': '.git\n.env\n' }) },
    { name: 'COPY --from of . is not the build context', code: 'FROM alpine:3.20 AS b\nRUN echo\nFROM alpine:3.20\nCOPY --from=b . /app', files: none },
    { name: 'the Dockerfile-specific ignore file', code: 'FROM alpine:3.20\nCOPY . /app', files: files({ 'api.Dockerfile.dockerignore': '.git\n.env\n' }, '/src/api.Dockerfile') },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nWORKDIR /app\nCOPY . .',
      files: none,
      errors: [{ messageId: 'missing', line: 3, column: 6, endColumn: 7, data: { keyword: 'COPY', source: '.' } }],
    },
    {
      name: 'node project: node_modules is named',
      code: 'FROM node:20-slim\nWORKDIR /app\nCOPY ./ ./',
      files: none,
      errors: [{ messageId: 'missing', line: 3, column: 6, endColumn: 8, data: { extra: 'node_modules' } }],
    },
    {
      name: 'only the first whole-context copy is reported; ADD too',
      code: 'FROM alpine:3.20 AS a\nADD . /src\nFROM alpine:3.20\nCOPY . /app',
      files: none,
      errors: [{ messageId: 'missing', line: 2, column: 5, data: { keyword: 'ADD' } }],
    },
    {
      code: 'FROM alpine:3.20\nCOPY . /app',
      files: files({ '.dockerignore': '*.log\n' }),
      errors: [{ messageId: 'incomplete', line: 2, column: 6, data: { missing: '`.git` and `.env`', them: 'them', file: '.dockerignore' } }],
    },
    {
      name: 'node project detected from a RUN; one entry missing',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache nodejs npm\nCOPY . /app\nRUN cd /app && npm ci',
      files: files({ '.dockerignore': '.git\n.env\n' }),
      errors: [{ messageId: 'incomplete', line: 3, data: { missing: '`node_modules`', them: 'it', why: 'rebuilt inside the image' } }],
    },
    {
      name: 'node project detected from package.json next to the Dockerfile',
      code: 'FROM alpine:3.20\nCOPY . /app',
      files: files({ '.dockerignore': '.git\n', 'package.json': '{}' }),
      errors: [{ messageId: 'incomplete', line: 2, data: { missing: '`.env` and `node_modules`' } }],
    },
    {
      name: 'exceptions that let .env back in',
      code: 'FROM alpine:3.20\nCOPY ["./", "/app/"]',
      files: files({ '.dockerignore': '.*\n!.env\n' }),
      errors: [{ messageId: 'incomplete', line: 2, column: 8, endColumn: 10, data: { missing: '`.env`' } }],
    },
    {
      name: 'lowercase keyword, flags',
      code: 'from alpine:3.20\ncopy --chown=1:1 . /app',
      files: none,
      errors: [{ messageId: 'missing', line: 2, column: 18 }],
    },
  ],
});
