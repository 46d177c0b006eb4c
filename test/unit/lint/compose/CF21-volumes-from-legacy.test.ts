import { rule } from '../../../../src/core/lint/compose/rules/CF21-volumes-from-legacy';
import { testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: ['services:\n  app:\n    image: a:1\n    volumes:\n      - shared:/data\nvolumes:\n  shared:\n'],
  invalid: [{ code: 'services:\n  app:\n    image: a:1\n    volumes_from:\n      - files:ro\n  files:\n    image: b:1\n', errors: [{ messageId: 'legacy', data: { from: 'files' }, line: 4, column: 5 }] }],
});
