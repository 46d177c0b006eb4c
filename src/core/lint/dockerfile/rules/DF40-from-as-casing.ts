import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';

export const rule = defineRule<DockerfileModel, 'mismatch'>(
  {
    id: 'DF40',
    name: 'from-as-casing',
    target: 'dockerfile',
    category: 'style',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c05-l2'],
    sources: ['buildkit:FromAsCasing'],
    messages: {
      mismatch: '`{as}` is cased differently from `{from}`: write `{expected}` so the line reads consistently.',
    },
    docs: {
      summary: 'The `AS` of `FROM image AS name` is cased like its `FROM`.',
      rationale:
        'Dockerfile keywords are case-insensitive, so `FROM node:20 as build` works, but a mix of cases makes the stage name harder to spot and is what BuildKit\'s `FromAsCasing` check warns about. Upper-case `FROM` goes with `AS`, lower-case `from` with `as`. The safe fix changes only the `AS` word.',
      examples: {
        bad: 'FROM golang:1.22 as build\nRUN go build -o /out/app .\n',
        good: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const stage of model.stages) {
      const args = stage.from.getArguments();
      if (args.length < 3 || args[1].getValue().toLowerCase() !== 'as') continue;
      const from = stage.from.getInstruction();
      const as = args[1].getValue();
      const expected = from === from.toLowerCase() ? 'as' : 'AS';
      if (as === expected) continue;
      const range = args[1].getRange();
      report({ messageId: 'mismatch', range, data: { as, from, expected }, fix: { title: `Write ${expected}`, edits: [{ range, newText: expected }] } });
    }
  },
);
