import { rule } from '../../../../src/core/lint/dockerfile/rules/DF45-onbuild-trigger';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'ONBUILD USER anything',
    'ONBUILD LABEL bla="blubb"',
    'ONBUILD STOPSIGNAL anything',
    'ONBUILD COPY anything anywhere',
    'ONBUILD SHELL anything',
    'ONBUILD WORKDIR anything',
    'ONBUILD EXPOSE 69',
    'ONBUILD ENTRYPOINT anything',
    'ONBUILD ENV MYVAR="bla"',
    'ONBUILD ARG anything',
    'FROM debian:buster',
    'MAINTAINER "Some Guy"',
  ],
  invalid: [
    { code: 'ONBUILD ONBUILD RUN anything', errors: [{ messageId: 'forbidden', data: { trigger: 'ONBUILD' }, line: 1, column: 9, endColumn: 16 }] },
    { code: 'ONBUILD FROM debian:buster', errors: [{ messageId: 'forbidden', data: { trigger: 'FROM' }, line: 1, column: 9, endColumn: 13 }] },
    { code: 'FROM debian:12\nONBUILD MAINTAINER "Some Guy"', errors: [{ messageId: 'forbidden', data: { trigger: 'MAINTAINER' }, line: 2, column: 9 }] },
    { name: 'lowercase', code: 'from debian:12\nonbuild from debian:12', errors: [{ messageId: 'forbidden', data: { trigger: 'FROM' }, line: 2, column: 9 }] },
  ],
});
