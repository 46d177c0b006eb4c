import { rule } from '../../../../src/core/lint/compose/rules/CF19-dev-bind-mounts';
import { folder, testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: [
    { code: 'services:\n  app:\n    build: .\n    volumes:\n      - .:/app\n', files: folder({}, 'compose.override.yaml') },
    'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf:ro\n      - ./site:/usr/share/nginx/html:ro\n',
    'services:\n  app:\n    image: a:1\n    volumes:\n      - ./uploads:/data/uploads\n',
  ],
  invalid: [
    { code: 'services:\n  app:\n    build: .\n    volumes:\n      - .:/app\n', errors: [{ messageId: 'codeMount', data: { source: '.', target: '/app' }, line: 5, column: 9, endColumn: 15 }] },
    { code: 'services:\n  app:\n    build: .\n    volumes:\n      - ./backend:/usr/src/app\n', errors: [{ messageId: 'codeMount' }] },
    { name: 'long syntax', code: 'services:\n  app:\n    build: .\n    volumes:\n      - type: bind\n        source: ./src\n        target: /srv/src\n', errors: [{ messageId: 'codeMount', line: 5, column: 9 }] },
  ],
});
