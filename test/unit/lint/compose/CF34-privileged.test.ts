import { rule } from '../../../../src/core/lint/compose/rules/CF34-privileged';
import { testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: ['services:\n  a:\n    image: a:1\n    cap_add: [NET_BIND_SERVICE]\n    privileged: false\n    network_mode: bridge\n'],
  invalid: [
    { code: 'services:\n  a:\n    image: a:1\n    privileged: true\n', errors: [{ messageId: 'privileged', line: 4, column: 5, endColumn: 21 }] },
    {
      code: 'services:\n  a:\n    image: a:1\n    cap_add: [SYS_ADMIN, CHOWN]\n    network_mode: host\n    pid: "host"\n    security_opt:\n      - seccomp:unconfined\n',
      errors: [
        { messageId: 'capability', data: { cap: 'SYS_ADMIN' }, line: 4, column: 15 },
        { messageId: 'hostNamespace', data: { key: 'network_mode' }, line: 5 },
        { messageId: 'hostNamespace', data: { key: 'pid' }, line: 6 },
        { messageId: 'unconfined', line: 8 },
      ],
    },
  ],
});
