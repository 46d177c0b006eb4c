import { rule } from '../../../../src/core/lint/compose/rules/CF15-drop-capabilities';
import { folder, testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    security_opt:\n      - no-new-privileges:true\n',
    { code: 'services:\n  web:\n    image: nginx:1.27\n', files: folder({}, 'compose.dev.yaml') },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      errors: [
        { messageId: 'dropAll', line: 2, column: 3 },
        { messageId: 'noNewPrivileges', line: 2, column: 3 },
      ],
      output: 'services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    security_opt: ["no-new-privileges:true"]\n',
    },
    {
      name: 'appends to an existing security_opt list',
      code: 'services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    security_opt:\n      - label:type:svirt_apache_t\n',
      errors: [{ messageId: 'noNewPrivileges' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    security_opt:\n      - label:type:svirt_apache_t\n      - "no-new-privileges:true"\n',
    },
    {
      name: 'flow list',
      code: 'services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    security_opt: [apparmor:docker-default]\n',
      errors: [{ messageId: 'noNewPrivileges' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    security_opt: [apparmor:docker-default, "no-new-privileges:true"]\n',
    },
  ],
});
