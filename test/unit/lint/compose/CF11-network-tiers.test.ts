import { rule } from '../../../../src/core/lint/compose/rules/CF11-network-tiers';
import { folder, testComposeRule } from '../../support/composeTester';

const TIERS = 'networks:\n  front: {}\n  back:\n    internal: true\n';

testComposeRule(rule, {
  valid: [
    `services:\n  proxy:\n    image: nginx:1.27\n    ports: ["80:80"]\n    networks: [front]\n  app:\n    image: a:1\n    networks: [front, back]\n  db:\n    image: postgres:16\n    networks: [back]\n${TIERS}`,
    { name: 'no backend-looking network', code: 'services:\n  a:\n    image: a:1\n    networks: [web]\nnetworks:\n  web: {}\n' },
    { name: 'a published service on the backend network needs outside access', code: 'services:\n  db:\n    image: postgres:16\n    ports: ["127.0.0.1:5432:5432"]\n    networks: [backend]\nnetworks:\n  backend: {}\n' },
    { name: 'development file', code: 'services:\n  db:\n    image: postgres:16\n    networks: [backend]\nnetworks:\n  backend:\n', files: folder({}, 'compose.override.yaml') },
  ],
  invalid: [
    {
      code: `services:\n  proxy:\n    image: traefik:3.1\n    ports: ["80:80"]\n    networks:\n      front:\n      back:\n${TIERS}`,
      errors: [{ messageId: 'proxyOnBackend', data: { network: 'back' }, line: 7, column: 7 }],
    },
    {
      code: 'services:\n  db:\n    image: postgres:16\n    networks: [db-net]\nnetworks:\n  db-net:\n    driver: bridge\n',
      errors: [{ messageId: 'notInternal', data: { network: 'db-net' }, line: 6, column: 3 }],
      output: 'services:\n  db:\n    image: postgres:16\n    networks: [db-net]\nnetworks:\n  db-net:\n    driver: bridge\n    internal: true\n',
    },
    {
      name: 'empty declaration',
      code: 'services:\n  db:\n    image: postgres:16\n    networks: [backend]\nnetworks:\n  backend:\n',
      errors: [{ messageId: 'notInternal', line: 6 }],
      output: 'services:\n  db:\n    image: postgres:16\n    networks: [backend]\nnetworks:\n  backend:\n    internal: true\n',
    },
  ],
});
