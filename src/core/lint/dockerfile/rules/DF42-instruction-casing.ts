import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';

export const rule = defineRule<DockerfileModel, 'inconsistent'>(
  {
    id: 'DF42',
    name: 'instruction-casing',
    target: 'dockerfile',
    category: 'style',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l1'],
    sources: ['buildkit:ConsistentInstructionCasing'],
    messages: {
      inconsistent: '`{written}` does not match the {casing} used by most instructions in this file: write `{expected}`.',
    },
    docs: {
      summary: 'All instructions are written in the same case, the one most of the file already uses.',
      rationale:
        'Instruction keywords are case-insensitive, and upper case (`RUN`, `COPY`) is the convention that makes them stand out from their arguments. What matters most is consistency: a file that mixes `run` and `RUN`, or has a stray `Copy`, reads as if something different were meant. As in BuildKit\'s check, the case used by the majority of instructions wins (upper case on a tie), and every instruction written otherwise, including mixed case such as `Run`, is reported. The safe fix rewrites just the keyword.',
      examples: {
        bad: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\ncopy app.sh /usr/local/bin/\n',
        good: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\nCOPY app.sh /usr/local/bin/\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    let lower = 0;
    let upper = 0;
    for (const i of model.instructions) {
      const written = i.getInstruction();
      if (written === written.toLowerCase()) lower++;
      else if (written === written.toUpperCase()) upper++;
    }
    const majorityLower = lower > upper;
    for (const i of model.instructions) {
      const written = i.getInstruction();
      const expected = majorityLower ? written.toLowerCase() : written.toUpperCase();
      if (written === expected) continue;
      const range = i.getInstructionRange();
      report({
        messageId: 'inconsistent',
        range,
        data: { written, expected, casing: majorityLower ? 'lower case' : 'upper case' },
        fix: { title: `Write ${expected}`, edits: [{ range, newText: expected }] },
      });
    }
  },
);
