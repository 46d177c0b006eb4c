import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';

export const rule = defineRule<DockerfileModel, 'maintainer'>(
  {
    id: 'DF15',
    name: 'maintainer-deprecated',
    target: 'dockerfile',
    category: 'maintainability',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l6'],
    sources: ['hadolint:DL4000', 'buildkit:MaintainerDeprecated'],
    messages: {
      maintainer: '`MAINTAINER` is deprecated: record the author as the OCI label `org.opencontainers.image.authors`, which registries and scanners read.',
    },
    docs: {
      summary: 'Authors are recorded with the OCI label `org.opencontainers.image.authors`, not `MAINTAINER`.',
      rationale:
        '`MAINTAINER` was deprecated in Docker 1.13. Labels are the general way to attach metadata to an image, and the OCI image spec defines well-known keys that registries, scanners and `docker inspect` users understand. The quick fix rewrites the instruction as `LABEL org.opencontainers.image.authors="…"` with the same value.',
      examples: { bad: 'FROM alpine:3.20\nMAINTAINER Ada <ada@example.com>\n', good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ada <ada@example.com>"\n' },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      if (model.keyword(instruction) !== 'MAINTAINER') continue;
      const value = (instruction.getArgumentsContent() ?? '').trim().replace(/^"(.*)"$/, '$1');
      const range = instruction.getRange();
      const label = `LABEL org.opencontainers.image.authors=${JSON.stringify(value)}`;
      report({
        messageId: 'maintainer',
        range: instruction.getInstructionRange(),
        fix: { title: 'Replace MAINTAINER with the OCI authors label', edits: [{ range, newText: label }] },
        tags: ['deprecated'],
      });
    }
  },
);
