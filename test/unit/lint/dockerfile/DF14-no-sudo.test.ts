import { rule } from '../../../../src/core/lint/dockerfile/rules/DF14-no-sudo';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y sudo',
    'FROM debian:12\nRUN echo sudo',
    'FROM debian:12\nUSER root\nRUN apt-get update',
    { name: 'sudoers file edits are not sudo', code: 'FROM debian:12\nRUN echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN sudo apt-get update',
      errors: [{ messageId: 'sudo', line: 2, column: 5, endColumn: 9, severity: 'error' }],
      output: 'FROM debian:12\nRUN apt-get update',
    },
    {
      name: 'in a chain, with USER root',
      code: 'FROM debian:12\nUSER app\nUSER root\nRUN mkdir /x && sudo chown app /x',
      errors: [{ messageId: 'sudo', line: 4, column: 17 }],
      output: 'FROM debian:12\nUSER app\nUSER root\nRUN mkdir /x && chown app /x',
    },
    {
      name: 'exec form',
      code: 'FROM debian:12\nRUN ["sudo", "apt-get", "update"]',
      errors: [{ messageId: 'sudo', line: 2, column: 7, endColumn: 11 }],
      output: 'FROM debian:12\nRUN ["apt-get", "update"]',
    },
    {
      name: 'sudo with options: no mechanical fix',
      code: 'FROM debian:12\nRUN sudo -u app make',
      errors: [{ messageId: 'sudo' }],
      output: null,
    },
    {
      name: 'after a non-root USER: a suggestion that switches users',
      code: 'FROM debian:12\nUSER app\nRUN sudo apt-get update',
      errors: [{ messageId: 'sudo', line: 3, data: { user: 'app' } }],
      output: null,
      suggestions: [{ output: 'FROM debian:12\nUSER app\nUSER root\nRUN apt-get update\nUSER app' }],
    },
    {
      name: 'USER inherited from the parent stage',
      code: 'FROM debian:12 AS base\nUSER 1001\nFROM base\nRUN sudo make install',
      errors: [{ messageId: 'sudo', line: 4 }],
      output: null,
      suggestions: [{ output: 'FROM debian:12 AS base\nUSER 1001\nFROM base\nUSER root\nRUN make install\nUSER 1001' }],
    },
    {
      name: 'inside sh -c',
      code: "FROM debian:12\nRUN sh -c 'sudo make install'",
      errors: [{ messageId: 'sudo', line: 2, column: 12 }],
      output: "FROM debian:12\nRUN sh -c 'make install'",
    },
  ],
});
