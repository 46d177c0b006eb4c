import { rule } from '../../../../src/core/lint/dockerfile/rules/DF44-first-instruction';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM foo\nLABEL foo=bar',
    '# syntax = docker/dockerfile:1.0-experimental\nFROM node:16-alpine3.13',
    'ARG BASE=alpine:3.20\nARG OTHER\nFROM ${BASE}',
    { name: 'comments and blank lines first', code: '# escape=`\n\n# build the app\nfrom alpine:3.20' },
    { name: 'an empty file', code: '' },
  ],
  invalid: [
    { code: 'LABEL foo=bar\nFROM foo', errors: [{ messageId: 'beforeFrom', data: { keyword: 'LABEL' }, line: 1, column: 1, endColumn: 6 }] },
    { name: 'after a global ARG', code: 'ARG V=1\nENV V=$V\nFROM alpine:3.20', errors: [{ messageId: 'beforeFrom', data: { keyword: 'ENV' }, line: 2 }] },
    { name: 'only the first one', code: '# comment\nRUN echo a\nRUN echo b\nFROM alpine:3.20', errors: [{ messageId: 'beforeFrom', line: 2 }] },
    { name: 'no FROM at all', code: 'COPY a b', errors: [{ messageId: 'noFrom', line: 1, column: 1, endColumn: 5 }] },
  ],
});
