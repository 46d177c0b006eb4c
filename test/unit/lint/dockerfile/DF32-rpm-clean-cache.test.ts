import { rule } from '../../../../src/core/lint/dockerfile/rules/DF32-rpm-clean-cache';
import { testDockerfileRule } from '../../support/dockerfileTester';

const F = 'FROM fedora:40\n';

testDockerfileRule(rule, {
  valid: [
    `${F}RUN yum install -y mariadb-10.4 && yum clean all`,
    `${F}RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*`,
    `${F}RUN dnf in -y mariadb-10.4 && dnf clean all`,
    `${F}RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*`,
    `${F}RUN microdnf install -y mariadb-10.4 && microdnf clean all`,
    { name: 'cache mount', code: `${F}RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y mariadb-10.4` },
    { name: 'tmpfs mount', code: `${F}RUN --mount=type=tmpfs,target=/var/cache/dnf dnf -y up` },
    'FROM opensuse/leap:15.6\nRUN zypper install -y mariadb=10.4 && zypper cc',
    'FROM opensuse/leap:15.6\nRUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y mariadb',
    { name: 'builder stage', code: 'FROM fedora:40 AS build\nRUN dnf install -y gcc-14.1.1\nFROM fedora:40\nCOPY --from=build /out /out' },
    `${F}RUN dnf search httpd`,
  ],
  invalid: [
    {
      code: `${F}RUN dnf install -y mariadb-10.4`,
      errors: [{ messageId: 'noClean', line: 2, column: 5, endColumn: 8, data: { clean: 'dnf clean all' } }],
      output: `${F}RUN dnf install -y mariadb-10.4 && dnf clean all`,
    },
    {
      name: 'yum',
      code: `${F}RUN yum install -y mariadb-10.4`,
      errors: [{ messageId: 'noClean', data: { clean: 'yum clean all' } }],
      output: `${F}RUN yum install -y mariadb-10.4 && yum clean all`,
    },
    {
      name: 'the clean must come after the install',
      code: `${F}RUN microdnf clean all && microdnf install -y mariadb-10.4`,
      errors: [{ messageId: 'noClean', column: 27 }],
      output: `${F}RUN microdnf clean all && microdnf install -y mariadb-10.4 && microdnf clean all`,
    },
    {
      name: 'and use the same tool',
      code: `${F}RUN dnf install -y mariadb-10.4 && microdnf clean all`,
      errors: [{ messageId: 'noClean' }],
      output: `${F}RUN dnf install -y mariadb-10.4 && microdnf clean all && dnf clean all`,
    },
    {
      name: 'upgrades fill the cache too',
      code: `${F}RUN dnf -y upgrade-minimal`,
      errors: [{ messageId: 'noClean' }],
      output: `${F}RUN dnf -y upgrade-minimal && dnf clean all`,
    },
    {
      name: 'zypper',
      code: 'FROM opensuse/leap:15.6\nRUN zypper install -y mariadb=10.4',
      errors: [{ messageId: 'noClean', data: { clean: 'zypper clean --all' } }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper install -y mariadb=10.4 && zypper clean --all',
    },
    {
      name: 'a stage the final stage builds on, continuation lines',
      code: 'FROM fedora:40 AS base\nRUN dnf install -y \\\n      httpd-2.4.62\nFROM base\nCMD ["httpd", "-DFOREGROUND"]',
      errors: [{ messageId: 'noClean', line: 2 }],
      output: 'FROM fedora:40 AS base\nRUN dnf install -y \\\n      httpd-2.4.62 && dnf clean all\nFROM base\nCMD ["httpd", "-DFOREGROUND"]',
    },
    {
      name: 'exec form cannot take an append',
      code: `${F}RUN ["dnf", "install", "-y", "httpd"]`,
      errors: [{ messageId: 'noClean' }],
      output: null,
    },
  ],
});
