import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { deleteInstruction } from '../edits';

const SOURCES: Record<string, string[]> = {
  CMD: ['hadolint:DL4003', 'buildkit:MultipleInstructionsDisallowed'],
  ENTRYPOINT: ['hadolint:DL4004', 'buildkit:MultipleInstructionsDisallowed'],
  HEALTHCHECK: ['hadolint:DL3012', 'buildkit:MultipleInstructionsDisallowed'],
};

export const rule = defineRule<DockerfileModel, 'shadowed'>(
  {
    id: 'DF20',
    name: 'single-cmd-entrypoint',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l4'],
    sources: ['hadolint:DL4003', 'hadolint:DL4004', 'hadolint:DL3012', 'buildkit:MultipleInstructionsDisallowed'],
    messages: {
      shadowed: 'This `{keyword}` has no effect: only the last `{keyword}` of a stage counts, and line {line} replaces it. Remove this one (or merge what you meant into line {line}).',
    },
    docs: {
      summary: 'A stage has at most one CMD, one ENTRYPOINT and one HEALTHCHECK; earlier ones are dead code.',
      rationale:
        '`CMD`, `ENTRYPOINT` and `HEALTHCHECK` are settings of the image, not steps that run during the build. Each one overwrites the previous value, so in `CMD ["setup"]` … `CMD ["serve"]` only `serve` ever runs; learners often expect both. Keep one of each per stage, and chain several programs in a script or with `ENTRYPOINT` + `CMD` (lesson c04-l4). The earlier instructions are reported and shown faded; the safe fix deletes them, which cannot change the image because they were overwritten anyway. Separate stages are independent: a `CMD` in a builder stage and another in the final stage are fine.',
      examples: {
        bad: 'FROM python:3.12-slim\nUSER 10001\nCMD ["python", "manage.py", "migrate"]\nCMD ["python", "manage.py", "runserver"]\n',
        good: 'FROM python:3.12-slim\nUSER 10001\nCMD ["python", "manage.py", "runserver"]\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const stage of model.stages) {
      const last = new Map<string, Instruction>();
      for (const i of [...stage.instructions].reverse()) {
        const keyword = model.keyword(i);
        if (!(keyword in SOURCES)) continue;
        const later = last.get(keyword);
        if (!later) {
          last.set(keyword, i);
          continue;
        }
        report({
          messageId: 'shadowed',
          range: i.getRange(),
          data: { keyword, line: later.getRange().start.line + 1 },
          sources: SOURCES[keyword],
          tags: ['unnecessary'],
          fix: { title: `Delete the overwritten ${keyword}`, edits: [deleteInstruction(model, i)] },
        });
      }
    }
  },
);
