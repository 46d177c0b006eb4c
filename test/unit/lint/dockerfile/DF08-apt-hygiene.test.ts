import { rule } from '../../../../src/core/lint/dockerfile/rules/DF08-apt-hygiene';
import { testDockerfileRule } from '../../support/dockerfileTester';

const GOOD = 'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*';

testDockerfileRule(rule, {
  valid: [
    `FROM debian:12\n${GOOD}`,
    'FROM debian:12\nRUN apt-get update \\\n && apt-get -yq install --no-install-recommends git \\\n && rm -rf /var/lib/apt/lists/*',
    { name: 'cache mount instead of cleanup', code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends curl' },
    { name: 'builder stage is not checked for cleanup', code: 'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nFROM debian:12-slim\nCOPY --from=build /x /x' },
    'FROM debian:12\nRUN apt-get install -qq --no-install-recommends curl',
    'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y curl',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get install --no-install-recommends curl',
      errors: [{ messageId: 'assumeYes', line: 2, column: 13, endColumn: 20 }],
      output: 'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl',
    },
    {
      code: 'FROM debian:12\nRUN apt-get install -y curl',
      errors: [{ messageId: 'noRecommends', line: 2, column: 13 }],
      output: 'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl',
    },
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
      errors: [{ messageId: 'cleanLists', line: 2, column: 23, endColumn: 30 }],
      output: `FROM debian:12\n${GOOD}`,
    },
    {
      name: 'inside sh -c',
      code: "FROM debian:12\nRUN sh -c 'apt-get install -y curl'",
      errors: [{ messageId: 'noRecommends', line: 2, column: 20, endColumn: 27 }],
      output: "FROM debian:12\nRUN sh -c 'apt-get install --no-install-recommends -y curl'",
    },
    {
      name: 'exec form gets new JSON arguments',
      code: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]',
      errors: [{ messageId: 'noRecommends', line: 2, column: 18, endColumn: 25 }],
      output: 'FROM debian:12\nRUN ["apt-get", "install", "--no-install-recommends", "-y", "curl"]',
    },
    {
      name: 'cleanup in a later RUN does not count',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*',
      errors: [{ messageId: 'cleanLists', line: 2 }],
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nRUN rm -rf /var/lib/apt/lists/*',
    },
  ],
});
