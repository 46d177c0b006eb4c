import { rule } from '../../../../src/core/lint/dockerfile/rules/DF58-copy-ignored-file';
import type { FileContext } from '../../../../src/core/lint/types';
import { testDockerfileRule } from '../../support/dockerfileTester';

function files(map: Record<string, string>, path?: string): FileContext {
  return { path, exists: (p) => p in map, read: (p) => map[p] };
}

const ignore = files({ '.dockerignore': '# local junk\n.git\n*.log\nbuild/\n/config/local.yaml\n**/*.tmp\n' });

testDockerfileRule(rule, {
  valid: [
    { code: 'FROM alpine:3.20\nCOPY src/ /app/src/', files: ignore },
    { name: 'the whole context is fine', code: 'FROM alpine:3.20\nCOPY . /app/', files: ignore },
    { name: 'a file that only looks similar', code: 'FROM alpine:3.20\nCOPY logs/app.log builds/x /app/', files: ignore },
    { name: 'exceptions make the answer uncertain (BuildKit skips too)', code: 'FROM alpine:3.20\nCOPY build/app /app/', files: files({ '.dockerignore': 'build/\n!build/app\n' }) },
    { name: 'wildcards are not expanded', code: 'FROM alpine:3.20\nCOPY *.log /app/', files: ignore },
    { name: 'variables are not resolved', code: 'FROM alpine:3.20\nARG OUT=build\nCOPY ${OUT}/app /app/', files: ignore },
    { name: 'from another stage', code: 'FROM alpine:3.20 AS b\nRUN mkdir /build\nFROM alpine:3.20\nCOPY --from=b /build/app /app/', files: ignore },
    { name: 'no ignore file', code: 'FROM alpine:3.20\nCOPY build/app /app/', files: files({}) },
    { name: 'ignore file not readable', code: 'FROM alpine:3.20\nCOPY build/app /app/', files: { exists: () => true, read: () => undefined } },
    { name: 'no file access at all', code: 'FROM alpine:3.20\nCOPY build/app /app/' },
    {
      name: 'the Dockerfile-specific ignore file wins over .dockerignore',
      code: 'FROM alpine:3.20\nCOPY build/app /app/',
      files: files({ 'app.Dockerfile.dockerignore': '.git\n', '.dockerignore': 'build\n' }, '/work/project/app.Dockerfile'),
    },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nCOPY build/app /usr/local/bin/app',
      files: ignore,
      errors: [{ messageId: 'ignored', line: 2, column: 6, endColumn: 15, data: { path: 'build/app', pattern: 'build/', line: 4, file: '.dockerignore', keyword: 'COPY' } }],
    },
    {
      name: 'several sources, JSON form, ADD',
      code: 'FROM alpine:3.20\nADD ["server.log", "config/local.yaml", "README.md", "/app/"]',
      files: ignore,
      errors: [
        { messageId: 'ignored', line: 2, column: 7, endColumn: 17, data: { pattern: '*.log', line: 3 } },
        { messageId: 'ignored', line: 2, column: 21, data: { pattern: '/config/local.yaml' } },
      ],
    },
    {
      name: 'leading ./ and /, ** patterns, lowercase keyword',
      code: 'from alpine:3.20\ncopy ./a/b/c.tmp /.git/config /app/',
      files: ignore,
      errors: [
        { messageId: 'ignored', line: 2, column: 6, data: { pattern: '**/*.tmp' } },
        { messageId: 'ignored', line: 2, column: 18, data: { pattern: '.git' } },
      ],
    },
    {
      name: 'Dockerfile-specific ignore file',
      code: 'FROM alpine:3.20\nCOPY dist/app /app/',
      files: files({ 'web.Dockerfile.dockerignore': 'dist\n', '.dockerignore': '.git\n' }, 'C:\\work\\web.Dockerfile'),
      errors: [{ messageId: 'ignored', line: 2, data: { file: 'web.Dockerfile.dockerignore' } }],
    },
    {
      name: 'a continued COPY in a builder stage',
      code: 'FROM node:20-slim AS build\nCOPY package.json \\\n     npm-debug.log \\\n     ./\nFROM node:20-slim',
      files: ignore,
      errors: [{ messageId: 'ignored', line: 3, column: 6 }],
    },
  ],
});
