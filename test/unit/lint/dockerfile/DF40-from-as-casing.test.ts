import { rule } from '../../../../src/core/lint/dockerfile/rules/DF40-from-as-casing';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: ['FROM golang:1.22 AS build', 'from golang:1.22 as build', 'FROM golang:1.22', 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build'],
  invalid: [
    { code: 'FROM golang:1.22 as build', errors: [{ messageId: 'mismatch', data: { as: 'as', expected: 'AS' }, line: 1, column: 18, endColumn: 20 }], output: 'FROM golang:1.22 AS build' },
    { code: 'from golang:1.22 AS build', errors: [{ messageId: 'mismatch', data: { expected: 'as' }, line: 1, column: 18 }], output: 'from golang:1.22 as build' },
    { code: 'FROM golang:1.22 As build', errors: [{ messageId: 'mismatch', line: 1 }], output: 'FROM golang:1.22 AS build' },
    { name: 'mixed-case FROM goes with AS', code: 'From golang:1.22 as build', errors: [{ messageId: 'mismatch', line: 1 }], output: 'From golang:1.22 AS build' },
    { name: 'with a flag, in a later stage', code: 'FROM alpine:3.20 AS a\nFROM --platform=$BUILDPLATFORM alpine:3.20 as b', errors: [{ messageId: 'mismatch', line: 2, column: 44 }], output: 'FROM alpine:3.20 AS a\nFROM --platform=$BUILDPLATFORM alpine:3.20 AS b' },
  ],
});
