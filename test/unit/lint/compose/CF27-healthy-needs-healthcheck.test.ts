import { rule } from '../../../../src/core/lint/compose/rules/CF27-healthy-needs-healthcheck';
import { folder, testComposeRule } from '../../support/composeTester';

const APP = 'services:\n  app:\n    image: a:1\n    depends_on:\n      dep:\n        condition: service_healthy\n';

testComposeRule(rule, {
  valid: [
    `${APP}  dep:\n    image: b:1\n    healthcheck:\n      test: ["CMD", "true"]\n`,
    { name: 'HEALTHCHECK in the Dockerfile', code: `${APP}  dep:\n    build: ./dep\n`, files: folder({ 'dep/Dockerfile': 'FROM alpine\nHEALTHCHECK CMD true\n' }) },
    { name: 'unreadable Dockerfile', code: `${APP}  dep:\n    build: ./dep\n` },
  ],
  invalid: [
    { code: `${APP}  dep:\n    build: ./dep\n`, files: folder({ 'dep/Dockerfile': 'FROM alpine\n' }), errors: [{ messageId: 'noHealthcheck', line: 5, column: 7 }] },
    { name: 'image services: a warning', code: `${APP}  dep:\n    image: b:1\n`, errors: [{ messageId: 'imageMayHave', data: { image: 'b:1' }, line: 5 }] },
    { name: 'disabled', code: `${APP}  dep:\n    image: b:1\n    healthcheck:\n      disable: true\n`, errors: [{ messageId: 'disabled' }] },
  ],
});
