import { defineRule } from '../../rule';
import type { DockerfileModel, Stage } from '../model';
import { insertLineBefore } from '../edits';
import { copyArguments } from '../instructions';
import { stageChain } from '../variables';

export const rule = defineRule<DockerfileModel, 'relativeDestination'>(
  {
    id: 'DF50',
    name: 'copy-relative-without-workdir',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l3'],
    sources: ['hadolint:DL3045'],
    messages: {
      relativeDestination:
        '`{dest}` is a relative path, and no WORKDIR is set in this stage, so where the files land depends on the base image\'s working directory (often `/`). Set one first (`WORKDIR /app`) or write an absolute destination.',
    },
    docs: {
      summary: 'COPY and ADD to a relative destination only after a WORKDIR in the same stage (or a stage it is built on).',
      rationale:
        'A relative destination such as `COPY . .` or `COPY app.py src/` is resolved against the current working directory. Until your Dockerfile sets one with `WORKDIR`, that directory is whatever the base image chose: `/` for most images, `/go` for `golang`, something else tomorrow if the base changes. Files then end up scattered in the root of the image, or your `CMD` does not find them. Set `WORKDIR /app` once near the top of the stage and relative paths become predictable; a `WORKDIR` in a stage this one is built `FROM` counts too. Absolute and variable destinations are accepted. The suggestion inserts `WORKDIR /app` before the COPY, which moves where the files land, so check your `CMD` and paths afterwards. (hadolint\'s DL3045 checks only COPY; ADD has the same problem and is checked too.)',
      examples: {
        bad: 'FROM python:3.12-slim\nCOPY requirements.txt .\n',
        good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\n',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      const keyword = model.keyword(instruction);
      if (keyword !== 'COPY' && keyword !== 'ADD') continue;
      const args = copyArguments(model, instruction);
      if (!args || args.length < 2) continue;
      const dest = args[args.length - 1];
      if (isAbsoluteOrVariable(dest.value)) continue;
      const stage = model.stageOf(instruction);
      if (stage && hasWorkdirBefore(model, stage, instruction.getRange().start.line)) continue;
      report({
        messageId: 'relativeDestination',
        range: model.rangeOf(dest.start, dest.end),
        data: { dest: dest.value },
        suggestions: [{ title: 'Set WORKDIR /app before this instruction', edits: [insertLineBefore(model, instruction.getRange().start.line, 'WORKDIR /app')] }],
      });
    }
  },
);

function isAbsoluteOrVariable(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || path.startsWith('$') || /^[a-zA-Z]:[\\/]/.test(path);
}

function hasWorkdirBefore(model: DockerfileModel, stage: Stage, line: number): boolean {
  for (const s of stageChain(stage)) {
    for (const i of s.instructions) {
      if (s === stage && i.getRange().start.line >= line) break;
      if (model.keyword(i) === 'WORKDIR') return true;
    }
  }
  return false;
}
