import { rule } from '../../../../src/core/lint/compose/rules/CF33-docker-socket';
import { testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: ['services:\n  a:\n    image: a:1\n    volumes:\n      - ./data:/data\n'],
  invalid: [
    { code: 'services:\n  a:\n    image: a:1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n', errors: [{ messageId: 'socketMount', data: { mode: 'read-only' }, line: 5, column: 9 }] },
    { code: 'services:\n  a:\n    image: a:1\n    volumes:\n      - type: bind\n        source: /run/docker.sock\n        target: /sock\n    use_api_socket: true\n', errors: [{ messageId: 'socketMount', line: 5 }, { messageId: 'apiSocket', line: 8 }] },
  ],
});
