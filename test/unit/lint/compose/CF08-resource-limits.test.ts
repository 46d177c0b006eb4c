import { rule } from '../../../../src/core/lint/compose/rules/CF08-resource-limits';
import { folder, testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      resources:\n        limits:\n          cpus: "0.5"\n          memory: 256M\n',
    'services:\n  web:\n    image: nginx:1.27\n    mem_limit: 512m\n    cpus: 1.5\n',
    { name: 'development file', code: 'services:\n  web:\n    image: nginx:1.27\n', files: folder({}, 'compose.dev.yaml') },
    { name: 'limits from an anchor', code: 'x-l: &l\n  deploy: {resources: {limits: {cpus: "1", memory: 1G}}}\nservices:\n  web:\n    <<: *l\n    image: nginx:1.27\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      errors: [{ messageId: 'missing', data: { what: 'CPU or memory' }, line: 2, column: 3 }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      resources:\n        limits:\n          cpus: "1.0"\n          memory: 512M\n',
    },
    { code: 'services:\n  web:\n    image: nginx:1.27\n    mem_limit: 512m\n', errors: [{ messageId: 'missing', data: { what: 'CPU' } }] },
    {
      name: 'a size without unit, even in a development file',
      code: 'services:\n  web:\n    image: nginx:1.27\n    mem_limit: 512\n',
      files: folder({}, 'compose.override.yaml'),
      errors: [{ messageId: 'bytes', data: { value: '512' }, line: 4, column: 16 }],
    },
  ],
});
