import { rule } from '../../../../src/core/lint/compose/rules/CF29-container-name';
import { testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: ['services:\n  a:\n    image: a:1\n    container_name: app-a\n  b:\n    image: b:1\n    container_name: app_b.1\n'],
  invalid: [
    { code: 'services:\n  a:\n    image: a:1\n    container_name: app\n  b:\n    image: b:1\n    container_name: app\n', errors: [{ messageId: 'duplicate', data: { other: 'a' }, line: 7, column: 21 }] },
    { code: 'services:\n  a:\n    image: a:1\n    container_name: "my app"\n', errors: [{ messageId: 'invalid', line: 4, column: 21 }] },
    { code: 'services:\n  a:\n    image: a:1\n    container_name: -app\n', errors: [{ messageId: 'invalid' }] },
  ],
});
