import { rule } from '../../../../src/core/lint/dockerfile/rules/DF12-consecutive-run';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM debian:12\nRUN /foo.sh',
    'FROM debian:12\nRUN /foo.sh\nWORKDIR /\nRUN /bar.sh',
    { name: 'different mount flags', code: 'FROM debian:12\nRUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh' },
    { name: 'first RUN already chains commands', code: 'FROM debian:12\nRUN foo && bar\nRUN foobar' },
    { name: 'second RUN already chains commands', code: 'FROM debian:12\nRUN foobar\nRUN foo; bar' },
    { name: 'exec form', code: 'FROM debian:12\nRUN ["/foo.sh"]\nRUN /bar.sh' },
    { name: 'heredoc', code: 'FROM debian:12\nRUN <<EOF\n/foo.sh\nEOF\nRUN /bar.sh' },
    { name: 'different stages', code: 'FROM debian:12 AS a\nRUN /foo.sh\nFROM debian:12\nRUN /bar.sh' },
    { name: 'update then install is DF39', code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Write-Host a\nRUN Write-Host b' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN /foo.sh\nRUN /bar.sh',
      errors: [{ messageId: 'consecutive', line: 3, column: 1, endColumn: 4, severity: 'info' }],
      output: 'FROM debian:12\nRUN /foo.sh && \\\n    /bar.sh',
    },
    {
      name: 'comments between are kept, blank lines dropped',
      code: 'FROM debian:12\nRUN /foo.sh\n# a comment\n\n# another comment\nRUN /bar.sh',
      errors: [{ messageId: 'consecutive', line: 6 }],
      output: 'FROM debian:12\nRUN /foo.sh && \\\n# a comment\n# another comment\n    /bar.sh',
    },
    {
      name: 'same mount flags',
      code: 'FROM debian:12\nRUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=foo /bar.sh',
      errors: [{ messageId: 'consecutive', line: 3 }],
      output: 'FROM debian:12\nRUN --mount=type=secret,id=foo /foo.sh && \\\n    /bar.sh',
    },
    {
      name: 'three in a row, lowercase keyword',
      code: 'FROM debian:12\nrun mkdir /a\nrun mkdir /b\nrun mkdir /c',
      errors: [
        { messageId: 'consecutive', line: 3 },
        { messageId: 'consecutive', line: 4 },
      ],
      output: 'FROM debian:12\nrun mkdir /a && \\\n    mkdir /b && \\\n    mkdir /c',
    },
    {
      name: 'continuation indentation is reused',
      code: 'FROM debian:12\nRUN useradd \\\n  --create-home app\nRUN mkdir /srv',
      errors: [{ messageId: 'consecutive', line: 4 }],
      output: 'FROM debian:12\nRUN useradd \\\n  --create-home app && \\\n  mkdir /srv',
    },
    {
      name: 'CRLF line endings',
      code: 'FROM debian:12\r\nRUN /foo.sh\r\nRUN /bar.sh\r\n',
      errors: [{ messageId: 'consecutive', line: 3 }],
      output: 'FROM debian:12\r\nRUN /foo.sh && \\\r\n    /bar.sh\r\n',
    },
    {
      name: 'cd would leak into the next command: no fix',
      code: 'FROM debian:12\nRUN cd /tmp\nRUN make',
      errors: [{ messageId: 'consecutive', line: 3 }],
      output: null,
    },
    {
      name: 'a trailing comment would swallow the join: no fix',
      code: 'FROM debian:12\nRUN /foo.sh # setup\nRUN /bar.sh',
      errors: [{ messageId: 'consecutive', line: 3 }],
      output: null,
    },
  ],
});
