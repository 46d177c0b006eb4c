import { rule } from '../../../../src/core/lint/dockerfile/rules/DF21-dependencies-before-sources';
import type { FileContext } from '../../../../src/core/lint/types';
import { testDockerfileRule } from '../../support/dockerfileTester';

function files(names: string[]): FileContext {
  return { exists: (p) => names.includes(p), read: () => undefined };
}

testDockerfileRule(rule, {
  valid: [
    'FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build',
    'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nRUN pip install --no-deps .',
    { name: 'no dependency install', code: 'FROM nginx:1.27\nCOPY . /usr/share/nginx/html' },
    { name: 'a global tool is not the project’s dependencies', code: 'FROM node:20-slim\nCOPY . .\nRUN npm install -g typescript@5.4.5' },
    { name: 'install in another stage', code: 'FROM node:20-slim AS deps\nCOPY package*.json ./\nRUN npm ci\nFROM node:20-slim\nCOPY . .\nCOPY --from=deps /node_modules ./node_modules' },
    { name: 'copy from a stage is not the build context', code: 'FROM golang:1.22 AS src\nRUN echo\nFROM golang:1.22\nCOPY --from=src . .\nRUN go mod download' },
    { name: 'go build after the sources is the build, not the install', code: 'FROM golang:1.22\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app .' },
    { name: 'bind-mounted manifests before the sources', code: 'FROM node:20-slim\nRUN --mount=type=bind,source=package.json,target=package.json npm install\nCOPY . .' },
  ],
  invalid: [
    {
      code: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]',
      errors: [{ messageId: 'copyAllFirst', line: 3, column: 6, endColumn: 7, data: { copy: 'COPY .', install: 'npm ci', line: 4, manifests: '`package*.json`' } }],
      suggestions: [
        {
          title: 'Copy package*.json first and install before the sources',
          output: 'FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]',
        },
      ],
    },
    {
      name: 'pip: the requirements file is named, made relative to the copy destination',
      code: 'FROM python:3.12-slim\nCOPY . /app\nRUN pip install --no-cache-dir -r /app/requirements.txt',
      errors: [{ messageId: 'copyAllFirst', line: 2, column: 6, data: { manifests: '`requirements.txt`' } }],
      suggestions: [{ output: 'FROM python:3.12-slim\nCOPY requirements.txt /app/\nRUN pip install --no-cache-dir -r /app/requirements.txt\nCOPY . /app' }],
    },
    {
      name: 'python -m pip, lowercase keywords, flags kept on the manifest copy',
      code: 'from python:3.12-slim\nworkdir /srv\ncopy --chown=10001:10001 ./ ./\nrun python -m pip install -r requirements/base.txt',
      errors: [{ messageId: 'copyAllFirst', line: 3, column: 26, endColumn: 28 }],
      suggestions: [{ output: 'from python:3.12-slim\nworkdir /srv\ncopy --chown=10001:10001 requirements/base.txt ./requirements/\nrun python -m pip install -r requirements/base.txt\ncopy --chown=10001:10001 ./ ./' }],
    },
    {
      name: 'go: lock files that do not exist are left out',
      code: 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go mod download\nRUN go build -o /app .',
      files: files(['go.mod']),
      errors: [{ messageId: 'copyAllFirst', line: 3, data: { manifests: '`go.mod`' } }],
      suggestions: [{ output: 'FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app .' }],
    },
    {
      name: 'the manifest was copied alone, but the install still comes after everything',
      code: 'FROM node:20-slim\nCOPY package.json ./\nCOPY . .\nRUN npm install',
      errors: [{ messageId: 'installAfterCopyAll', line: 3, data: { install: 'npm install', line: 4 } }],
      suggestions: [{ title: 'Move the install above COPY .', output: 'FROM node:20-slim\nCOPY package.json ./\nRUN npm install\nCOPY . .' }],
    },
    {
      name: 'install and build in one RUN: reported, nothing to move safely',
      code: 'FROM node:20-slim\nCOPY . .\nRUN npm ci && npm run build',
      errors: [{ messageId: 'copyAllFirst', line: 2 }],
      suggestions: [],
    },
    {
      name: 'a WORKDIR between the copy and the install: no suggestion',
      code: 'FROM node:20-slim\nCOPY . /app\nWORKDIR /app\nRUN npm ci',
      errors: [{ messageId: 'copyAllFirst', line: 2 }],
      suggestions: [],
    },
    {
      name: 'yarn, continuation lines, cache cleanup in the same RUN',
      code: 'FROM node:20-slim\nADD . .\nRUN yarn install --frozen-lockfile \\\n && yarn cache clean',
      files: files(['package.json', 'yarn.lock']),
      errors: [{ messageId: 'copyAllFirst', line: 2, column: 5, data: { manifests: '`package.json` and `yarn.lock`' } }],
      suggestions: [{ output: 'FROM node:20-slim\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile \\\n && yarn cache clean\nADD . .' }],
    },
    {
      name: 'maven package needs the sources: fetch the dependencies first',
      code: 'FROM maven:3.9-eclipse-temurin-21 AS build\nWORKDIR /build\nCOPY . .\nRUN mvn -B package -DskipTests',
      errors: [{ messageId: 'copyAllFirst', line: 3, data: { manifests: '`pom.xml`' } }],
      suggestions: [{ output: 'FROM maven:3.9-eclipse-temurin-21 AS build\nWORKDIR /build\nCOPY pom.xml ./\nRUN mvn -B dependency:go-offline\nCOPY . .\nRUN mvn -B package -DskipTests' }],
    },
    {
      name: 'poetry without --no-root',
      code: 'FROM python:3.12-slim\nCOPY . .\nRUN poetry install --only main',
      files: files(['pyproject.toml', 'poetry.lock']),
      errors: [{ messageId: 'copyAllFirst', line: 2 }],
      suggestions: [{ output: 'FROM python:3.12-slim\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --only main --no-root\nCOPY . .\nRUN poetry install --only main' }],
    },
    {
      name: 'composer',
      code: 'FROM composer:2 AS vendor\nCOPY . /app\nRUN composer install --no-dev',
      files: files(['composer.json']),
      errors: [{ messageId: 'copyAllFirst', line: 2 }],
      suggestions: [{ output: 'FROM composer:2 AS vendor\nCOPY composer.json /app/\nRUN composer install --no-dev --no-scripts --no-autoloader\nCOPY . /app\nRUN composer install --no-dev' }],
    },
    {
      name: 'bundler',
      code: 'FROM ruby:3.3-slim\nWORKDIR /app\nCOPY . .\nRUN bundle install',
      errors: [{ messageId: 'copyAllFirst', line: 3, data: { manifests: '`Gemfile` and `Gemfile.lock`' } }],
      suggestions: [{ output: 'FROM ruby:3.3-slim\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .' }],
    },
    {
      name: 'cargo: reported without a suggestion (cargo needs a source tree)',
      code: 'FROM rust:1.79\nCOPY . .\nRUN cargo build --release',
      errors: [{ messageId: 'copyAllFirst', line: 2, data: { manifests: '`Cargo.toml` and `Cargo.lock`' } }],
      suggestions: [],
    },
    {
      name: 'two package managers after one copy',
      code: 'FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\nRUN npm ci',
      errors: [
        { messageId: 'copyAllFirst', line: 2, data: { install: 'pip install -r requirements.txt' } },
        { messageId: 'copyAllFirst', line: 2, data: { install: 'npm ci' } },
      ],
    },
    {
      name: 'the last line of the file is the install',
      code: 'FROM node:20-slim\nCOPY . .\nLABEL stage=app\nRUN npm ci\n',
      errors: [{ messageId: 'copyAllFirst', line: 2 }],
      suggestions: [{ output: 'FROM node:20-slim\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nLABEL stage=app\n' }],
    },
  ],
});
