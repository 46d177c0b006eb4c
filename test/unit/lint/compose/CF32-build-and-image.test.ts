import { rule } from '../../../../src/core/lint/compose/rules/CF32-build-and-image';
import { testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: ['services:\n  a:\n    build: .\n', 'services:\n  a:\n    build: .\n    image: org/a:1\n    pull_policy: build\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    build: .\n    image: org/a:1\n',
      errors: [{ messageId: 'both', data: { image: 'org/a:1' }, line: 4, column: 5 }],
      output: 'services:\n  a:\n    build: .\n    image: org/a:1\n    pull_policy: build\n',
    },
  ],
});
