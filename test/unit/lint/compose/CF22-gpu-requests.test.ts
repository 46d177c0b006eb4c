import { rule } from '../../../../src/core/lint/compose/rules/CF22-gpu-requests';
import { testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: [
    'services:\n  t:\n    image: a:1\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - driver: nvidia\n              count: 1\n              capabilities: [gpu]\n    environment:\n      NVIDIA_VISIBLE_DEVICES: all\n',
    'services:\n  t:\n    image: a:1\n    gpus: all\n',
  ],
  invalid: [
    {
      code: 'services:\n  t:\n    image: a:1\n    runtime: nvidia\n',
      errors: [{ messageId: 'legacyRuntime', line: 4, column: 5, endColumn: 20 }],
      output: 'services:\n  t:\n    image: a:1\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - driver: nvidia\n              count: all\n              capabilities: [gpu]\n',
    },
    { code: 'services:\n  t:\n    image: a:1\n    environment:\n      - NVIDIA_VISIBLE_DEVICES=all\n', errors: [{ messageId: 'envOnly', line: 5, column: 9 }] },
    { code: 'services:\n  t:\n    image: a:1\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - driver: nvidia\n              count: 1\n              capabilities: [utility]\n', errors: [{ messageId: 'noGpuCapability', line: 8, column: 15 }] },
  ],
});
