import { rule } from '../../../../src/core/lint/compose/rules/CF18-debug-tools-profiles';
import { folder, testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: [
    'services:\n  adminer:\n    image: adminer:4.8.1\n    profiles: [debug]\n',
    { code: 'services:\n  adminer:\n    image: adminer:4.8.1\n', files: folder({}, 'compose.override.yaml') },
    'services:\n  web:\n    image: nginx:1.27\n',
  ],
  invalid: [
    {
      code: 'services:\n  pgadmin:\n    image: dpage/pgadmin4:8.12\n',
      errors: [{ messageId: 'toolWithoutProfile', data: { image: 'dpage/pgadmin4:8.12' }, line: 3, column: 12 }],
      output: 'services:\n  pgadmin:\n    image: dpage/pgadmin4:8.12\n    profiles: [debug]\n',
    },
  ],
});
