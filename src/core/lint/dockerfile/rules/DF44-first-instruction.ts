import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';

export const rule = defineRule<DockerfileModel, 'beforeFrom' | 'noFrom'>(
  {
    id: 'DF44',
    name: 'first-instruction',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c04-l1'],
    sources: ['hadolint:DL3061'],
    messages: {
      beforeFrom: '`{keyword}` comes before the first FROM, but a Dockerfile must start with FROM (only ARG, comments and parser directives may come first): move it below the FROM it belongs to.',
      noFrom: 'This Dockerfile has no FROM, so there is no image to build on: start it with `FROM <image>` (or `FROM scratch` for an empty image).',
    },
    docs: {
      summary: 'A Dockerfile starts with FROM; only ARG, comments and parser directives may come before it.',
      rationale:
        'Every instruction after `FROM` changes the image that `FROM` started; before the first `FROM` there is no image yet, so `RUN`, `COPY`, `ENV` or `LABEL` there fail the build ("no build stage in current context"). The only instruction allowed before it is `ARG`, which declares values that `FROM` lines can use (`ARG BASE=alpine:3.20` then `FROM ${BASE}`). Parser directives such as `# syntax=` and `# escape=` and ordinary comments are not instructions and may come first. The fix is to move the instruction into a stage, which needs judgement, so there is no quick fix.',
      examples: {
        bad: 'LABEL org.opencontainers.image.title="app"\nFROM alpine:3.20\n',
        good: 'ARG ALPINE_VERSION=3.20\nFROM alpine:${ALPINE_VERSION}\nLABEL org.opencontainers.image.title="app"\n',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    const first = model.instructions.find((i) => model.keyword(i) !== 'ARG');
    if (!first) return;
    const keyword = model.keyword(first);
    if (keyword === 'FROM') return;
    const hasFrom = model.instructions.some((i) => model.keyword(i) === 'FROM');
    report({ messageId: hasFrom ? 'beforeFrom' : 'noFrom', range: first.getInstructionRange(), data: { keyword } });
  },
);
