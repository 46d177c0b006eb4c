import { rule } from '../../../../src/core/lint/dockerfile/rules/DF50-copy-relative-without-workdir';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'COPY bla.sh /usr/local/bin/blubb.sh',
    'COPY bla.sh "/usr/local/bin/blubb.sh"',
    'COPY bla.sh c:\\system32\\blubb.sh',
    'COPY bla.sh d:/mypath/blubb.sh',
    'FROM scratch\nWORKDIR /usr\nCOPY bla.sh blubb.sh',
    'COPY src.sh "${SRC_BASE_ENV}"',
    'COPY src.sh "$SRC_BASE_ENV"',
    'FROM debian:buster as base\nWORKDIR /usr\nFROM debian:buster as stage-inbetween\nRUN foo\nFROM base\nCOPY foo bar',
    'FROM debian:buster as base1\nWORKDIR /usr\nFROM base1 as base2\nRUN foo\nFROM base2\nCOPY foo bar',
    { name: 'ONBUILD COPY runs in the child build', code: 'FROM debian:buster\nONBUILD COPY foo bar' },
    { name: 'JSON form, absolute', code: 'FROM alpine:3.20\nCOPY ["a b", "/app/"]' },
  ],
  invalid: [
    {
      code: 'COPY bla.sh blubb.sh',
      errors: [{ messageId: 'relativeDestination', data: { dest: 'blubb.sh' }, line: 1, column: 13, endColumn: 21 }],
      suggestions: [{ title: 'Set WORKDIR /app before this instruction', output: 'WORKDIR /app\nCOPY bla.sh blubb.sh' }],
    },
    { name: 'a WORKDIR in another stage does not count', code: 'FROM debian:buster as stage1\nWORKDIR /usr\nFROM debian:buster\nCOPY foo bar', errors: [{ messageId: 'relativeDestination', line: 4, column: 10 }] },
    { name: 'WORKDIR after the COPY', code: 'FROM python:3.12-slim\nCOPY . .\nWORKDIR /app', errors: [{ messageId: 'relativeDestination', data: { dest: '.' }, line: 2, column: 8, endColumn: 9 }], suggestions: [{ output: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nWORKDIR /app' }] },
    { name: 'ADD, quoted', code: 'FROM alpine:3.20\nADD app.tar.gz "opt/"', errors: [{ messageId: 'relativeDestination', data: { dest: 'opt/' }, line: 2, column: 17, endColumn: 21 }] },
    { name: 'indented, lowercase keyword', code: 'from alpine:3.20\n  copy a b/', errors: [{ messageId: 'relativeDestination', line: 2 }], suggestions: [{ output: 'from alpine:3.20\n  WORKDIR /app\n  copy a b/' }] },
  ],
});
