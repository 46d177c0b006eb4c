import { rule } from '../../../../src/core/lint/compose/rules/CF37-dependency-cycle';
import { testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: ['services:\n  a:\n    image: a:1\n    depends_on: [b]\n  b:\n    image: b:1\n    depends_on: [c]\n  c:\n    image: c:1\n'],
  invalid: [
    { code: 'services:\n  a:\n    image: a:1\n    depends_on: [b]\n  b:\n    image: b:1\n    depends_on: [c]\n  c:\n    image: c:1\n    depends_on:\n      a:\n        condition: service_started\n', errors: [{ messageId: 'cycle', data: { chain: '`a` → `b` → `c` → `a`' }, line: 11, column: 7 }] },
    { code: 'services:\n  a:\n    image: a:1\n    depends_on: [a]\n', errors: [{ messageId: 'self', line: 4, column: 18 }] },
  ],
});
