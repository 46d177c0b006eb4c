import { rule } from '../../../../src/core/lint/compose/rules/CF13-read-only-root';
import { folder, testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: ['services:\n  web:\n    image: nginx:1.27\n    read_only: true\n', 'services:\n  web:\n    image: nginx:1.27\n    read_only: false\n', { code: 'services:\n  web:\n    image: nginx:1.27\n', files: folder({}, 'compose.override.yml') }],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      errors: [{ messageId: 'writable', line: 2, column: 3 }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    read_only: true\n    tmpfs:\n      - /tmp\n',
    },
    {
      name: 'keeps an existing tmpfs',
      code: 'services:\n  web:\n    image: nginx:1.27\n    tmpfs: [/run]\n',
      errors: [{ messageId: 'writable' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    tmpfs: [/run]\n    read_only: true\n',
    },
    { name: 'from an alias: no edit', code: 'x-a: &a\n  image: nginx:1.27\nservices:\n  web: *a\n', errors: [{ messageId: 'writable', line: 4, column: 3 }], output: null },
  ],
});
