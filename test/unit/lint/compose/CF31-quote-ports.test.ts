import { rule } from '../../../../src/core/lint/compose/rules/CF31-quote-ports';
import { testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: ['services:\n  a:\n    image: a:1\n    ports:\n      - "22:22"\n      - 8080:80\n      - 127.0.0.1:2222:22\n      - 3000\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    ports:\n      - 22:22\n      - 21:21 # ftp\n    expose:\n      - 50:59\n',
      errors: [
        { messageId: 'base60', data: { value: '22:22', number: '1342' }, line: 5, column: 9, endColumn: 14 },
        { messageId: 'base60', data: { number: '1281' }, line: 6, column: 9 },
        { messageId: 'base60', data: { number: '3059' }, line: 8, column: 9 },
      ],
      output: 'services:\n  a:\n    image: a:1\n    ports:\n      - "22:22"\n      - "21:21" # ftp\n    expose:\n      - "50:59"\n',
    },
  ],
});
