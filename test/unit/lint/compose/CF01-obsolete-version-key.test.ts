import { rule } from '../../../../src/core/lint/compose/rules/CF01-obsolete-version-key';
import { testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: ['services:\n  web:\n    image: nginx:1.27\n', { name: 'a service key named version', code: 'services:\n  version:\n    image: nginx:1.27\n' }],
  invalid: [
    {
      code: 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n',
      errors: [{ messageId: 'obsolete', line: 1, column: 1, endColumn: 15 }],
      output: 'services:\n  web:\n    image: nginx:1.27\n',
    },
    {
      name: 'comments and CRLF are kept',
      code: '# my app\r\nversion: \'2.4\' # old\r\nservices:\r\n  web:\r\n    image: nginx:1.27\r\n',
      errors: [{ messageId: 'obsolete', line: 2, column: 1 }],
      output: '# my app\r\nservices:\r\n  web:\r\n    image: nginx:1.27\r\n',
    },
    {
      name: 'at the end of the file without a newline',
      code: 'services:\n  web:\n    image: nginx:1.27\nversion: 3',
      errors: [{ messageId: 'obsolete', line: 4 }],
      output: 'services:\n  web:\n    image: nginx:1.27\n',
    },
    { name: 'flow style: no fix', code: '{version: "3", services: {web: {image: "nginx:1.27"}}}', errors: [{ messageId: 'obsolete', line: 1, column: 2 }], output: null },
  ],
});
