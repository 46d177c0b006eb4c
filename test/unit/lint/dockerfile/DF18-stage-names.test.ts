import { rule } from '../../../../src/core/lint/dockerfile/rules/DF18-stage-names';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM scratch as build\nRUN foo\nFROM node:20 as run\nRUN baz',
    'FROM foo:bar AS foobar',
    'FROM golang:1.22 AS build-env_1.x\nFROM build-env_1.x',
    { name: 'an unnamed stage', code: 'FROM alpine:3.20\nFROM alpine:3.20' },
  ],
  invalid: [
    { code: 'FROM foo:bar AS scratch', errors: [{ messageId: 'reserved', data: { name: 'scratch' }, line: 1, column: 17, endColumn: 24 }], output: null },
    { code: 'FROM foo:bar AS context', errors: [{ messageId: 'reserved', line: 1, column: 17 }] },
    {
      code: 'FROM node:20 AS build\nRUN a\nFROM node:20 AS build\nRUN b',
      errors: [{ messageId: 'duplicate', data: { name: 'build', line: 1 }, line: 3, column: 17, endColumn: 22 }],
      output: null,
    },
    { name: 'duplicates differ only in case', code: 'FROM node:20 AS build\nFROM node:20 AS build2\nFROM node:20 AS build', errors: [{ messageId: 'duplicate', line: 3 }] },
    {
      name: 'casing: the name and every reference are lowercased',
      code: 'FROM golang:1.22 AS Build\nRUN go build -o /out/app .\nFROM Build AS Test\nRUN --mount=type=bind,from=Build,source=/out,target=/x ls /x\nFROM scratch\nCOPY --from=Build /out/app /app\nCOPY --from=build /out/app /app2',
      errors: [
        { messageId: 'casing', data: { name: 'Build', lower: 'build' }, line: 1, column: 21, endColumn: 26 },
        { messageId: 'casing', data: { name: 'Test', lower: 'test' }, line: 3, column: 15, endColumn: 19 },
      ],
      output:
        'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM build AS test\nRUN --mount=type=bind,from=build,source=/out,target=/x ls /x\nFROM scratch\nCOPY --from=build /out/app /app\nCOPY --from=build /out/app /app2',
    },
    {
      name: 'an image reference with a tag is not renamed',
      code: 'FROM alpine:3.20 AS Alpine\nFROM Alpine:3.19',
      errors: [{ messageId: 'casing', line: 1 }],
      output: 'FROM alpine:3.20 AS alpine\nFROM Alpine:3.19',
    },
    {
      name: 'a duplicate in another case: references are renamed once',
      code: 'FROM alpine:3.20 AS App\nFROM alpine:3.20 AS APP\nCOPY --from=App /a /a',
      errors: [
        { messageId: 'casing', line: 1 },
        { messageId: 'duplicate', line: 2 },
        { messageId: 'casing', line: 2 },
      ],
      output: 'FROM alpine:3.20 AS app\nFROM alpine:3.20 AS app\nCOPY --from=app /a /a',
    },
    { name: 'reserved and upper case', code: 'FROM alpine:3.20 AS Scratch', errors: [{ messageId: 'reserved', line: 1 }, { messageId: 'casing', line: 1 }], output: 'FROM alpine:3.20 AS scratch' },
    { name: 'must start with a letter', code: 'FROM alpine:3.20 AS 1st', errors: [{ messageId: 'invalid', data: { name: '1st' }, line: 1, column: 21, endColumn: 24 }] },
    { name: 'no slashes or colons', code: 'FROM alpine:3.20 AS my/stage', errors: [{ messageId: 'invalid', line: 1 }] },
    { name: 'lowercase keywords', code: 'from alpine:3.20 as Base\nfrom Base', errors: [{ messageId: 'casing', line: 1, column: 21 }], output: 'from alpine:3.20 as base\nfrom base' },
  ],
});
