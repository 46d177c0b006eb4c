import { rule } from '../../../../src/core/lint/compose/rules/CF25-undefined-reference';
import { folder, testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: [
    'services:\n  app:\n    image: a:1\n    depends_on: [db]\n    networks: [back]\n    volumes:\n      - data:/data\n      - ./src:/src\n    secrets: [pw]\n  db:\n    image: b:1\nnetworks:\n  back:\nvolumes:\n  data:\nsecrets:\n  pw:\n    file: ./pw.txt\n',
    { name: 'the default network', code: 'services:\n  app:\n    image: a:1\n    networks: [default]\n' },
    { name: 'an override file sees the base file', code: 'services:\n  app:\n    depends_on: [db]\n    volumes:\n      - data:/data\n', files: folder({ 'compose.yaml': 'services:\n  app:\n    image: a:1\n  db:\n    image: b:1\nvolumes:\n  data:\n' }, 'compose.override.yaml') },
    { name: 'an override without a base beside it cannot be judged', code: 'services:\n  app:\n    depends_on: [db]\n', files: folder({}, 'compose.prod.yaml') },
    { name: 'optional dependency', code: 'services:\n  app:\n    image: a:1\n    depends_on:\n      db:\n        condition: service_started\n        required: false\n' },
    { name: 'a base file completed by its override', code: 'services:\n  php:\n    restart: always\n', files: folder({ 'compose.override.yaml': 'services:\n  php:\n    build: .\n' }) },
    { name: 'variables are not judged', code: 'services:\n  app:\n    image: a:1\n    volumes:\n      - ${VOL}:/data\n' },
  ],
  invalid: [
    {
      code: 'services:\n  app:\n    image: a:1\n    depends_on:\n      - dbb\n  db:\n    image: b:1\n',
      errors: [{ messageId: 'undefined', data: { kind: 'service', name: 'dbb', hint: '`db`' }, line: 5, column: 9, endColumn: 12 }],
      suggestions: [{ title: 'Change to `db`', output: 'services:\n  app:\n    image: a:1\n    depends_on:\n      - db\n  db:\n    image: b:1\n' }],
    },
    {
      name: 'networks, volumes, secrets, configs',
      code: 'services:\n  app:\n    image: a:1\n    networks: [front]\n    volumes:\n      - data:/data\n    secrets:\n      - source: pw\n    configs: [conf]\n',
      errors: [
        { messageId: 'undefined', data: { kind: 'network', name: 'front' }, line: 4, column: 16 },
        { messageId: 'undefined', data: { kind: 'volume', name: 'data' }, line: 6, column: 9 },
        { messageId: 'undefined', data: { kind: 'secret', name: 'pw' }, line: 8, column: 9 },
        { messageId: 'undefined', data: { kind: 'config', name: 'conf' }, line: 9, column: 15 },
      ],
    },
    { name: 'extends and network_mode', code: 'services:\n  a:\n    extends: base\n  b:\n    image: x:1\n    network_mode: "service:vpn"\n', errors: [{ messageId: 'undefined', data: { name: 'base' }, line: 3 }, { messageId: 'undefined', data: { name: 'vpn' }, line: 6 }] },
    { name: 'neither image nor build', code: 'services:\n  a:\n    command: ["x"]\n', errors: [{ messageId: 'noImageNorBuild', line: 2, column: 3 }] },
  ],
});
