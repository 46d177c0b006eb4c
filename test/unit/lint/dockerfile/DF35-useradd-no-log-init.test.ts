import { rule } from '../../../../src/core/lint/dockerfile/rules/DF35-useradd-no-log-init';
import { testDockerfileRule } from '../../support/dockerfileTester';

const F = 'FROM debian:12\n';

testDockerfileRule(rule, {
  valid: [
    `${F}RUN useradd luser`,
    `${F}RUN useradd -u 12345 luser`,
    `${F}RUN useradd -l -u 123456 luser`,
    `${F}RUN useradd -lu 123456 luser`,
    `${F}RUN useradd --no-log-init --uid=123456 luser`,
    `${F}RUN useradd -u 65535 luser`,
    { name: 'a UID from an unknown variable', code: `${F}RUN useradd -u "$APP_UID" luser` },
    { name: 'variable with a low default', code: `${F}ARG UID=1000\nRUN useradd -u \${UID} app` },
    { name: '-u as the value of another option', code: `${F}RUN useradd -c -u123456 app` },
    { name: 'exec form does not expand variables', code: `${F}ENV APP_UID=200000\nRUN ["useradd", "-u", "$APP_UID", "app"]` },
  ],
  invalid: [
    {
      code: `${F}RUN useradd -u 123456 luser`,
      errors: [{ messageId: 'noLogInit', line: 2, column: 16, endColumn: 22, data: { uid: 123456, size: '36 MB' } }],
      output: `${F}RUN useradd -l -u 123456 luser`,
    },
    {
      name: '--uid=',
      code: `${F}RUN groupadd -g 100000 app && useradd --uid=100000 --gid 100000 -m app`,
      errors: [{ messageId: 'noLogInit', column: 39, endColumn: 51 }],
      output: `${F}RUN groupadd -g 100000 app && useradd -l --uid=100000 --gid 100000 -m app`,
    },
    {
      name: 'combined short options',
      code: `${F}RUN useradd -mu 1000000 app`,
      errors: [{ messageId: 'noLogInit', data: { size: '292 MB' } }],
      output: `${F}RUN useradd -l -mu 1000000 app`,
    },
    {
      name: 'attached value',
      code: `${F}RUN /usr/sbin/useradd -u70000 app`,
      errors: [{ messageId: 'noLogInit', column: 23, endColumn: 30 }],
      output: `${F}RUN /usr/sbin/useradd -l -u70000 app`,
    },
    {
      name: 'UID from a global ARG default',
      code: `ARG APP_UID=200000\n${F}ARG APP_UID\nRUN useradd -u $APP_UID app`,
      errors: [{ messageId: 'noLogInit', line: 4, data: { uid: 200000 } }],
      output: `ARG APP_UID=200000\n${F}ARG APP_UID\nRUN useradd -l -u $APP_UID app`,
    },
    {
      name: 'exec form',
      code: `${F}RUN ["useradd", "-u", "200000", "app"]`,
      errors: [{ messageId: 'noLogInit', line: 2 }],
      output: `${F}RUN ["useradd", "-l", "-u", "200000", "app"]`,
    },
    {
      name: 'UID from ENV',
      code: `${F}ENV APP_UID=424242\nRUN useradd -u \${APP_UID} app`,
      errors: [{ messageId: 'noLogInit', line: 3 }],
      output: `${F}ENV APP_UID=424242\nRUN useradd -l -u \${APP_UID} app`,
    },
  ],
});
