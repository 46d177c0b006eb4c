import { rule } from '../../../../src/core/lint/compose/rules/CF06-dev-ports-loopback';
import { folder, testComposeRule } from '../../support/composeTester';

const dev = folder({}, 'compose.override.yaml');

testComposeRule(rule, {
  valid: [
    { code: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:8080:80"\n', files: dev },
    { name: 'not a development file', code: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n', files: folder({}, 'compose.yaml') },
    { name: 'container port only', code: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "80"\n', files: dev },
    { name: 'long syntax with host_ip', code: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - target: 80\n        published: 8080\n        host_ip: 127.0.0.1\n', files: dev },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n      - 9229:9229 # debugger\n',
      files: dev,
      errors: [
        { messageId: 'allInterfaces', data: { published: '8080' }, line: 5, column: 9, endColumn: 18 },
        { messageId: 'allInterfaces', data: { published: '9229' }, line: 6, column: 9 },
      ],
      output: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:8080:80"\n      - 127.0.0.1:9229:9229 # debugger\n',
    },
    {
      name: 'explicit 0.0.0.0',
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["0.0.0.0:8080:80"]\n',
      files: folder({}, 'docker-compose.dev.yml'),
      errors: [{ messageId: 'allInterfaces' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["127.0.0.1:8080:80"]\n',
    },
    {
      name: 'long syntax gets host_ip',
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - target: 80\n        published: 8080\n',
      files: dev,
      errors: [{ messageId: 'allInterfaces', line: 5, column: 9 }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - target: 80\n        published: 8080\n        host_ip: 127.0.0.1\n',
    },
  ],
});
