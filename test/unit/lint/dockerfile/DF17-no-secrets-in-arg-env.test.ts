import { rule } from '../../../../src/core/lint/dockerfile/rules/DF17-no-secrets-in-arg-env';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM debian:bullseye\nRUN foobar',
    'FROM debian:bullseye\nENV foobar=barfoo\nRUN foobar',
    { name: 'public, file and version parts are allowed', code: 'FROM alpine:3.20\nARG PUBLIC_KEY\nENV DB_PASSWORD_FILE=/run/secrets/db\nARG TOKEN_VERSION=2' },
    { name: 'secret words inside a longer part do not count', code: 'FROM alpine:3.20\nENV MONKEY=1 TOKENIZER=bert AUTHOR=ada PASSWORDLESS=true' },
    { name: 'a value that mentions a secret is not a name', code: 'FROM alpine:3.20\nENV MODE=password' },
    'FROM alpine:3.20\nRUN --mount=type=secret,id=api_token,env=API_TOKEN ./fetch.sh',
    { name: 'a GPG key id is a public fingerprint', code: 'FROM debian:12\nENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D' },
  ],
  invalid: [
    { code: 'ARG AWS_ACCESS_KEY_ID\nFROM debian:bullseye\nRUN foobar', errors: [{ messageId: 'secretArg', data: { name: 'AWS_ACCESS_KEY_ID', id: 'aws_access_key_id' }, line: 1, column: 5, endColumn: 22 }], output: null },
    { code: 'ARG openai_api_key\nFROM debian:bullseye', errors: [{ messageId: 'secretArg', line: 1, column: 5 }] },
    { code: 'FROM debian:bullseye\nENV AWS_ACCESS_KEY_ID=abcdefghijklmnopqrstuvwxyz', errors: [{ messageId: 'secretEnv', line: 2, column: 5, endColumn: 22 }] },
    { code: 'FROM debian:bullseye\nENV my_password=abcdefghijklmnopqrstuvwxyz', errors: [{ messageId: 'secretEnv', data: { name: 'my_password' }, line: 2, column: 5, endColumn: 16 }] },
    {
      name: 'every name of a multi-property ENV, each at its name',
      code: 'FROM alpine:3.20\nENV APP=1 GITHUB_TOKEN=x \\\n    DB_PASSWD=y',
      errors: [
        { messageId: 'secretEnv', data: { name: 'GITHUB_TOKEN' }, line: 2, column: 11, endColumn: 23 },
        { messageId: 'secretEnv', data: { name: 'DB_PASSWD' }, line: 3, column: 5, endColumn: 14 },
      ],
    },
    { name: 'legacy ENV form', code: 'FROM alpine:3.20\nENV SECRET hunter2', errors: [{ messageId: 'secretEnv', line: 2, column: 5, endColumn: 11 }] },
    { name: 'a whole-name token', code: 'FROM alpine:3.20\nARG auth', errors: [{ messageId: 'secretArg', line: 2 }] },
    { name: 'lowercase keyword', code: 'from alpine:3.20\narg STRIPE_SECRET_KEY', errors: [{ messageId: 'secretArg', line: 2, column: 5 }] },
    { name: 'inside ONBUILD', code: 'FROM alpine:3.20\nONBUILD ARG NPM_TOKEN', errors: [{ messageId: 'secretArg', line: 2, column: 13, endColumn: 22 }] },
    { name: 'credentials', code: 'FROM alpine:3.20\nENV GOOGLE_APPLICATION_CREDENTIALS_JSON={}', errors: [{ messageId: 'secretEnv', line: 2 }] },
  ],
});
