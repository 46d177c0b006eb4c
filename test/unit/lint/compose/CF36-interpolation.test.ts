import { rule } from '../../../../src/core/lint/compose/rules/CF36-interpolation';
import { folder, testComposeRule } from '../../support/composeTester';

const env = folder({ '.env': 'TAG=1.2\n' });

testComposeRule(rule, {
  valid: [
    { code: 'services:\n  a:\n    image: "a:${TAG}"\n    command: ["sh", "-c", "echo $$HOME ${X:-1} ${Y:?set Y}"]\n', files: env },
    { name: 'no .env: variables may come from the shell', code: 'services:\n  a:\n    image: "a:${TAG}"\n' },
  ],
  invalid: [
    { code: 'services:\n  a:\n    image: "a:${TAG}"\n    environment:\n      URL: http://${HOST}/x\n', files: env, errors: [{ messageId: 'unset', data: { name: 'HOST' }, line: 5, column: 19, endColumn: 26 }] },
    { code: 'services:\n  a:\n    image: "a:${TAG"\n', errors: [{ messageId: 'syntax', line: 3, column: 15 }] },
    { code: 'services:\n  a:\n    image: "a:${1TAG}"\n', errors: [{ messageId: 'syntax' }] },
  ],
});
