import { rule } from '../../../../src/core/lint/dockerfile/rules/DF38-default-shell-via-ln';
import { testDockerfileRule } from '../../support/dockerfileTester';

const F = 'FROM debian:12\n';

testDockerfileRule(rule, {
  valid: [
    `${F}RUN ln -sf /bin/true /sbin/initctl`,
    `${F}RUN ln -s foo bar && unrelated && something_with /bin/sh`,
    `${F}RUN ln -s /bin/sh /usr/local/bin/mysh`,
    `${F}SHELL ["/bin/bash", "-c"]`,
  ],
  invalid: [
    {
      code: `${F}RUN ln -sfv /bin/bash /bin/sh`,
      errors: [{ messageId: 'lnSh', line: 2, column: 23, endColumn: 30, data: { shell: '/bin/bash' } }],
      suggestions: [{ title: 'Replace this RUN with SHELL ["/bin/bash", "-c"]', output: `${F}SHELL ["/bin/bash", "-c"]` }],
    },
    {
      name: 'inside a longer RUN: no suggestion',
      code: `${F}RUN rm /bin/sh && ln -s /bin/bash /bin/sh`,
      errors: [{ messageId: 'lnSh' }],
      suggestions: [],
    },
    {
      name: 'dash reconfigured the Debian way is not this rule; /usr/bin/sh is',
      code: `${F}RUN ln -sf bash /usr/bin/sh`,
      errors: [{ messageId: 'lnSh', data: { target: '/usr/bin/sh', shell: '/bin/bash' } }],
      suggestions: [{ output: `${F}SHELL ["/bin/bash", "-c"]` }],
    },
    {
      name: 'continuation lines',
      code: `${F}RUN ln -sf \\\n    /bin/zsh /bin/sh\nCMD ["zsh"]`,
      errors: [{ messageId: 'lnSh', line: 3, data: { shell: '/bin/zsh' } }],
      suggestions: [{ output: `${F}SHELL ["/bin/zsh", "-c"]\nCMD ["zsh"]` }],
    },
  ],
});
