import { rule } from '../../../../src/core/lint/dockerfile/rules/DF26-no-copy-whole-filesystem';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'COPY --from=build /app /',
    'FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build /out/app /app',
    { name: 'a plain COPY of the context root', code: 'FROM alpine:3.20\nCOPY / /ctx/' },
    { name: 'an export stage that starts from scratch', code: 'FROM golang:1.22 AS build\nFROM scratch AS export\nCOPY --from=build /out/app /\nFROM alpine:3.20\nCOPY --from=export / /usr/local/bin/' },
    { name: 'a variable', code: 'ARG SRC=build\nFROM alpine:3.20\nCOPY --from=$SRC / /' },
    { name: 'a path below the root', code: 'FROM alpine:3.20 AS a\nFROM alpine:3.20\nCOPY --from=a /etc/ /etc/' },
  ],
  invalid: [
    { code: 'COPY --from=build / /', errors: [{ messageId: 'wholeFilesystem', data: { from: 'build' }, line: 1, column: 19, endColumn: 20 }] },
    { code: 'COPY --from=build "/" "/"', errors: [{ messageId: 'wholeFilesystem', line: 1, column: 19, endColumn: 22 }] },
    { name: 'from a builder stage', code: 'FROM node:20 AS deps\nRUN npm ci\nFROM node:20-slim\nCOPY --from=deps / /', errors: [{ messageId: 'wholeFilesystem', line: 4, column: 18 }] },
    { name: 'by index, JSON form, "/."', code: 'FROM node:20\nFROM node:20-slim\nCOPY --from=0 ["/.", "/rootfs/"]', errors: [{ messageId: 'wholeFilesystem', data: { from: '0' }, line: 3, column: 16, endColumn: 20 }] },
    { name: 'from an image', code: 'FROM alpine:3.20\nCOPY --from=gloursdocker/docker / /', errors: [{ messageId: 'wholeFilesystem', line: 2, column: 33 }] },
    { name: 'lowercase keyword', code: 'from alpine:3.20 as a\nfrom alpine:3.20\ncopy --from=a / /', errors: [{ messageId: 'wholeFilesystem', line: 3 }] },
  ],
});
