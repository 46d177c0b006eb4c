import { rule } from '../../../../src/core/lint/dockerfile/rules/DF41-legacy-key-value';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM alpine:3.20\nENV A=1 B="two words"',
    'FROM alpine:3.20\nLABEL org.opencontainers.image.title="app"',
    { name: 'ARG a b declares two build args', code: 'FROM alpine:3.20\nARG A B' },
    { name: 'ENV without a value is a syntax error, not this rule', code: 'FROM alpine:3.20\nENV A' },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nENV APP_HOME /srv/app', errors: [{ messageId: 'legacy', data: { keyword: 'ENV', name: 'APP_HOME', value: '/srv/app' }, line: 2, column: 5, endColumn: 22 }], output: 'FROM alpine:3.20\nENV APP_HOME=/srv/app' },
    { name: 'a value with spaces is quoted', code: 'FROM alpine:3.20\nENV DEPS curl git  python3', errors: [{ messageId: 'legacy', line: 2 }], output: 'FROM alpine:3.20\nENV DEPS="curl git  python3"' },
    { name: 'an already quoted value', code: 'FROM alpine:3.20\nENV GREETING "hello world"', errors: [{ messageId: 'legacy', line: 2 }], output: 'FROM alpine:3.20\nENV GREETING="hello world"' },
    { name: 'variables stay', code: 'FROM alpine:3.20\nENV PATH /app/bin:$PATH', errors: [{ messageId: 'legacy', line: 2 }], output: 'FROM alpine:3.20\nENV PATH=/app/bin:$PATH' },
    { name: 'LABEL', code: 'FROM alpine:3.20\nLABEL maintainer ada@example.com', errors: [{ messageId: 'legacy', data: { keyword: 'LABEL' }, line: 2, column: 7 }], output: 'FROM alpine:3.20\nLABEL maintainer=ada@example.com' },
    { name: 'mixed quotes: reported without a fix', code: 'FROM alpine:3.20\nENV OPTS -Xmx1g "-Dname=a b"', errors: [{ messageId: 'legacy', line: 2 }], output: null },
    { name: 'a continuation: reported without a fix', code: 'FROM alpine:3.20\nENV DEPS curl \\\n  git', errors: [{ messageId: 'legacy', line: 2 }], output: null },
    { name: 'lowercase keyword', code: 'from alpine:3.20\nenv A b', errors: [{ messageId: 'legacy', line: 2, column: 5 }], output: 'from alpine:3.20\nenv A=b' },
  ],
});
