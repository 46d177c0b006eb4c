import * as assert from 'node:assert/strict';
import { dockerfileAdapter } from '../../../../src/core/lint/dockerfile/adapter';
import { rule } from '../../../../src/core/lint/dockerfile/rules/DF60-dockerfile-syntax';
import { lintWith } from '../../../../src/core/lint/engine';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM alpine:3.20\nRUN echo hi',
    '# syntax=docker/dockerfile:1\n# escape=\\\nARG BASE=alpine:3.20\nFROM ${BASE} AS build\nCOPY --from=build --chown=1:1 --chmod=644 --link a /b\nADD --checksum=sha256:abc --keep-git-dir=true https://example.com/x /y\nHEALTHCHECK --interval=30s --timeout=3s CMD ["true"]',
    { name: 'left to other rules: casing, MAINTAINER, several CMDs, relative WORKDIR, single quotes', code: 'from alpine:3.20\nMAINTAINER me\nWORKDIR app\nCMD [\'a\']\nCMD ["b"]' },
    { name: 'left to other rules: duplicate stages, ports, empty base name, HEALTHCHECK options', code: 'FROM alpine:3.20 AS a\nFROM alpine:3.20 AS a\nEXPOSE abc\nHEALTHCHECK --interval=5 --retries=0 --foo=1 CMD true\nFROM $UNDEFINED' },
    { name: 'HEALTHCHECK duplicate or empty options are the HEALTHCHECK rule’s', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=1s --interval=2s --timeout CMD true' },
    { name: 'empty continuation line is another rule’s', code: 'FROM alpine:3.20\nRUN echo a \\\n\n  && echo b' },
    { name: 'dockerfile-utils ignore comment', code: 'FROM alpine:3.20\n# dockerfile-utils: ignore\nRUNN echo hi' },
    { name: 'left to DF44, DF45 and DF49: no FROM first, ONBUILD triggers, several sources into a file', code: 'RUN echo hi\nFROM alpine:3.20\nONBUILD ONBUILD RUN x\nONBUILD FROM x\nCOPY a.txt b.txt /app' },
    { name: 'heredoc content is not read as instructions', code: 'FROM alpine:3.20\nRUN <<EOF\napt-get update\nEOF' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUNN echo hi',
      errors: [{ messageId: 'unknownInstruction', line: 2, column: 1, endColumn: 5, data: { word: 'RUNN', hint: 'Did you mean `RUN`?' } }],
      suggestions: [{ title: 'Change to RUN', output: 'FROM alpine:3.20\nRUN echo hi' }],
    },
    {
      name: 'a RUN line that lost its backslash',
      code: 'FROM debian:12-slim\nRUN apt-get update &&\n  apt-get install -y curl',
      errors: [{ messageId: 'unknownInstruction', line: 3, column: 3, endColumn: 10, data: { hint: 'end the previous line with `\\`' } }],
    },
    {
      name: 'lowercase typo keeps the case in the suggestion',
      code: 'from alpine:3.20\ncopyy a /b',
      errors: [{ messageId: 'unknownInstruction', line: 2, data: { hint: 'Did you mean `COPY`?' } }],
      suggestions: [{ output: 'from alpine:3.20\ncopy a /b' }],
    },
    {
      code: 'FROM alpine:3.20\nCOPY --chwon=65534 app.py /app/',
      errors: [{ messageId: 'unknownFlag', line: 2, column: 6, endColumn: 13, data: { flag: '--chwon', hint: 'Did you mean `--chown`?' } }],
      suggestions: [{ output: 'FROM alpine:3.20\nCOPY --chown=65534 app.py /app/' }],
    },
    {
      name: 'FROM knows only --platform',
      code: 'FROM --platfrom=linux/amd64 alpine:3.20',
      errors: [{ messageId: 'unknownFlag', line: 1, column: 6, data: { keyword: 'FROM', valid: '`--platform`' } }],
    },
    {
      name: 'unknown flag with nothing close: no suggestion',
      code: 'FROM alpine:3.20\nCOPY --platform=linux/arm64 a /b',
      errors: [{ messageId: 'unknownFlag', line: 2, data: { flag: '--platform' } }],
      suggestions: [],
    },
    {
      code: 'FROM alpine:3.20\nCOPY --chown=1 --chown=2 a /b',
      errors: [
        { messageId: 'duplicateFlag', line: 2, column: 8, data: { flag: '--chown' } },
        { messageId: 'duplicateFlag', line: 2, column: 18 },
      ],
    },
    { code: 'FROM alpine:3.20\nCOPY --chown a /b', errors: [{ messageId: 'flagMissingValue', line: 2, column: 8, data: { flag: '--chown=<value>' } }] },
    { code: 'FROM alpine:3.20\nCOPY --link=maybe a /b', errors: [{ messageId: 'flagBoolean', line: 2, column: 13, data: { flag: '--link', value: 'maybe' } }] },
    { code: 'FROM alpine:3.20\nCOPY --from= a /b', errors: [{ messageId: 'invalidFromFlag', line: 2, data: { value: '(empty)' } }] },
    { code: 'FROM alpine:3.20@sha256:xyz', errors: [{ messageId: 'invalidReference', line: 1, column: 18, data: { value: 'alpine:3.20@sha256:xyz' } }] },
    { code: '# escape=x\nFROM alpine:3.20', errors: [{ messageId: 'invalidEscape', line: 1, column: 10, data: { value: 'x' } }] },
    { code: '# escape=`\n# escape=\\\nFROM alpine:3.20', errors: [{ messageId: 'duplicateEscape', line: 2 }] },
    {
      code: 'FROM alpine:3.20\nENV GREETING="hello world',
      errors: [{ messageId: 'unterminatedQuote', line: 2, column: 14, data: { quote: 'double' } }],
    },
    { code: "FROM alpine:3.20\nLABEL title='oops", errors: [{ messageId: 'unterminatedQuote', line: 2, data: { quote: 'single' } }] },
    { code: 'FROM alpine:3.20\nENV A=1 B', errors: [{ messageId: 'missingEquals', line: 2, column: 9, data: { keyword: 'ENV', value: 'B' } }] },
    { code: 'FROM alpine:3.20\nARG =x', errors: [{ messageId: 'missingName', line: 2, data: { keyword: 'ARG' } }] },
    { code: 'FROM alpine:3.20\nENV A=${B:=x}', errors: [{ messageId: 'unsupportedModifier', line: 2, column: 11, endColumn: 12, data: { modifier: '=', name: 'B' } }] },
    { code: 'FROM alpine:3.20 FOO bar', errors: [{ messageId: 'invalidAs', line: 1, column: 18, data: { word: 'FOO' } }] },
    { code: 'FROM alpine:3.20 AS', errors: [{ messageId: 'argumentCount', line: 1, data: { keyword: 'FROM' } }] },
    { code: 'FROM alpine:3.20 AS 1bad', errors: [{ messageId: 'invalidStageName', line: 1, column: 21, data: { value: '1bad' } }] },
    { code: 'FROM alpine:3.20\nCOPY a', errors: [{ messageId: 'argumentCount', line: 2, data: { keyword: 'COPY', usage: '`COPY <source>… <destination>`' } }] },
    { code: 'FROM alpine:3.20\nLABEL a', errors: [{ messageId: 'argumentCount', line: 2, data: { keyword: 'LABEL', usage: '`LABEL key=value`' } }] },
    { code: 'FROM alpine:3.20\nUSER', errors: [{ messageId: 'missingArgument', line: 2, column: 1, endColumn: 5, data: { keyword: 'USER' } }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK NONE x', errors: [{ messageId: 'unnecessaryArgument', line: 2, column: 18, data: { keyword: 'HEALTHCHECK NONE', word: 'x' } }] },
    { code: 'FROM alpine:3.20\nEXPOSE 80/xyz', errors: [{ messageId: 'invalidProtocol', line: 2, column: 11, data: { value: 'xyz' } }] },
    { code: 'FROM alpine:3.20\nSTOPSIGNAL TERMINATE', errors: [{ messageId: 'invalidSignal', line: 2, column: 12, data: { value: 'TERMINATE' } }] },
    {
      code: 'FROM alpine:3.20\nSHELL /bin/bash -o pipefail -c',
      errors: [{ messageId: 'shellJsonForm', line: 2, column: 7 }],
      output: 'FROM alpine:3.20\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    },
    { code: 'FROM alpine:3.20\nSHELL []', errors: [{ messageId: 'shellEmpty', line: 2 }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK FOO x', errors: [{ messageId: 'healthcheckType', line: 2, column: 13, data: { word: 'FOO' } }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK CMD', errors: [{ messageId: 'healthcheckCommandMissing', line: 2 }] },
    {
      name: 'a mistake inside ONBUILD is reported on the ONBUILD line',
      code: 'FROM alpine:3.20\nONBUILD COPY --chwon=1 a /b',
      errors: [{ messageId: 'unknownFlag', line: 2, column: 14 }],
    },
    {
      name: 'Windows escape character',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUNN dir',
      errors: [{ messageId: 'unknownInstruction', line: 3 }],
    },
  ],
});

describe('DF60 dockerfile-syntax: severities and sources', () => {
  const lint = (code: string) => lintWith(dockerfileAdapter([rule]), code, { reportUnusedSuppressions: false }).findings;

  it('errors are errors, the validator’s warnings (directive casing) are warnings', () => {
    assert.equal(lint('FROM alpine:3.20\nRUNN x')[0].severity, 'error');
    const casing = lint('# ESCAPE=`\nFROM alpine:3.20');
    assert.equal(casing.length, 1);
    assert.equal(casing[0].messageId, 'directiveCasing');
    assert.equal(casing[0].severity, 'warning');
  });

  it('names the dockerfile-utils code and hadolint DL1000 as sources', () => {
    assert.deepEqual(lint('FROM alpine:3.20\nRUNN x')[0].sources, ['dockerfile-utils:UNKNOWN_INSTRUCTION', 'hadolint:DL1000']);
  });

  it('can be silenced with a hadolint DL1000 comment', () => {
    assert.equal(lint('FROM alpine:3.20\n# hadolint ignore=DL1000\nRUNN x').length, 0);
  });

  it('user settings still win over the per-finding severity', () => {
    const out = lintWith(dockerfileAdapter([rule]), '# ESCAPE=`\nFROM alpine:3.20', { rules: { DF60: 'error' } }).findings;
    assert.equal(out[0].severity, 'error');
  });
});
