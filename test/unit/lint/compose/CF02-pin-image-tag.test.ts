import { rule } from '../../../../src/core/lint/compose/rules/CF02-pin-image-tag';
import { folder, testComposeRule } from '../../support/composeTester';

const svc = (image: string) => `services:\n  app:\n    image: ${image}\n`;

testComposeRule(rule, {
  valid: [
    svc('nginx:1.27'),
    svc('postgres@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'),
    svc('registry.example.com:5000/team/app:2.1'),
    { name: 'a variable without default is not judged', code: svc('"app:${TAG}"') },
    { name: 'a default from interpolation', code: svc('"nginx:${NGINX_TAG:-1.27}"') },
    { name: 'a tag from .env', code: svc('"nginx:${NGINX_TAG}"'), files: folder({ '.env': 'NGINX_TAG=1.27\n' }) },
    { name: 'build + image names the built image', code: 'services:\n  app:\n    build: .\n    image: myapp\n' },
    { name: 'multi-stage build with a target', code: 'services:\n  app:\n    build:\n      context: .\n      target: runtime\n', files: folder({ Dockerfile: 'FROM golang:1.23 AS build\nFROM alpine:3.20 AS runtime\n' }) },
  ],
  invalid: [
    { code: svc('nginx'), errors: [{ messageId: 'noTag', data: { image: 'nginx' }, line: 3, column: 12, endColumn: 17 }] },
    { code: svc('redis:latest'), errors: [{ messageId: 'floatingTag', data: { tag: 'latest' }, line: 3, column: 12 }] },
    { code: svc('ghcr.io/org/tool:edge'), errors: [{ messageId: 'floatingTag', data: { tag: 'edge' } }] },
    { name: 'default resolves to latest', code: svc('"nginx:${TAG:-latest}"'), errors: [{ messageId: 'floatingTag' }] },
    { name: '.env value is latest', code: svc('"nginx:${TAG}"'), files: folder({ '.env': 'TAG=latest\n' }), errors: [{ messageId: 'floatingTag' }] },
    { name: 'registry with a port and no tag', code: svc('localhost:5000/app'), errors: [{ messageId: 'noTag' }] },
    {
      name: 'multi-stage build without target',
      code: 'services:\n  app:\n    build: ./app\n',
      files: folder({ 'app/Dockerfile': 'FROM golang:1.23 AS build\nRUN go build\nFROM alpine:3.20\n' }),
      errors: [{ messageId: 'buildTarget', data: { stages: 2 }, line: 3, column: 5 }],
    },
  ],
});
