import { rule } from '../../../../src/core/lint/dockerfile/rules/DF37-pointless-command';
import { testDockerfileRule } from '../../support/dockerfileTester';

const F = 'FROM debian:12\n';

testDockerfileRule(rule, {
  valid: [
    `${F}RUN apt-get install -y ssh vim procps`,
    `${F}RUN echo top && mkdir /mount`,
    `${F}CMD ["top", "-b"]`,
    `${F}RUN ssh-keygen -A`,
  ],
  invalid: [
    { code: `${F}RUN top`, errors: [{ messageId: 'pointless', line: 2, column: 5, endColumn: 8, severity: 'info', data: { cmd: 'top' } }] },
    {
      name: 'several commands',
      code: `${F}RUN service mysql start && mysql < /init.sql && kill $(cat /run/mysqld.pid)`,
      errors: [{ messageId: 'pointless', data: { cmd: 'service' } }, { messageId: 'pointless', data: { cmd: 'kill' } }],
    },
    { name: 'full path, sh -c', code: `${F}RUN sh -c '/sbin/ifconfig eth0'`, errors: [{ messageId: 'pointless', column: 12, endColumn: 26, data: { cmd: 'ifconfig' } }] },
    { name: 'exec form', code: `${F}RUN ["ps", "aux"]`, errors: [{ messageId: 'pointless', data: { cmd: 'ps' } }] },
    { name: 'inside a command substitution', code: `${F}RUN echo "$(free -m)" > /mem.txt`, errors: [{ messageId: 'pointless', data: { cmd: 'free' } }] },
  ],
});
