import { rule } from '../../../../src/core/lint/compose/rules/CF05-no-inline-secrets';
import { testComposeRule } from '../../support/composeTester';

testComposeRule(rule, {
  valid: [
    'services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n',
    'services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db\n',
    'services:\n  app:\n    image: a:1\n    environment:\n      - TOKEN_TTL=3600\n      - PASSWORD_MIN_LENGTH=12\n      - DB_PASSWORD=\n',
    { name: 'obvious placeholders', code: 'services:\n  app:\n    image: a:1\n    environment:\n      API_KEY: changeme\n' },
    { name: 'URL with a variable password', code: 'services:\n  app:\n    image: a:1\n    environment:\n      DATABASE_URL: postgres://app:${DB_PASSWORD}@db/app\n' },
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD: s3cr3t-pa55\n',
      errors: [{ messageId: 'inlineSecret', data: { name: 'POSTGRES_PASSWORD' }, line: 5, column: 26, endColumn: 37 }],
      suggestions: [
        {
          title: 'Move POSTGRES_PASSWORD to the secret `postgres_password` (then put the value in ./secrets/postgres_password.txt)',
          output: 'services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password\n    secrets:\n      - postgres_password\nsecrets:\n  postgres_password:\n    file: ./secrets/postgres_password.txt\n',
        },
      ],
    },
    {
      name: 'list form, existing secrets',
      code: 'services:\n  db:\n    image: mysql:8.4\n    environment:\n      - MYSQL_ROOT_PASSWORD=hunter2hunter2\n    secrets:\n      - other\nsecrets:\n  other:\n    file: ./other.txt\n',
      errors: [{ messageId: 'inlineSecret', line: 5, column: 29 }],
      suggestions: [
        {
          output: 'services:\n  db:\n    image: mysql:8.4\n    environment:\n      - MYSQL_ROOT_PASSWORD_FILE=/run/secrets/mysql_root_password\n    secrets:\n      - other\n      - mysql_root_password\nsecrets:\n  other:\n    file: ./other.txt\n  mysql_root_password:\n    file: ./secrets/mysql_root_password.txt\n',
        },
      ],
    },
    { name: 'an image without the _FILE convention gets no edit', code: 'services:\n  app:\n    image: example/app:1\n    environment:\n      STRIPE_API_KEY: sk_live_abcdef123456\n', errors: [{ messageId: 'inlineSecret' }], suggestions: [] },
    { name: 'password inside a URL', code: 'services:\n  app:\n    image: a:1\n    environment:\n      DATABASE_URL: postgres://app:p4ssw0rd@db:5432/app\n', errors: [{ messageId: 'urlCredentials', data: { redacted: 'postgres://app:•••@db:5432/app' }, line: 5 }] },
  ],
});
