import { rule } from '../../../../src/core/lint/compose/rules/CF09-container-name-scale';
import { testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: ['services:\n  web:\n    image: nginx:1.27\n    container_name: web\n', 'services:\n  w:\n    image: a:1\n    deploy:\n      replicas: 3\n', 'services:\n  w:\n    image: a:1\n    container_name: w\n    deploy:\n      replicas: 1\n'],
  invalid: [
    {
      code: 'services:\n  worker:\n    image: a:1\n    container_name: worker\n    deploy:\n      replicas: 3\n',
      errors: [{ messageId: 'scaled', data: { count: '3' }, line: 4, column: 5, endColumn: 27 }],
      output: 'services:\n  worker:\n    image: a:1\n    deploy:\n      replicas: 3\n',
    },
    {
      name: 'scale',
      code: 'services:\n  worker:\n    container_name: w1\n    image: a:1\n    scale: 2\n',
      errors: [{ messageId: 'scaled', line: 3 }],
      output: 'services:\n  worker:\n    image: a:1\n    scale: 2\n',
    },
  ],
});
