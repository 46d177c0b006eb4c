import { rule } from '../../../../src/core/lint/dockerfile/rules/DF09-apk-hygiene';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl',
    'FROM alpine:3.20\nRUN apk --no-cache add curl',
    { name: 'cache mount on /var/cache/apk', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add -U curl' },
    { name: 'tmpfs mount on /var/cache/apk', code: 'FROM alpine:3.20\nRUN --mount=type=tmpfs,target=/var/cache/apk/ apk add -U curl' },
    { name: 'cache removed in the same RUN', code: 'FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*' },
    { name: 'apk del is not an install', code: 'FROM alpine:3.20\nRUN apk del curl' },
    { name: '--no-network downloads nothing', code: 'FROM alpine:3.20\nRUN apk add --no-network --virtual .rundeps $runDeps' },
    { name: 'apk update alone is DF39', code: 'FROM alpine:3.20\nRUN apk update' },
    { name: 'update before upgrade needs the index', code: 'FROM alpine:3.20\nRUN apk update && apk upgrade && apk add --no-cache curl && rm -rf /var/cache/apk/*' },
    { name: 'the package word "add" is not the verb', code: 'FROM alpine:3.20\nRUN echo apk add curl' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN apk add curl',
      errors: [{ messageId: 'noCache', line: 2, column: 9, endColumn: 12 }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
    },
    {
      name: 'a cache mount elsewhere does not count',
      code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/foo apk add -U curl',
      errors: [{ messageId: 'noCache', line: 2, column: 50 }],
      output: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl',
    },
    {
      name: 'global options before the verb',
      code: 'FROM alpine:3.20\nRUN apk --update add --virtual .deps gcc',
      errors: [{ messageId: 'noCache', line: 2, column: 18, endColumn: 21 }],
      output: 'FROM alpine:3.20\nRUN apk --update add --no-cache --virtual .deps gcc',
    },
    {
      name: 'update then add: both parts are fixed',
      code: 'FROM alpine:3.20\nRUN apk update && apk add curl',
      errors: [
        { messageId: 'redundantUpdate', line: 2, column: 5, endColumn: 15 },
        { messageId: 'noCache', line: 2, column: 23 },
      ],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
    },
    {
      name: 'update on its own continuation line',
      code: 'FROM alpine:3.20\nRUN apk update \\\n && apk add --no-cache curl',
      errors: [{ messageId: 'redundantUpdate', line: 2 }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
    },
    {
      name: 'update separated by ; is reported without a fix',
      code: 'FROM alpine:3.20\nRUN apk update; apk add --no-cache curl',
      errors: [{ messageId: 'redundantUpdate', line: 2 }],
      output: null,
    },
    {
      name: 'a cleanup before the add does not count',
      code: 'FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add curl',
      errors: [{ messageId: 'noCache', line: 2, column: 36 }],
      output: 'FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add --no-cache curl',
    },
    {
      name: 'inside sh -c, lowercase run, builder stage',
      code: "FROM alpine:3.20 AS build\nrun sh -c 'apk add make'\nFROM scratch\nCOPY --from=build /x /x",
      errors: [{ messageId: 'noCache', line: 2, column: 16, endColumn: 19 }],
      output: "FROM alpine:3.20 AS build\nrun sh -c 'apk add --no-cache make'\nFROM scratch\nCOPY --from=build /x /x",
    },
    {
      name: 'exec form',
      code: 'FROM alpine:3.20\nRUN ["apk", "add", "curl"]',
      errors: [{ messageId: 'noCache', line: 2, column: 14, endColumn: 17 }],
      output: 'FROM alpine:3.20\nRUN ["apk", "add", "--no-cache", "curl"]',
    },
  ],
});
