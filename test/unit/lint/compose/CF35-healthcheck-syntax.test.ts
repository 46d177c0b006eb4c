import { rule } from '../../../../src/core/lint/compose/rules/CF35-healthcheck-syntax';
import { testComposeRule } from '../../support/composeTester';

const hc = (body: string) => `services:\n  a:\n    image: a:1\n    healthcheck:\n${body}`;

testComposeRule(rule, {
  valid: [hc('      test: ["CMD", "curl", "-f", "http://localhost"]\n      interval: 1m30s\n      timeout: 5s\n'), hc('      test: ["CMD-SHELL", "curl -f http://localhost || exit 1"]\n'), hc('      test: ["NONE"]\n')],
  invalid: [
    {
      code: hc('      test: curl -f http://localhost || exit 1\n'),
      errors: [{ messageId: 'stringForm', line: 5, column: 13 }],
      output: `${hc('      test: ["CMD-SHELL", "curl -f http://localhost || exit 1"]\n')}`,
    },
    { code: hc('      test: ["curl", "-f", "http://localhost"]\n'), errors: [{ messageId: 'badType', data: { first: 'curl' }, line: 5, column: 14 }] },
    { code: hc('      test: ["CMD", "curl -f http://localhost"]\n'), errors: [{ messageId: 'execWithSpaces', line: 5, column: 21 }] },
    { code: hc('      test: ["CMD-SHELL", "curl", "-f"]\n'), errors: [{ messageId: 'shellWithArgs', data: { joined: 'curl -f' } }] },
    { code: hc('      test: ["CMD", "true"]\n      interval: 30\n'), errors: [{ messageId: 'badDuration', data: { value: '30' }, line: 6, column: 17 }] },
  ],
});
