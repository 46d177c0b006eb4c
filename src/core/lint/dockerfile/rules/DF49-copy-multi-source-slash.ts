import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { copyArguments } from '../instructions';

export const rule = defineRule<DockerfileModel, 'destinationNotDirectory'>(
  {
    id: 'DF49',
    name: 'copy-multi-source-slash',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c04-l3'],
    sources: ['hadolint:DL3021'],
    messages: {
      destinationNotDirectory: '`{keyword}` has {count} sources, so the destination must be a directory, written with a trailing slash: `{fixed}`. Without it the build stops.',
    },
    docs: {
      summary: 'COPY and ADD with several sources copy into a destination that ends with `/`.',
      rationale:
        'With one source, `COPY app.py /app/main.py` copies a file to a new name, and `COPY app.py /app/` copies it into a directory: the trailing slash is what tells the two apart. With several sources the destination can only be a directory, and Docker insists that you say so: `COPY package.json package-lock.json /app` stops the build with "When using COPY with more than one source file, the destination must be a directory and end with a /". The safe fix adds the slash. Destinations that are variables are not checked.',
      examples: {
        bad: 'FROM node:20-slim\nCOPY package.json package-lock.json /app\n',
        good: 'FROM node:20-slim\nCOPY package.json package-lock.json /app/\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      const keyword = model.keyword(instruction);
      if (keyword !== 'COPY' && keyword !== 'ADD') continue;
      const args = copyArguments(model, instruction);
      if (!args || args.length < 3) continue;
      const dest = args[args.length - 1];
      if (dest.value.includes('$') || /[/\\]$/.test(dest.value)) continue;
      const at = model.lines.positionAt(dest.end);
      report({
        messageId: 'destinationNotDirectory',
        range: model.rangeOf(dest.start, dest.end),
        data: { keyword, count: args.length - 1, fixed: `${dest.value}/` },
        fix: { title: `Write ${dest.value}/`, edits: [{ range: { start: at, end: at }, newText: '/' }] },
      });
    }
  },
);
