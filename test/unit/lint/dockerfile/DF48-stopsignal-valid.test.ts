import { rule } from '../../../../src/core/lint/dockerfile/rules/DF48-stopsignal-valid';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM nginx:1.27\nSTOPSIGNAL SIGQUIT',
    'FROM alpine:3.20\nSTOPSIGNAL TERM',
    'FROM alpine:3.20\nSTOPSIGNAL sigint',
    'FROM alpine:3.20\nSTOPSIGNAL 9',
    'FROM alpine:3.20\nSTOPSIGNAL 64',
    'FROM alpine:3.20\nSTOPSIGNAL SIGRTMIN+3',
    'FROM alpine:3.20\nARG SIG=SIGTERM\nSTOPSIGNAL $SIG',
  ],
  invalid: [
    {
      code: 'FROM nginx:1.27\nSTOPSIGNAL SIGQUITE',
      errors: [{ messageId: 'unknownSignalDidYouMean', data: { signal: 'SIGQUITE', suggestion: 'SIGQUIT' }, line: 2, column: 12, endColumn: 20 }],
      suggestions: [{ title: 'Use SIGQUIT', output: 'FROM nginx:1.27\nSTOPSIGNAL SIGQUIT' }],
    },
    { name: 'a name without SIG', code: 'FROM alpine:3.20\nSTOPSIGNAL TREM', errors: [{ messageId: 'unknownSignalDidYouMean', data: { suggestion: 'SIGTERM' }, line: 2 }] },
    { name: 'nothing close', code: 'FROM alpine:3.20\nSTOPSIGNAL graceful', errors: [{ messageId: 'unknownSignal', line: 2 }] },
    { code: 'FROM alpine:3.20\nSTOPSIGNAL 0', errors: [{ messageId: 'badNumber', line: 2, column: 12 }] },
    { code: 'FROM alpine:3.20\nSTOPSIGNAL 65', errors: [{ messageId: 'badNumber', line: 2 }] },
    { name: 'two signals', code: 'FROM alpine:3.20\nSTOPSIGNAL SIGTERM SIGKILL', errors: [{ messageId: 'arguments', line: 2, column: 12, endColumn: 27 }] },
    { name: 'no signal', code: 'FROM alpine:3.20\nSTOPSIGNAL', errors: [{ messageId: 'arguments', line: 2, column: 1, endColumn: 11 }] },
    { name: 'lowercase keyword', code: 'from alpine:3.20\nstopsignal SIGTERN', errors: [{ messageId: 'unknownSignalDidYouMean', line: 2 }] },
  ],
});
