import { defineRule } from '../../rule';
import type { Fix } from '../../types';
import type { DockerfileModel, Stage } from '../model';
import { runCommands, wordRange } from '../util';

export const rule = defineRule<DockerfileModel, 'relativeWorkdir' | 'cdInRun'>(
  {
    id: 'DF05',
    name: 'absolute-workdir',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l1', 'c04-l3'],
    sources: ['hadolint:DL3000', 'hadolint:DL3003', 'buildkit:WorkdirRelativePath'],
    messages: {
      relativeWorkdir: '`WORKDIR {path}` is relative, so where it lands depends on the base image\'s working directory: write an absolute path such as `{absolute}`.',
      cdInRun: '`cd` only lasts until the end of this RUN; use `WORKDIR` to change directory for the instructions that follow.',
    },
    docs: {
      summary: 'WORKDIR takes an absolute path, and directories are changed with WORKDIR rather than `cd`.',
      rationale:
        'A relative `WORKDIR` is resolved against whatever working directory the previous instruction left behind, which may be set by a base image you do not control: a new base version can move your whole application. An absolute path says where the files go. Each `RUN` starts a fresh shell, so a `cd` in one `RUN` is forgotten by the next one; learners then copy files to the wrong place. `WORKDIR` changes the directory for every following instruction and creates it if needed.',
      examples: { bad: 'FROM alpine:3.20\nWORKDIR app\n', good: 'FROM alpine:3.20\nWORKDIR /app\n' },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const stage of model.stages) {
      let current = inheritedWorkdir(model, stage);
      for (const instruction of stage.instructions) {
        if (model.keyword(instruction) !== 'WORKDIR') continue;
        const args = instruction.getArguments();
        if (args.length === 0) continue;
        const range = { start: args[0].getRange().start, end: args[args.length - 1].getRange().end };
        const path = model.lines.textOf(range);
        if (isAbsolute(path) || path.startsWith('$')) {
          current = path.startsWith('$') ? undefined : path;
          continue;
        }
        const known = current ?? (stage.image.isScratch ? '/' : undefined);
        const absolute = known ? joinPath(known, path) : `/${path}`;
        const edit: Fix = { title: `Use the absolute path ${absolute}`, edits: [{ range, newText: absolute }] };
        // Exact only when the directory it is relative to is known; otherwise the learner must confirm.
        report({ messageId: 'relativeWorkdir', range, data: { path, absolute }, fix: known ? edit : undefined, suggestions: known ? undefined : [edit], sources: ['hadolint:DL3000', 'buildkit:WorkdirRelativePath'] });
        current = known ? absolute : undefined;
      }
    }
    for (const { command } of runCommands(model)) {
      if (command.name !== 'cd' || command.depth > 0) continue;
      report({ messageId: 'cdInRun', range: wordRange(model, command.words[0]), sources: ['hadolint:DL3003'] });
    }
  },
);

function inheritedWorkdir(model: DockerfileModel, stage: Stage): string | undefined {
  if (!stage.parent) return undefined;
  let dir: string | undefined;
  for (const i of stage.parent.instructions) {
    if (model.keyword(i) !== 'WORKDIR') continue;
    const p = i.getArguments().map((a) => a.getValue()).join(' ');
    dir = isAbsolute(p) ? p : dir && !p.startsWith('$') ? joinPath(dir, p) : undefined;
  }
  return dir ?? inheritedWorkdir(model, stage.parent);
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('\\');
}

function joinPath(base: string, rel: string): string {
  return `${base.replace(/\/+$/, '')}/${rel.replace(/^\.\//, '')}`;
}
