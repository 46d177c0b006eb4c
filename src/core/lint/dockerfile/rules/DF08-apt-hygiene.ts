import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { insertArgAfter } from '../runs';
import { hasFlag, type ShellCommand } from '../shell';
import { isSubcommand, runCommands, subcommand, wordRange, wordValue } from '../util';

const LISTS = '/var/lib/apt/lists';

export const rule = defineRule<DockerfileModel, 'assumeYes' | 'noRecommends' | 'cleanLists'>(
  {
    id: 'DF08',
    name: 'apt-hygiene',
    target: 'dockerfile',
    category: 'size',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l7', 'c05-l5'],
    sources: ['hadolint:DL3014', 'hadolint:DL3015', 'hadolint:DL3009'],
    messages: {
      assumeYes: '`apt-get install` without `-y` stops at the "Do you want to continue?" prompt, and a build has nobody to answer it: add `-y`.',
      noRecommends: '`apt-get install` also installs "recommended" packages you did not ask for (often tens of MB): add `--no-install-recommends`.',
      cleanLists: 'The package lists downloaded by `apt-get update` ({size}) stay in this layer: end the same RUN with `rm -rf /var/lib/apt/lists/*`.',
    },
    docs: {
      summary: 'apt-get installs are non-interactive, skip recommended packages, and remove the package lists in the same RUN.',
      rationale:
        'Three habits keep Debian and Ubuntu images small and builds reliable. `-y` answers the confirmation prompt that would otherwise abort the build. `--no-install-recommends` installs only what you named instead of a tree of optional extras. And `rm -rf /var/lib/apt/lists/*` in the **same** `RUN` as `apt-get update` removes the package index; a cleanup in a later `RUN` saves nothing, because the earlier layer still holds the files. Only stages that end up in the final image are checked for the cleanup; a `RUN --mount=type=cache` on `/var/lib/apt/lists` is accepted instead.',
      examples: {
        bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install curl=7.88.1-10+deb12u8\n',
        good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    const installsByRun = new Map<Instruction, ShellCommand[]>();
    for (const { instruction, command } of runCommands(model)) {
      if (!isSubcommand(command, 'apt-get', 'install')) continue;
      const sub = subcommand(command)!;
      if (!hasFlag(command, '-y', '--yes', '--assume-yes', '-qq') && !hasQuietTwice(command)) {
        report({
          messageId: 'assumeYes',
          range: wordRange(model, sub),
          sources: ['hadolint:DL3014'],
          fix: { title: 'Add -y', edits: [insertArgAfter(model, instruction, sub, '-y')] },
        });
      }
      if (!hasFlag(command, '--no-install-recommends') && !command.args.some((w) => /APT::Install-Recommends=(false|0)/i.test(wordValue(w)))) {
        report({
          messageId: 'noRecommends',
          range: wordRange(model, sub),
          sources: ['hadolint:DL3015'],
          fix: { title: 'Add --no-install-recommends', edits: [insertArgAfter(model, instruction, sub, '--no-install-recommends')] },
        });
      }
      const list = installsByRun.get(instruction) ?? [];
      list.push(command);
      installsByRun.set(instruction, list);
    }
    for (const [instruction, installs] of installsByRun) {
      const stage = model.stageOf(instruction);
      if (!stage || !model.isInFinalImage(stage)) continue;
      const script = model.shellScript(instruction);
      if (!script?.commands.some((c) => isSubcommand(c, 'apt-get', 'update') || isSubcommand(c, 'apt', 'update'))) continue;
      if (script.commands.some(removesLists) || hasListsCacheMount(instruction)) continue;
      const end = model.offset(instruction.getRange().end);
      const tail = model.text.slice(0, end).trimEnd();
      const canAppend = !/[;&|\\]$/.test(tail) && !instruction.getRawArgumentsContent()?.includes('<<') && !tail.endsWith(']');
      const at = model.lines.positionAt(tail.length);
      report({
        messageId: 'cleanLists',
        range: wordRange(model, installs[0].words[0]),
        data: { size: 'often 20–40 MB' },
        sources: ['hadolint:DL3009'],
        fix: canAppend ? { title: 'Remove the apt lists at the end of this RUN', edits: [{ range: { start: at, end: at }, newText: ` && rm -rf ${LISTS}/*` }] } : undefined,
      });
    }
  },
);

function hasQuietTwice(c: ShellCommand): boolean {
  return c.args.filter((w) => wordValue(w) === '-q' || wordValue(w) === '--quiet').length >= 2 || c.args.some((w) => /^(-q=2|--quiet=2)$/.test(wordValue(w)));
}

function removesLists(c: ShellCommand): boolean {
  return c.name === 'rm' && c.args.some((w) => wordValue(w).startsWith(LISTS));
}

function hasListsCacheMount(instruction: Instruction): boolean {
  const flags = (instruction as Instruction & { getFlags?: () => { getName(): string; getValue(): string | null }[] }).getFlags?.() ?? [];
  return flags.some((f) => f.getName() === 'mount' && /type=(cache|tmpfs)/.test(f.getValue() ?? '') && /target=\/var\/lib\/apt(\/lists)?\/?(,|$)/.test(f.getValue() ?? ''));
}
