import { rule } from '../../../../src/core/lint/dockerfile/rules/DF13-pipefail';
import { testDockerfileRule } from '../../support/dockerfileTester';

const BASH = 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]';

testDockerfileRule(rule, {
  valid: [
    'FROM debian:12\nRUN wget -O - https://some.site && wc -l file > /number',
    `FROM debian:12\n${BASH}\nRUN wget -O - https://some.site | wc -l > /number`,
    'FROM debian:12\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN a | b',
    'FROM debian:12\nSHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]\nRUN a | b',
    'FROM debian:12\nSHELL ["/bin/zsh", "-o", "pipefail", "-c"]\nRUN a | b',
    { name: 'SHELL inherited from the parent stage', code: `FROM debian:12 AS base\n${BASH}\nFROM base\nRUN a | b` },
    { name: 'set -o pipefail in the RUN', code: 'FROM alpine:3.20\nRUN set -o pipefail && wget -qO- https://x | tar xz' },
    { name: 'set -euxo pipefail', code: 'FROM alpine:3.20\nRUN set -euxo pipefail; wget -qO- https://x | tar xz' },
    { name: 'heredoc with set -o pipefail', code: 'FROM debian:12\nRUN <<EOF\nset -o pipefail\na | b\nEOF' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "pwsh", "-c" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value' },
    { name: 'cmd', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["cmd.exe", "/c"]\nRUN type a | findstr b' },
    { name: '|| is not a pipe', code: 'FROM debian:12\nRUN a || b' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN wget -O - https://some.site | wc -l > /number',
      errors: [{ messageId: 'noPipefail', line: 2, column: 5, endColumn: 40, data: { first: 'wget' } }],
      suggestions: [{ title: `Insert ${BASH} before this RUN`, output: `FROM debian:12\n${BASH}\nRUN wget -O - https://some.site | wc -l > /number` }],
    },
    {
      name: 'alpine: set -o pipefail prefix',
      code: 'FROM alpine:3.20\nRUN wget -qO- https://x | tar xz',
      errors: [{ messageId: 'noPipefail', line: 2, column: 5 }],
      suggestions: [{ output: 'FROM alpine:3.20\nRUN set -o pipefail && wget -qO- https://x | tar xz' }],
    },
    {
      name: 'ARG-resolved python base has bash',
      code: 'ARG BASE=python:3.12-slim\nFROM ${BASE}\n  RUN curl -fsSL https://x | python -',
      errors: [{ messageId: 'noPipefail', line: 3 }],
      suggestions: [{ output: `ARG BASE=python:3.12-slim\nFROM \${BASE}\n  ${BASH}\n  RUN curl -fsSL https://x | python -` }],
    },
    {
      name: 'unknown base: no suggestion',
      code: 'FROM scratch\nRUN wget -O - https://some.site | wc -l > /number',
      errors: [{ messageId: 'noPipefail' }],
      suggestions: [],
    },
    {
      name: 'explicit bash SHELL without pipefail keeps its path',
      code: 'FROM myorg/base:1\nSHELL ["/usr/bin/bash", "-c"]\nRUN a | b',
      errors: [{ messageId: 'noPipefail', line: 3, column: 5, endColumn: 10 }],
      suggestions: [{ output: 'FROM myorg/base:1\nSHELL ["/usr/bin/bash", "-c"]\nSHELL ["/usr/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b' }],
    },
    {
      name: 'set -o pipefail after the pipe does not count',
      code: 'FROM debian:12\nRUN a | b && set -o pipefail',
      errors: [{ messageId: 'noPipefail' }],
    },
    {
      name: 'pipe inside sh -c',
      code: "FROM debian:12\nRUN sh -c 'a | b'",
      errors: [{ messageId: 'noPipefail', line: 2, column: 12, endColumn: 17 }],
    },
    {
      name: 'a SHELL in an unrelated stage does not count',
      code: `FROM debian:12 AS a\n${BASH}\nFROM debian:12\nRUN a | b`,
      errors: [{ messageId: 'noPipefail', line: 4 }],
    },
  ],
});
