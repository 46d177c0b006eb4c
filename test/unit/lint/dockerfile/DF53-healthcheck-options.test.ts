import * as assert from 'node:assert/strict';
import { durationMs, rule } from '../../../../src/core/lint/dockerfile/rules/DF53-healthcheck-options';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM scratch\nHEALTHCHECK CMD /bin/bla',
    'FROM scratch\nHEALTHCHECK NONE',
    'FROM alpine:3.20\nHEALTHCHECK --interval=1m30s --timeout=500ms --start-period=1.5s --start-interval=2s --retries=5 CMD ["true"]',
    { name: 'variables are not checked', code: 'FROM alpine:3.20\nARG EVERY=30s\nHEALTHCHECK --interval=$EVERY CMD ["true"]' },
    { name: 'lowercase type and keyword', code: 'from alpine:3.20\nhealthcheck --retries=1 cmd ["true"]' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30 CMD ["true"]',
      errors: [{ messageId: 'missingUnit', data: { flag: 'interval', value: '30' }, line: 2, column: 24, endColumn: 26 }],
      suggestions: [{ title: 'Write 30s', output: 'FROM alpine:3.20\nHEALTHCHECK --interval=30s CMD ["true"]' }],
    },
    {
      name: 'a misspelt option is renamed',
      code: 'FROM alpine:3.20\nHEALTHCHECK --intervall=5s --timout=2s CMD ["true"]',
      errors: [
        { messageId: 'unknownFlagDidYouMean', data: { flag: 'intervall', suggestion: 'interval' }, line: 2, column: 15, endColumn: 24 },
        { messageId: 'unknownFlagDidYouMean', data: { suggestion: 'timeout' }, line: 2, column: 30, endColumn: 36 },
      ],
      output: 'FROM alpine:3.20\nHEALTHCHECK --interval=5s --timeout=2s CMD ["true"]',
    },
    { name: 'an unknown option', code: 'FROM alpine:3.20\nHEALTHCHECK --verbose CMD ["true"]', errors: [{ messageId: 'unknownFlag', line: 2 }], output: null },
    { name: 'under a millisecond', code: 'FROM alpine:3.20\nHEALTHCHECK --timeout=500us CMD ["true"]', errors: [{ messageId: 'tooShort', line: 2, column: 23, endColumn: 28 }] },
    { name: 'zero', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=0s CMD ["true"]', errors: [{ messageId: 'zeroDuration', line: 2 }] },
    { name: 'not a duration', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=thirty CMD ["true"]', errors: [{ messageId: 'badDuration', data: { value: 'thirty' }, line: 2 }] },
    { name: 'no value', code: 'FROM alpine:3.20\nHEALTHCHECK --timeout= CMD ["true"]', errors: [{ messageId: 'missingValue', line: 2, column: 13 }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK --retries=0 CMD ["true"]', errors: [{ messageId: 'zeroRetries', line: 2, column: 23, endColumn: 24 }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK --retries=-1 CMD ["true"]', errors: [{ messageId: 'badRetries', line: 2 }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK', errors: [{ messageId: 'missingType', line: 2, column: 1, endColumn: 12 }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK BOGUS true', errors: [{ messageId: 'unknownType', data: { type: 'BOGUS' }, line: 2, column: 13, endColumn: 18 }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK --interval=5s CMD', errors: [{ messageId: 'missingCommand', line: 2, column: 27, endColumn: 30 }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK NONE extra args', errors: [{ messageId: 'noneArguments', data: { extra: 'extra args' }, line: 2, column: 18, endColumn: 28 }] },
  ],
});

describe('DF53 durationMs', () => {
  const cases: [string, number | undefined][] = [['30s', 30000], ['1m30s', 90000], ['1.5h', 5400000], ['500ms', 500], ['250us', 0.25], ['0', 0], ['0s', 0], ['30', undefined], ['s', undefined], ['1d', undefined], ['-5s', undefined]];
  for (const [text, ms] of cases) it(`${text} → ${ms}`, () => assert.equal(durationMs(text), ms));
});
