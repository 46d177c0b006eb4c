import { rule } from '../../../../src/core/lint/dockerfile/rules/DF15-maintainer-deprecated';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ada"'],
  invalid: [
    {
      code: 'FROM alpine:3.20\nMAINTAINER Ada Lovelace <ada@example.com>',
      errors: [{ messageId: 'maintainer', line: 2, column: 1, endColumn: 11 }],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ada Lovelace <ada@example.com>"',
    },
  ],
});
