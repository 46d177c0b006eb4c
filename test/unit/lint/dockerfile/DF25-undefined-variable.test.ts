import * as assert from 'node:assert/strict';
import { isValidImageReference, rule } from '../../../../src/core/lint/dockerfile/rules/DF25-undefined-variable';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'ARG BASE=alpine:3.20\nFROM ${BASE}',
    'ARG TAG=3.20\nFROM alpine:$TAG',
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\nCOPY --from=build /out/app-$TARGETARCH /app',
    { name: 'platform ARGs may be used in FROM', code: 'FROM ${TARGETARCH}/alpine:3.20' },
    { name: 'a global ARG re-declared in the stage', code: 'ARG VERSION=1\nFROM alpine:3.20\nARG VERSION\nLABEL version=$VERSION' },
    { name: 'ENV is inherited by a stage built on it', code: 'FROM alpine:3.20 AS base\nENV APP_HOME=/srv/app\nFROM base\nWORKDIR $APP_HOME' },
    { name: 'guarded references', code: 'FROM alpine:3.20\nWORKDIR ${APP_DIR:-/app}\nLABEL extra=${EXTRA:+yes}\nFROM ${BASE:-alpine:3.20}' },
    { name: 'RUN, CMD and HEALTHCHECK belong to the shell', code: 'FROM alpine:3.20\nRUN echo $UNSET\nCMD echo $UNSET\nHEALTHCHECK CMD test -n "$UNSET"' },
    { name: 'single quotes and escapes stop expansion', code: "FROM alpine:3.20\nLABEL a='$NOPE' b=\\$NOPE\nENV C='${NOPE}'" },
    { name: 'well-known base-image ENV', code: 'FROM python:3.12-slim\nENV PATH=/opt/venv/bin:$PATH\nLABEL py=$PYTHON_VERSION home=${HOME}' },
    { name: 'PATH exists even in scratch images', code: 'FROM scratch\nENV PATH=/bin:$PATH' },
    { name: 'proxy args are predefined', code: 'FROM alpine:3.20\nLABEL proxy=$HTTP_PROXY' },
    { name: 'same-statement ENV references are DF51\'s', code: 'FROM alpine:3.20\nENV A=1 B=$A' },
    { name: 'an earlier ENV in the stage', code: 'FROM alpine:3.20\nENV DIR=/srv\nWORKDIR $DIR/app\nCOPY --chown=1000 . $DIR' },
    { name: 'an ARG default that uses an earlier global ARG', code: 'ARG REG=docker.io\nARG IMAGE=${REG}/library/alpine:3.20\nFROM $IMAGE' },
    { name: 'Windows images ignore case', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV MYDIR=C:\\\\app\nWORKDIR ${mydir}\nCOPY x.exe ${ProgramFiles}/x/' },
    { name: 'a stage name reached through an ARG', code: 'FROM alpine:3.20 AS build\nARG SRC=build\nFROM alpine:3.20' },
    { name: 'quotes in FROM are removed before the name is checked', code: 'ARG TAG=3.20\nFROM alpine:"${TAG}"' },
    { name: 'template placeholders with modifiers Docker does not know', code: 'FROM mcr.microsoft.com/devcontainers/cpp:2-${templateOption:imageVariant}' },
    { name: 'the Windows escape character escapes a dollar', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nLABEL price=`$NOPE' },
    { name: 'COPY here-documents are not checked', code: 'FROM alpine:3.20\nCOPY <<EOF /etc/app.conf\nhome=$NOPE\nEOF' },
    { name: 'ARG declaring several names', code: 'FROM scratch\nARG A B=2\nLABEL a=$A b=$B' },
    { name: 'a comment inside a continuation', code: 'FROM alpine:3.20\nLABEL a=1 \\\n# uses $NOPE later\n  b=2' },
  ],
  invalid: [
    {
      code: 'FROM alpine:$TAG',
      errors: [{ messageId: 'fromUndeclared', data: { name: 'TAG' }, line: 1, column: 13, endColumn: 17 }],
    },
    {
      name: 'did you mean, in FROM',
      code: 'ARG VERSION=3.20\nFROM alpine:${VERISON}',
      errors: [{ messageId: 'fromDidYouMean', data: { suggestion: 'VERSION' }, line: 2, column: 13, endColumn: 23 }],
      suggestions: [{ title: 'Use VERSION', output: 'ARG VERSION=3.20\nFROM alpine:${VERSION}' }],
    },
    {
      name: 'an ARG inside a stage is not seen by a later FROM',
      code: 'FROM alpine:3.20 AS a\nARG TAG=3.19\nFROM alpine:$TAG',
      errors: [{ messageId: 'fromDeclaredInStage', data: { line: 2 }, line: 3, column: 13 }],
    },
    { name: 'a platform flag with an unknown variable', code: 'FROM --platform=$PLATFORM alpine:3.20', errors: [{ messageId: 'fromUndeclared', line: 1, column: 17, endColumn: 26 }] },
    {
      name: 'an ARG without default leaves the image name empty',
      code: 'ARG BASE\nFROM $BASE',
      errors: [{ messageId: 'invalidDefaultInFrom', data: { written: '$BASE', resolved: '' }, line: 2, column: 6, endColumn: 11 }],
    },
    { name: 'an empty tag', code: 'ARG TAG\nFROM alpine:${TAG}', errors: [{ messageId: 'invalidDefaultInFrom', data: { resolved: 'alpine:' }, line: 2 }] },
    { name: 'an upper-case default', code: 'ARG IMAGE=Alpine:3.20\nFROM ${IMAGE}', errors: [{ messageId: 'invalidDefaultInFrom', line: 2 }] },
    {
      name: 'a typo in a stage',
      code: 'FROM alpine:3.20\nARG VERSION=1.4.2\nCOPY app-${VERSOIN}.tar.gz /opt/',
      errors: [{ messageId: 'didYouMean', data: { name: 'VERSOIN', suggestion: 'VERSION' }, line: 3, column: 10, endColumn: 20 }],
      suggestions: [{ output: 'FROM alpine:3.20\nARG VERSION=1.4.2\nCOPY app-${VERSION}.tar.gz /opt/' }],
    },
    {
      name: 'a global ARG used in a stage without re-declaring it',
      code: 'ARG VERSION=1.0\nFROM alpine:3.20\nLABEL org.opencontainers.image.version=$VERSION',
      errors: [{ messageId: 'globalNotRedeclared', data: { name: 'VERSION' }, line: 3, column: 40, endColumn: 48 }],
      suggestions: [{ title: 'Declare ARG VERSION in this stage', output: 'ARG VERSION=1.0\nFROM alpine:3.20\nARG VERSION\nLABEL org.opencontainers.image.version=$VERSION' }],
    },
    {
      name: 'a platform ARG used in a stage without declaring it',
      code: 'FROM alpine:3.20\nCOPY bin/app-${TARGETARCH} /app',
      errors: [{ messageId: 'platformArgNotDeclared', data: { name: 'TARGETARCH' }, line: 2, column: 14, endColumn: 27 }],
      suggestions: [{ output: 'FROM alpine:3.20\nARG TARGETARCH\nCOPY bin/app-${TARGETARCH} /app' }],
    },
    { name: 'declared after its use', code: 'FROM alpine:3.20\nWORKDIR /src/$APP\nARG APP=web', errors: [{ messageId: 'declaredLater', data: { line: 3 }, line: 2, column: 14 }] },
    { name: 'certain in a scratch stage', code: 'FROM scratch\nCOPY app /app\nUSER $APP_USER', errors: [{ messageId: 'undefined', data: { name: 'APP_USER' }, line: 3, column: 6, endColumn: 15 }] },
    { name: 'lower-case names are not base-image ENV', code: 'FROM node:20-slim\nWORKDIR /home/$user', errors: [{ messageId: 'undefined', line: 2 }] },
    {
      name: 'an upper-case name the base image might set',
      code: 'FROM node:20-slim\nWORKDIR $APP_ROOT_DIR',
      errors: [{ messageId: 'undefinedUnlessBase', data: { name: 'APP_ROOT_DIR', image: 'node:20-slim' }, line: 2, column: 9 }],
    },
    { name: 'ARG defaults are checked too', code: 'FROM scratch\nARG DEST=$PREFIX/bin', errors: [{ messageId: 'undefined', line: 2, column: 10, endColumn: 17 }] },
    { name: 'ARGs do not cross stages', code: 'FROM scratch AS a\nARG X=1\nFROM a\nLABEL x=$X', errors: [{ messageId: 'undefined', line: 4 }] },
    { name: 'global ARG defaults', code: 'ARG IMAGE=${REGISTRY}/app:1\nFROM alpine:3.20', errors: [{ messageId: 'undefined', data: { name: 'REGISTRY' }, line: 1, column: 11, endColumn: 22 }] },
    { name: 'double quotes still expand; flags too', code: 'FROM scratch\nCOPY --chown=$OWNER "a $B" /x/', errors: [{ messageId: 'undefined', data: { name: 'OWNER' }, line: 2, column: 14 }, { messageId: 'undefined', data: { name: 'B' }, line: 2, column: 24 }] },
    { name: 'lowercase keywords', code: 'from scratch\nworkdir $dir', errors: [{ messageId: 'undefined', line: 2, column: 9 }] },
  ],
});

describe('DF25 isValidImageReference', () => {
  for (const ok of ['alpine', 'alpine:3.20', 'library/alpine', 'ghcr.io/org/app:1.0', 'localhost:5000/app', `alpine@sha256:${'a'.repeat(64)}`, 'scratch', 'my-registry.example.com:443/a/b_c/d__e:v1.2-rc']) {
    it(`accepts ${ok}`, () => assert.ok(isValidImageReference(ok)));
  }
  for (const bad of ['', 'alpine:', 'Alpine', ':3.20', '/alpine', 'alpine:3.20:1', 'a b', 'alpine@sha256:zz']) {
    it(`rejects "${bad}"`, () => assert.ok(!isValidImageReference(bad)));
  }
});
