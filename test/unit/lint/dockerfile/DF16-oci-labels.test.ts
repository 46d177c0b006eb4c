import { rule } from '../../../../src/core/lint/dockerfile/rules/DF16-oci-labels';
import { testDockerfileRule } from '../../support/dockerfileTester';

const ON = { rules: { DF16: 'info' as const } };
const ALL = 'LABEL org.opencontainers.image.title="app" org.opencontainers.image.version="1" org.opencontainers.image.source="https://example.com/app" org.opencontainers.image.revision="abc"';

testDockerfileRule(rule, {
  valid: [
    { name: 'all four labels', code: `FROM alpine:3.20\n${ALL}\nCMD ["true"]`, config: ON },
    { name: 'labels set in the stage the final image is built on', code: `FROM alpine:3.20 AS base\n${ALL}\nFROM base\nCMD ["true"]`, config: ON },
    { name: 'a base image that runs nothing is not judged', code: 'FROM alpine:3.20\nRUN apk add --no-cache curl', config: ON },
    { name: 'quoted keys', code: 'FROM alpine:3.20\nLABEL "org.opencontainers.image.title"="a" "org.opencontainers.image.version"="1" "org.opencontainers.image.source"="s" "org.opencontainers.image.revision"="r"\nCMD ["true"]', config: ON },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nCMD ["true"]',
      config: ON,
      errors: [{ messageId: 'missing', line: 1, column: 6, endColumn: 17, data: { missing: '`title`, `version`, `source`, `revision`' } }],
      suggestions: [
        {
          output:
            'FROM alpine:3.20\nARG VERSION=0.0.0\nARG REVISION=unknown\nLABEL org.opencontainers.image.title="…" \\\n      org.opencontainers.image.version="${VERSION}" \\\n      org.opencontainers.image.source="…" \\\n      org.opencontainers.image.revision="${REVISION}"\nCMD ["true"]',
        },
      ],
    },
    {
      name: 'only the missing ones are named',
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.title="app" org.opencontainers.image.source="s"\nENTRYPOINT ["/app"]',
      config: ON,
      errors: [{ messageId: 'missing', data: { missing: '`version`, `revision`' } }],
    },
    {
      name: 'labels in a builder stage do not reach the final image',
      code: `FROM alpine:3.20 AS build\n${ALL}\nFROM scratch\nCMD ["/app"]`,
      config: ON,
      errors: [{ messageId: 'missing', line: 3 }],
    },
  ],
});
