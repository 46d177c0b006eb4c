import { rule } from '../../../../src/core/lint/compose/rules/CF30-duplicate-host-port';
import { testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: [
    'services:\n  a:\n    image: a:1\n    ports: ["8080:80"]\n  b:\n    image: b:1\n    ports: ["8081:80"]\n',
    { name: 'tcp and udp', code: 'services:\n  dns:\n    image: a:1\n    ports: ["53:53/tcp", "53:53/udp"]\n' },
    { name: 'different host addresses', code: 'services:\n  a:\n    image: a:1\n    ports: ["127.0.0.1:80:80"]\n  b:\n    image: b:1\n    ports: ["192.168.1.5:80:80"]\n' },
    { name: 'different profiles', code: 'services:\n  a:\n    image: a:1\n    profiles: [x]\n    ports: ["80:80"]\n  b:\n    image: b:1\n    profiles: [y]\n    ports: ["80:80"]\n' },
  ],
  invalid: [
    { code: 'services:\n  a:\n    image: a:1\n    ports: ["8080:80"]\n  b:\n    image: b:1\n    ports:\n      - "127.0.0.1:8080:3000"\n', errors: [{ messageId: 'duplicate', data: { port: 8080, other: '`a`' }, line: 8, column: 9 }] },
    { name: 'overlapping ranges', code: 'services:\n  a:\n    image: a:1\n    ports: ["9000-9010:9000-9010"]\n  b:\n    image: b:1\n    ports:\n      - target: 80\n        published: "9005"\n', errors: [{ messageId: 'duplicate', data: { port: 9005 }, line: 8 }] },
  ],
});
