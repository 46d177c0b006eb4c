import { rule } from '../../../../src/core/lint/compose/rules/CF28-missing-path';
import { folder, testComposeRule } from '../../support/composeTester';

const files = folder({ 'app/Dockerfile': 'FROM alpine', 'app/Dockerfile.dev': 'FROM alpine', 'app.env': '', 'pw.txt': '' });

testComposeRule(rule, {
  valid: [
    { code: 'services:\n  a:\n    build: ./app\n    env_file: app.env\n  b:\n    build:\n      context: app\n      dockerfile: Dockerfile.dev\nsecrets:\n  pw:\n    file: ./pw.txt\n', files },
    { name: 'remote contexts and variables', code: 'services:\n  a:\n    build: https://github.com/org/repo.git#main\n  b:\n    build: ${CTX}\n    env_file:\n      - path: ./local.env\n        required: false\n', files },
  ],
  invalid: [
    { code: 'services:\n  a:\n    build: ./ap\n', files, errors: [{ messageId: 'missing', data: { path: './ap' }, line: 3, column: 12, endColumn: 16 }] },
    {
      code: 'services:\n  a:\n    build:\n      context: ./app\n      dockerfile: Dockerfile.prod\n    env_file:\n      - .env\n',
      files,
      errors: [
        { messageId: 'missing', data: { path: 'app/Dockerfile.prod' }, line: 5, column: 19 },
        { messageId: 'missing', data: { path: '.env' }, line: 7, column: 9 },
      ],
    },
    { code: 'services:\n  a:\n    image: a:1\nsecrets:\n  pw:\n    file: ./secret.txt\ninclude:\n  - other/compose.yaml\n', files, errors: [{ messageId: 'missing', line: 6 }, { messageId: 'missing', line: 8 }] },
  ],
});
