import { rule } from '../../../../src/core/lint/compose/rules/CF26-unused-declaration';
import { folder, testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: [
    { code: 'services:\n  app:\n    image: a:1\n    volumes: [data:/data]\nvolumes:\n  data:\n', files: folder({}) },
    { name: 'used by the override file', code: 'services:\n  app:\n    image: a:1\nvolumes:\n  data:\n', files: folder({ 'compose.override.yaml': 'services:\n  app:\n    volumes: [data:/data]\n' }) },
    { name: 'an override file is not judged', code: 'services:\n  app:\n    image: a:1\nvolumes:\n  data:\n', files: folder({ 'compose.yaml': '' }, 'compose.override.yaml') },
  ],
  invalid: [
    {
      code: 'services:\n  app:\n    image: a:1\nvolumes:\n  data:\nnetworks:\n  back:\n    internal: true\n',
      files: folder({}),
      errors: [
        { messageId: 'unused', data: { kind: 'volume', name: 'data' }, line: 5, column: 3 },
        { messageId: 'unused', data: { kind: 'network', name: 'back' }, line: 7, column: 3 },
      ],
      suggestions: [{ title: 'Remove the unused volume `data`', output: 'services:\n  app:\n    image: a:1\nvolumes:\nnetworks:\n  back:\n    internal: true\n' }],
    },
  ],
});
