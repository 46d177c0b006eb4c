import { rule } from '../../../../src/core/lint/dockerfile/rules/DF31-rpm-assume-yes';
import { testDockerfileRule } from '../../support/dockerfileTester';

const F = 'FROM fedora:40\n';

testDockerfileRule(rule, {
  valid: [
    `${F}RUN yum install -y httpd-2.4.24 && yum clean all`,
    `${F}RUN dnf -y install httpd && dnf clean all`,
    `${F}RUN dnf install --assumeyes httpd`,
    `${F}RUN microdnf -y install httpd`,
    `${F}RUN dnf -qy upgrade`,
    'FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4.24 && zypper clean',
    'FROM opensuse/leap:15.6\nRUN zypper -n install httpd && zypper --non-interactive rm vim',
    `${F}RUN dnf clean all && dnf makecache && dnf search httpd`,
    `${F}RUN notdnf install httpd`,
  ],
  invalid: [
    {
      code: `${F}RUN yum install httpd-2.4.24 && yum clean all`,
      errors: [{ messageId: 'assumeYes', line: 2, column: 9, endColumn: 16, data: { tool: 'yum', verb: 'install', flag: '-y' } }],
      output: `${F}RUN yum install -y httpd-2.4.24 && yum clean all`,
    },
    {
      name: 'dnf and microdnf',
      code: `${F}RUN dnf in httpd && microdnf install tomcat`,
      errors: [
        { messageId: 'assumeYes', column: 9, endColumn: 11 },
        { messageId: 'assumeYes', data: { tool: 'microdnf' } },
      ],
      output: `${F}RUN dnf in -y httpd && microdnf install -y tomcat`,
    },
    {
      name: 'yum groupinstall and dnf module install',
      code: `${F}RUN yum groupinstall "Development Tools" && dnf module install nodejs:20`,
      errors: [{ messageId: 'assumeYes', column: 9 }, { messageId: 'assumeYes', data: { verb: 'install' } }],
      output: `${F}RUN yum groupinstall -y "Development Tools" && dnf module install -y nodejs:20`,
    },
    {
      name: 'upgrades and removals prompt too',
      code: `${F}RUN dnf upgrade && dnf remove vim-minimal`,
      errors: [{ messageId: 'assumeYes' }, { messageId: 'assumeYes' }],
      output: `${F}RUN dnf upgrade -y && dnf remove -y vim-minimal`,
    },
    {
      name: 'zypper gets the global -n',
      code: 'FROM opensuse/leap:15.6\nRUN zypper install httpd=2.4.24 && zypper clean',
      errors: [{ messageId: 'assumeYes', column: 12, endColumn: 19, data: { flag: 'zypper -n' } }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper -n install httpd=2.4.24 && zypper clean',
    },
    {
      name: 'exec form',
      code: `${F}RUN ["dnf", "install", "httpd"]`,
      errors: [{ messageId: 'assumeYes' }],
      output: `${F}RUN ["dnf", "install", "-y", "httpd"]`,
    },
  ],
});
