import { rule } from '../../../../src/core/lint/dockerfile/rules/DF33-apt-get-not-apt';
import { testDockerfileRule } from '../../support/dockerfileTester';

const F = 'FROM debian:12\n';

testDockerfileRule(rule, {
  valid: [
    `${F}RUN apt-get install -y python`,
    `${F}RUN apt-cache search python`,
    `${F}RUN apt-get install -y apt python`,
    `${F}RUN echo apt install`,
    `${F}RUN rm -rf /var/lib/apt/lists/*`,
  ],
  invalid: [
    {
      code: `${F}RUN apt install -y python`,
      errors: [{ messageId: 'useAptGet', line: 2, column: 5, endColumn: 8, data: { replacement: 'apt-get install' } }],
      output: `${F}RUN apt-get install -y python`,
    },
    {
      name: 'global options before the subcommand',
      code: `${F}RUN apt -y install python`,
      errors: [{ messageId: 'useAptGet', data: { replacement: 'apt-get install' } }],
      output: `${F}RUN apt-get -y install python`,
    },
    {
      name: 'apt-cache subcommands',
      code: `${F}RUN apt update && apt search python && apt policy python`,
      errors: [
        { messageId: 'useAptGet', column: 5 },
        { messageId: 'useAptGet', column: 19, data: { replacement: 'apt-cache search' } },
        { messageId: 'useAptGet', column: 40, data: { replacement: 'apt-cache policy' } },
      ],
      output: `${F}RUN apt-get update && apt-cache search python && apt-cache policy python`,
    },
    {
      name: 'full-upgrade becomes dist-upgrade',
      code: `${F}RUN /usr/bin/apt full-upgrade -y`,
      errors: [{ messageId: 'useAptGet', column: 5, endColumn: 17, data: { replacement: 'apt-get dist-upgrade' } }],
      output: `${F}RUN /usr/bin/apt-get dist-upgrade -y`,
    },
    {
      name: 'exec form and sh -c',
      code: `${F}RUN ["apt", "update"]\nRUN sh -c 'apt remove -y vim'`,
      errors: [{ messageId: 'useAptGet', line: 2, column: 7, endColumn: 10 }, { messageId: 'useAptGet', line: 3, column: 12 }],
      output: `${F}RUN ["apt-get", "update"]\nRUN sh -c 'apt-get remove -y vim'`,
    },
    {
      name: 'apt list has no script equivalent',
      code: `${F}RUN apt list --installed`,
      errors: [{ messageId: 'noScriptEquivalent' }],
      output: null,
    },
  ],
});
