import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { isIndexUpdate, packageCommands, usesIndex } from '../packages';
import { changesShellState, hasHeredoc, isExecForm, mergeRunsEdit, runFlagsKey } from '../runs';
import { keywordRange } from '../util';

export const rule = defineRule<DockerfileModel, 'consecutive'>(
  {
    id: 'DF12',
    name: 'consecutive-run',
    target: 'dockerfile',
    category: 'size',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c02-l1', 'c05-l5'],
    sources: ['hadolint:DL3059'],
    messages: {
      consecutive:
        'This RUN comes right after another single-command RUN with the same flags: each RUN adds its own layer and cache step. Join them into one RUN with `&&` (and a `\\` line break for readability).',
    },
    docs: {
      summary: 'Back-to-back single-command RUNs with the same flags are joined into one RUN.',
      rationale:
        "Every RUN produces a layer. A run of one-line RUNs (`RUN apt-get update`, `RUN apt-get install …`, `RUN rm …`) makes several layers for one step of work: files deleted by a later RUN still take space in the earlier layer, and each step is cached on its own, so a stale earlier step can be reused with a changed later one. Joining them with `&&` gives one layer, one cache entry, and stops at the first failing command. Like hadolint, the rule only looks at RUNs that hold a single command each: a RUN that already chains several commands was probably split on purpose (for example to keep a slow dependency install cached apart from a fast step). RUNs in exec form, with heredocs or for a non-POSIX shell (cmd, PowerShell) are left alone, and so are RUNs with different `--mount` or `--network` flags. The quick fix keeps comments that sit between the two RUNs; it is not offered when the first RUN changes shell state (`cd`, `export`, `set`) that would then leak into the second command.",
      examples: {
        bad: 'FROM debian:12-slim\nRUN useradd --create-home app\nRUN mkdir -p /srv/data\n',
        good: 'FROM debian:12-slim\nRUN useradd --create-home app \\\n && mkdir -p /srv/data\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    const instructions = model.instructions;
    for (let i = 1; i < instructions.length; i++) {
      const prev = instructions[i - 1];
      const cur = instructions[i];
      if (!mergeable(model, prev) || !mergeable(model, cur)) continue;
      if (runFlagsKey(prev) !== runFlagsKey(cur)) continue;
      // `RUN apt-get update` followed by an install is DF39's finding (with the same merge as its fix).
      if (updatesIndexOnly(model, prev)) continue;
      const edit = changesShellState(model, prev) ? undefined : mergeRunsEdit(model, prev, cur);
      report({
        messageId: 'consecutive',
        range: keywordRange(cur),
        fix: edit ? { title: 'Merge into the RUN above', edits: [edit] } : undefined,
      });
    }
  },
);

/** A shell-form RUN without heredocs whose script is exactly one command. */
function mergeable(model: DockerfileModel, instruction: Instruction): boolean {
  if (model.keyword(instruction) !== 'RUN' || isExecForm(instruction) || hasHeredoc(instruction)) return false;
  const script = model.shellScript(instruction);
  if (!script || script.error) return false;
  return script.commands.filter((c) => c.depth === 0).length === 1;
}

function updatesIndexOnly(model: DockerfileModel, instruction: Instruction): boolean {
  const pcs = packageCommands(model.shellScript(instruction)?.commands ?? []);
  return pcs.some(isIndexUpdate) && !pcs.some(usesIndex);
}
