import { rule } from '../../../../src/core/lint/dockerfile/rules/DF27-no-build-tools-in-final';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y curl libpq5',
    { name: 'builder stage', code: 'FROM debian:12 AS build\nRUN apt-get install -y gcc make\nFROM debian:12-slim\nCOPY --from=build /out /out' },
    { name: 'apk virtual group removed in the same RUN', code: 'FROM python:3.12-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev \\\n && pip install --no-cache-dir cffi==1.17.1 \\\n && apk del .build-deps' },
    { name: 'purged in the same RUN', code: 'FROM debian:12\nRUN apt-get install -y gcc && make && apt-get purge -y --auto-remove gcc' },
    {
      name: 'official-image recipe: apt-mark auto + purge --auto-remove',
      code: 'FROM debian:12\nRUN savedAptMark="$(apt-mark showmanual)" \\\n && apt-get install -y gcc libc6-dev make \\\n && make \\\n && apt-mark auto \'.*\' > /dev/null \\\n && apt-mark manual $savedAptMark \\\n && apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false',
    },
    { name: 'dnf remove', code: 'FROM fedora:40\nRUN dnf install -y gcc-14.1.1 && make && dnf remove -y gcc' },
    { name: 'a variable is not judged', code: 'FROM debian:12\nRUN apt-get install -y $BUILD_DEPS' },
    { name: 'packages that merely end in "dev"', code: 'FROM debian:12\nRUN apt-get install -y udev' },
    { name: 'a group that is not a toolchain', code: 'FROM fedora:40\nRUN dnf group install -y "Fonts"' },
    { name: 'searching is not installing', code: 'FROM debian:12\nRUN apt-cache show gcc' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get install -y gcc',
      errors: [{ messageId: 'inSingleStage', line: 2, column: 24, endColumn: 27, severity: 'info', data: { pkg: 'gcc', kind: 'a compiler' } }],
    },
    {
      name: 'multi-stage final: warning, one finding per package word',
      code: 'FROM debian:12 AS build\nRUN make\nFROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential=12.9 libssl-dev=3.0.15-1~deb12u1 curl',
      errors: [
        { messageId: 'inFinalStage', line: 4, column: 66, endColumn: 86, severity: 'warning', data: { pkg: 'build-essential', kind: 'a build tool' } },
        { messageId: 'inFinalStage', line: 4, column: 87, data: { pkg: 'libssl-dev', kind: 'development headers' } },
      ],
    },
    {
      name: 'a stage the final stage builds on',
      code: 'FROM alpine:3.20 AS base\nRUN apk add --no-cache go\nFROM base\nCMD ["/app"]',
      errors: [{ messageId: 'inFinalStage', line: 2, data: { pkg: 'go', kind: 'a language SDK' } }],
    },
    {
      name: 'rpm names with versions, and -devel',
      code: 'FROM fedora:40\nRUN dnf install -y gcc-c++-14.1.1-1.fc40 python3-devel',
      errors: [
        { messageId: 'inSingleStage', data: { pkg: 'gcc-c++' } },
        { messageId: 'inSingleStage', data: { pkg: 'python3-devel' } },
      ],
    },
    {
      name: 'a removal of another package does not count',
      code: 'FROM debian:12\nRUN apt-get install -y gcc make && apt-get purge -y make',
      errors: [{ messageId: 'inSingleStage', data: { pkg: 'gcc' } }],
    },
    {
      name: 'a removal in a later RUN does not count',
      code: 'FROM debian:12\nRUN apt-get install -y clang-16\nRUN apt-get purge -y clang-16',
      errors: [{ messageId: 'inSingleStage', line: 2, data: { pkg: 'clang-16', kind: 'a compiler' } }],
    },
    {
      name: 'development group and zypper pattern',
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n install -t pattern devel_basis && zypper -n in openjdk-17-jdk',
      errors: [
        { messageId: 'inSingleStage', data: { pkg: 'devel_basis', kind: 'a build tool' } },
        { messageId: 'inSingleStage', data: { pkg: 'openjdk-17-jdk', kind: 'a language SDK' } },
      ],
    },
    {
      name: 'dnf group install',
      code: 'FROM fedora:40\nRUN dnf -y group install "Development Tools"',
      errors: [{ messageId: 'inSingleStage', column: 26, endColumn: 45 }],
    },
    {
      name: 'apt with an architecture suffix, inside sh -c',
      code: "FROM debian:12\nRUN sh -c 'apt-get install -y g++:amd64'",
      errors: [{ messageId: 'inSingleStage', data: { pkg: 'g++' } }],
    },
  ],
});
