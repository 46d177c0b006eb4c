import { rule } from '../../../../src/core/lint/dockerfile/rules/DF11-node-package-cache';
import { testDockerfileRule } from '../../support/dockerfileTester';

const withLock = { exists: (p: string) => p === 'package-lock.json' };
const noLock = { exists: () => false };

testDockerfileRule(rule, {
  valid: [
    'FROM node:20\nRUN yarn install && yarn cache clean',
    'FROM node:20\nRUN yarn install --frozen-lockfile \\\n && yarn cache clean --all',
    { name: 'cache mount on the yarn cache', code: 'FROM node:20\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install' },
    { name: 'cache folder removed', code: 'FROM node:20\nRUN yarn install && rm -rf /usr/local/share/.cache/yarn' },
    { name: 'builder stage is not checked', code: 'FROM node:20 AS build\nRUN yarn install && yarn build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html' },
    { name: 'yarn run is not an install', code: 'FROM node:20\nRUN yarn run build' },
    { name: 'yarn --version is not an install', code: 'FROM node:20\nRUN yarn --version && yarn -v' },
    { name: 'npm ci', code: 'FROM node:20\nRUN npm ci --omit=dev', files: withLock },
    { name: 'npm install of a named package is DF30', code: 'FROM node:20\nRUN npm install -g pm2@5.4.2', files: withLock },
    { name: 'npm install without a lockfile: npm ci would fail', code: 'FROM node:20\nRUN npm install', files: noLock },
    { name: 'npm install in a builder stage', code: 'FROM node:20 AS build\nRUN npm install\nFROM node:20-slim\nCOPY --from=build /app /app', files: withLock },
  ],
  invalid: [
    {
      code: 'FROM node:20\nRUN yarn install',
      errors: [{ messageId: 'yarnCache', line: 2, column: 5, endColumn: 9, severity: 'warning', data: { command: 'yarn install' } }],
      output: 'FROM node:20\nRUN yarn install && yarn cache clean',
    },
    {
      name: 'bare yarn',
      code: 'FROM node:20\nRUN yarn --frozen-lockfile',
      errors: [{ messageId: 'yarnCache', data: { command: '`yarn`' } }],
      output: 'FROM node:20\nRUN yarn --frozen-lockfile && yarn cache clean',
    },
    {
      name: 'yarn global add',
      code: 'FROM node:20\nRUN yarn global add serve@14.2.3',
      errors: [{ messageId: 'yarnCache', data: { command: 'yarn add' } }],
      output: 'FROM node:20\nRUN yarn global add serve@14.2.3 && yarn cache clean',
    },
    {
      name: 'clean before the install does not count',
      code: 'FROM node:20\nRUN yarn cache clean && yarn install foo',
      errors: [{ messageId: 'yarnCache', line: 2, column: 25 }],
      output: 'FROM node:20\nRUN yarn cache clean && yarn install foo && yarn cache clean',
    },
    {
      name: 'a stage the final stage builds on',
      code: 'FROM node:20 AS deps\nRUN yarn install\nFROM deps\nCMD ["node", "index.js"]',
      errors: [{ messageId: 'yarnCache', line: 2 }],
      output: 'FROM node:20 AS deps\nRUN yarn install && yarn cache clean\nFROM deps\nCMD ["node", "index.js"]',
    },
    {
      name: 'no append after a trailing comment',
      code: 'FROM node:20\nRUN yarn install # deps',
      errors: [{ messageId: 'yarnCache' }],
      output: null,
    },
    {
      name: 'a cache mount somewhere else',
      code: 'FROM node:20\nRUN --mount=type=cache,target=/var/lib/foobar yarn install foobar',
      errors: [{ messageId: 'yarnCache' }],
      output: 'FROM node:20\nRUN --mount=type=cache,target=/var/lib/foobar yarn install foobar && yarn cache clean',
    },
    {
      name: 'npm install with a lockfile',
      code: 'FROM node:20\nRUN npm install --omit=dev',
      files: withLock,
      errors: [{ messageId: 'npmCi', line: 2, column: 9, endColumn: 16, severity: 'info' }],
      suggestions: [{ title: 'Use npm ci', output: 'FROM node:20\nRUN npm ci --omit=dev' }],
    },
    {
      name: 'npm i when the files are unknown',
      code: 'FROM node:20\nRUN npm i',
      errors: [{ messageId: 'npmCi', column: 9, endColumn: 10 }],
      suggestions: [{ output: 'FROM node:20\nRUN npm ci' }],
    },
  ],
});
