import { rule } from '../../../../src/core/lint/dockerfile/rules/DF39-apt-update-alone';
import { testDockerfileRule } from '../../support/dockerfileTester';

const F = 'FROM debian:12\n';

testDockerfileRule(rule, {
  valid: [
    `${F}RUN apt-get update && apt-get install -y curl`,
    `${F}RUN apt-get update && apt-get upgrade -y`,
    'FROM alpine:3.20\nRUN apk update && apk add curl',
    `${F}RUN apt-get install -y ./pkg.deb`,
    `${F}RUN echo apt-get update`,
  ],
  invalid: [
    {
      code: `${F}RUN apt-get update\nRUN apt-get install -y curl`,
      errors: [{ messageId: 'updateAlone', line: 2, column: 5, endColumn: 19, severity: 'warning', data: { command: 'apt-get update' } }],
      output: `${F}RUN apt-get update && \\\n    apt-get install -y curl`,
    },
    {
      name: 'apk',
      code: 'FROM alpine:3.20\nRUN apk update\nRUN apk add --no-cache curl',
      errors: [{ messageId: 'updateAlone', data: { command: 'apk update', install: 'apk add' } }],
      output: 'FROM alpine:3.20\nRUN apk update && \\\n    apk add --no-cache curl',
    },
    {
      name: 'apt update with options, comment in between, continuation in the install',
      code: `${F}RUN apt -qq update\n# tools\nRUN apt-get install -y \\\n    curl`,
      errors: [{ messageId: 'updateAlone', column: 5, endColumn: 19, data: { command: 'apt update' } }],
      output: `${F}RUN apt -qq update && \\\n# tools\n    apt-get install -y \\\n    curl`,
    },
    {
      name: 'leading && style is followed',
      code: `${F}RUN apt-get update\nRUN apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists/*`,
      errors: [{ messageId: 'updateAlone' }],
      output: `${F}RUN apt-get update \\\n && apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists/*`,
    },
    {
      name: 'next instruction is not a RUN: no fix',
      code: `${F}RUN apt-get update\nCOPY . /app\nRUN apt-get install -y curl`,
      errors: [{ messageId: 'updateAlone' }],
      output: null,
    },
    {
      name: 'next RUN does not install: no fix',
      code: `${F}RUN apt-get update\nRUN echo done`,
      errors: [{ messageId: 'updateAlone' }],
      output: null,
    },
    {
      name: 'next RUN with ; could hide a failed update: no fix',
      code: `${F}RUN apt-get update\nRUN apt-get install -y curl; echo done`,
      errors: [{ messageId: 'updateAlone' }],
      output: null,
    },
    {
      name: 'different flags: no fix',
      code: `${F}RUN apt-get update\nRUN --mount=type=cache,target=/var/cache/apt apt-get install -y curl`,
      errors: [{ messageId: 'updateAlone' }],
      output: null,
    },
    {
      name: 'last RUN of the stage, lowercase',
      code: `${F}run apt-get update\nFROM debian:12\nRUN apt-get install -y curl`,
      errors: [{ messageId: 'updateAlone', line: 2 }],
      output: null,
    },
  ],
});
