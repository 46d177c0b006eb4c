import { Onbuild } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';

const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export const rule = defineRule<DockerfileModel, 'forbidden'>(
  {
    id: 'DF45',
    name: 'onbuild-trigger',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c04-l1'],
    sources: ['hadolint:DL3043'],
    messages: {
      forbidden: '`ONBUILD {trigger}` is not allowed: ONBUILD can delay any instruction except ONBUILD, FROM and MAINTAINER, and the build fails on this line.',
    },
    docs: {
      summary: '`ONBUILD` does not wrap `ONBUILD`, `FROM` or `MAINTAINER`.',
      rationale:
        '`ONBUILD RUN npm ci` stores an instruction in the image and runs it later, at the start of the build of any image that uses this one as its base. Three instructions cannot be delayed like that: a nested `ONBUILD` (chaining triggers across generations is forbidden), `FROM` (the child has already chosen its base), and the deprecated `MAINTAINER`. Docker rejects them when building the parent image. ONBUILD images are rare today, because the hidden steps surprise whoever builds the child image; an explicit multi-stage Dockerfile is usually clearer.',
      examples: {
        bad: 'FROM node:20-slim\nONBUILD FROM node:20\n',
        good: 'FROM node:20-slim\nONBUILD COPY package.json package-lock.json /app/\n',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      if (!(instruction instanceof Onbuild)) continue;
      const trigger = instruction.getTrigger()?.toUpperCase();
      const range = instruction.getTriggerRange();
      if (!trigger || !range || !FORBIDDEN.has(trigger)) continue;
      report({ messageId: 'forbidden', range, data: { trigger } });
    }
  },
);
