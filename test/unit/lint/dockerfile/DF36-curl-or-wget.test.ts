import { rule } from '../../../../src/core/lint/dockerfile/rules/DF36-curl-or-wget';
import { testDockerfileRule } from '../../support/dockerfileTester';

const F = 'FROM node:20 AS foo\n';

testDockerfileRule(rule, {
  valid: [
    `${F}RUN wget --progress=dot:giga my.xyz`,
    `${F}RUN wget -q my.xyz && wget --quiet my.xyz && wget -nv my.xyz && wget --no-verbose my.xyz`,
    `${F}RUN wget --output-file=/tmp/wget.log my.xyz && wget -o /tmp/wget.log my.xyz && wget -a /tmp/wget.log my.xyz`,
    `${F}RUN wget -qO- https://x | tar xz`,
    { name: 'curl and wget in different stages', code: `${F}RUN wget -q my.xyz\nFROM scratch\nRUN curl localhost` },
    { name: 'installing both is not using both', code: 'FROM debian:12\nRUN apt-get install -y curl wget && curl -fsSLO https://x' },
  ],
  invalid: [
    {
      code: `${F}RUN wget my.xyz`,
      errors: [{ messageId: 'wgetProgress', line: 2, column: 5, endColumn: 9, severity: 'info', data: { flag: '--progress=dot:giga' } }],
      output: `${F}RUN wget --progress=dot:giga my.xyz`,
    },
    {
      name: '-O alone is not quiet',
      code: 'FROM debian:12\nRUN wget -O /tmp/x.tgz https://x',
      errors: [{ messageId: 'wgetProgress' }],
      output: 'FROM debian:12\nRUN wget --progress=dot:giga -O /tmp/x.tgz https://x',
    },
    {
      name: 'BusyBox wget gets -q',
      code: 'FROM alpine:3.20\nRUN wget https://x',
      errors: [{ messageId: 'wgetProgress', data: { flag: '-q' } }],
      output: 'FROM alpine:3.20\nRUN wget -q https://x',
    },
    {
      name: 'unknown base: suggestions only',
      code: 'FROM myorg/base:1\nRUN wget https://x',
      errors: [{ messageId: 'wgetProgress' }],
      output: null,
      suggestions: [{ output: 'FROM myorg/base:1\nRUN wget --progress=dot:giga https://x' }, { output: 'FROM myorg/base:1\nRUN wget -q https://x' }],
    },
    {
      name: 'both tools in two RUNs: the second one is reported',
      code: `${F}RUN wget -q my.xyz\nRUN curl localhost`,
      errors: [{ messageId: 'both', line: 3, column: 5, endColumn: 9, severity: 'warning', data: { first: 'wget', second: 'curl' } }],
    },
    {
      name: 'both tools in one RUN',
      code: `${F}RUN curl -fsSL a && wget -q b`,
      errors: [{ messageId: 'both', line: 2, column: 21, data: { second: 'wget' } }],
    },
    {
      name: 'per stage, once',
      code: `${F}RUN wget -q my.xyz\nRUN curl localhost\nRUN curl x\nFROM scratch\nRUN curl localhost`,
      errors: [{ messageId: 'both', line: 3 }],
    },
  ],
});
