import { rule } from '../../../../src/core/lint/compose/rules/CF16-log-rotation';
import { folder, testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    logging:\n      options:\n        max-size: 10m\n',
    'services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: local\n',
    { code: 'services:\n  web:\n    image: nginx:1.27\n', files: folder({}, 'compose.override.yaml') },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      errors: [{ messageId: 'unbounded', line: 2, column: 3 }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: json-file\n      options:\n        max-size: 10m\n        max-file: "3"\n',
    },
    { code: 'services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: json-file\n', errors: [{ messageId: 'unbounded', line: 4, column: 5 }], output: null },
  ],
});
