import { rule } from '../../../../src/core/lint/compose/rules/CF07-restart-policy';
import { folder, testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    restart: unless-stopped\n',
    'services:\n  web:\n    image: nginx:1.27\n    restart: "on-failure:3"\n',
    { name: 'swarm restart policy', code: 'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      restart_policy:\n        condition: on-failure\n' },
    { name: 'development file', code: 'services:\n  web:\n    image: nginx:1.27\n', files: folder({}, 'compose.override.yaml') },
    { name: 'a one-shot migration job', code: 'services:\n  app:\n    image: a:1\n    restart: always\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n  migrate:\n    image: a:1\n' },
    { name: 'from a merged anchor', code: 'x-base: &base\n  restart: always\nservices:\n  web:\n    <<: *base\n    image: nginx:1.27\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "80:80"\n',
      errors: [{ messageId: 'missing', line: 2, column: 3, endColumn: 6 }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "80:80"\n    restart: unless-stopped\n',
    },
    { code: 'services:\n  web:\n    image: nginx:1.27\n    restart: allways\n', errors: [{ messageId: 'invalid', data: { value: 'allways' }, line: 4, column: 14 }] },
    {
      name: 'unquoted no',
      code: 'services:\n  job:\n    image: a:1\n    restart: no\n',
      errors: [{ messageId: 'unquotedNo', line: 4, column: 14 }],
      output: 'services:\n  job:\n    image: a:1\n    restart: "no"\n',
    },
  ],
});
