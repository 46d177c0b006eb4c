import { rule } from '../../../../src/core/lint/dockerfile/rules/DF34-no-zypper-dist-upgrade';
import { testDockerfileRule } from '../../support/dockerfileTester';

const F = 'FROM opensuse/leap:15.6\n';

testDockerfileRule(rule, {
  valid: [`${F}RUN zypper -n patch`, `${F}RUN zypper -n update`, `${F}RUN zypper -n install dup`, `${F}RUN echo zypper dup`],
  invalid: [
    { code: `${F}RUN zypper dist-upgrade`, errors: [{ messageId: 'distUpgrade', line: 2, column: 12, endColumn: 24, data: { verb: 'dist-upgrade' } }] },
    { code: `${F}RUN zypper dup`, errors: [{ messageId: 'distUpgrade', column: 12, endColumn: 15, data: { verb: 'dup' } }] },
    { name: 'global options first, lowercase run', code: `${F}run zypper --non-interactive --gpg-auto-import-keys dup -l`, errors: [{ messageId: 'distUpgrade', column: 53 }] },
    { name: 'inside sh -c', code: `${F}RUN sh -c "zypper -n dup"`, errors: [{ messageId: 'distUpgrade', column: 22 }] },
  ],
});
