import { rule } from '../../../../src/core/lint/dockerfile/rules/DF51-env-self-reference';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'ENV BLA="blubb"\nENV BLUBB="${BLA}/blubb"',
    'ENV BLA="blubb" BLUBB="${FOOBLA}/blubb"',
    'ENV BLA="blubb" BLUBB="${BLAFOO}/blubb"',
    'ENV BLA="blubb" BLUBB="$FOOBLA/blubb"',
    'ENV BLA="blubb" BLUBB="$BLAFOO/blubb"',
    'ENV BLA="blubb" BLUBB="BLA/$BLAFOO/BLA"',
    'ARG BLA\nENV BLA=${BLA}',
    'ENV BLA blubb\nENV BLA=${BLA}',
    'ENV PATH=/bla:${PATH}',
    { name: 'single quotes do not expand', code: "FROM alpine:3.20\nENV A=1 B='$A'" },
    { name: 'an escaped dollar', code: 'FROM alpine:3.20\nENV A=1 B=\\$A' },
    { name: 'a variable used before it is set in the same ENV', code: 'FROM alpine:3.20\nENV B=$A A=1' },
  ],
  invalid: [
    { code: 'ENV BLA="blubb" BLUBB="$BLA/$BLAFOO/blubb"', errors: [{ messageId: 'sameStatement', data: { variable: '$BLA', name: 'BLA', value: 'blubb' }, line: 1, column: 24, endColumn: 28 }] },
    { code: 'ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}', errors: [{ messageId: 'sameStatement', data: { variable: '${PATH}', value: '/bla:${PATH}' }, line: 1, column: 35, endColumn: 42 }] },
    { code: 'ENV BLA="blubb" BLUBB="${BLA}/blubb"', errors: [{ messageId: 'sameStatement', line: 1, column: 24 }] },
    { code: 'ENV BLA="blubb" BLUBB="$BLA"', errors: [{ messageId: 'sameStatement', line: 1 }] },
    { code: 'ENV BLA="blubb" BLUBB="${BLA}"', errors: [{ messageId: 'sameStatement', line: 1 }] },
    { name: 'over continuation lines, guarded use too', code: 'FROM alpine:3.20\nENV APP_HOME=/srv/app \\\n    APP_BIN=${APP_HOME:-/opt}/bin', errors: [{ messageId: 'sameStatement', data: { name: 'APP_HOME' }, line: 3, column: 13, endColumn: 30 }] },
    { name: 'lowercase keyword', code: 'from alpine:3.20\nenv a=1 b=$a', errors: [{ messageId: 'sameStatement', line: 2, column: 11 }] },
  ],
});
