import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { Fix } from '../../types';
import type { DockerfileModel } from '../model';
import { eol, instructionsBefore, isExecForm } from '../runs';
import { argumentsText, runCommands, wordRange, wordValue } from '../util';

export const rule = defineRule<DockerfileModel, 'sudo'>(
  {
    id: 'DF14',
    name: 'no-sudo',
    target: 'dockerfile',
    category: 'security',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c10-l2'],
    sources: ['hadolint:DL3004'],
    messages: {
      sudo:
        '`sudo` in a RUN: build steps already run as root unless a USER instruction changed that, and inside an image sudo is often missing or asks for a password nobody can type. Remove `sudo`; to run one step as root after `USER {user}`, write `USER root` before it and switch back after.',
    },
    docs: {
      summary: 'RUN never uses `sudo`; the user a step runs as is set with `USER`.',
      rationale:
        "In a Dockerfile every RUN runs as the user of the most recent `USER` instruction, and as root when there is none. `sudo` adds nothing there and brings trouble: most base images don't ship it, it needs a sudoers entry, it may prompt for a password (and a build cannot answer), and installing it leaves a privilege-escalation tool in the image. Switch users with `USER root` … `USER app` around the steps that need root. At run time, images that must start as root and then drop privileges use a small helper such as `gosu` or `su-exec` in their entrypoint. The quick fix removes `sudo` when the step already runs as root; after a non-root `USER` it is offered as a suggestion that also wraps the RUN in `USER root` / `USER <previous>`.",
      examples: {
        bad: 'FROM debian:12-slim\nRUN sudo mkdir -p /srv/data\n',
        good: 'FROM debian:12-slim\nRUN mkdir -p /srv/data\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const { instruction, command } of runCommands(model)) {
      if (command.name !== 'sudo') continue;
      const sudo = command.words[0];
      const next = command.args[0];
      const user = activeUser(model, instruction);
      const asRoot = user === undefined || /^(root|0)(:.*)?$/.test(user);
      // `sudo -u app cmd`, `sudo -E cmd`: the options change what runs, so no mechanical edit.
      const plain = next !== undefined && !wordValue(next).startsWith('-');
      const removal = plain ? removeWord(model, instruction, sudo, next) : undefined;
      let fix: Fix | undefined;
      const suggestions: Fix[] = [];
      if (removal && asRoot) fix = { title: 'Remove sudo', edits: [removal] };
      else if (removal && user !== undefined) {
        const nl = eol(model);
        const start = instruction.getRange().start;
        const at = { line: start.line, character: 0 };
        const end = model.lines.positionAt(model.text.slice(0, model.offset(instruction.getRange().end)).replace(/\s+$/, '').length);
        suggestions.push({
          title: `Remove sudo and run this step as root (USER root … USER ${user})`,
          edits: [{ range: { start: at, end: at }, newText: `USER root${nl}` }, removal, { range: { start: end, end }, newText: `${nl}USER ${user}` }],
        });
      }
      report({ messageId: 'sudo', range: wordRange(model, sudo), data: { user: user ?? 'app' }, fix, suggestions });
    }
  },
);

/** Deletes `sudo ` up to the next word: `sudo apt-get` → `apt-get`; in exec form, `"sudo", ` as a whole JSON string. */
function removeWord(model: DockerfileModel, instruction: Instruction, word: { start: number; end: number }, next: { start: number }) {
  const quote = isExecForm(instruction) ? 1 : 0;
  return { range: model.rangeOf(word.start - quote, next.start - quote), newText: '' };
}

/** The user of the last `USER` before `before`, in this stage or a stage it builds on; undefined when there is none. */
function activeUser(model: DockerfileModel, before: Instruction): string | undefined {
  let user: string | undefined;
  for (const i of instructionsBefore(model, before)) if (model.keyword(i) === 'USER') user = argumentsText(model, i).trim() || user;
  return user;
}
