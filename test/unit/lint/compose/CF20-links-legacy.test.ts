import { rule } from '../../../../src/core/lint/compose/rules/CF20-links-legacy';
import { testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: ['services:\n  app:\n    image: a:1\n    depends_on: [db]\n  db:\n    image: b:1\n'],
  invalid: [
    {
      code: 'services:\n  app:\n    image: a:1\n    links:\n      - db\n  db:\n    image: b:1\n',
      errors: [{ messageId: 'legacy', line: 4, column: 5, endColumn: 10 }],
      output: 'services:\n  app:\n    image: a:1\n    depends_on:\n      - db\n  db:\n    image: b:1\n',
    },
    { name: 'aliases: no fix', code: 'services:\n  app:\n    image: a:1\n    links:\n      - db:database\n  db:\n    image: b:1\n', errors: [{ messageId: 'legacy' }], output: null },
  ],
});
