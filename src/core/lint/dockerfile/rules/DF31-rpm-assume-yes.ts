import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { hasOption, packageCommands, type PackageCommand } from '../packages';
import { insertArgAfter } from '../runs';
import { stageInstructions, wordRange, wordValue } from '../util';

/** Actions that ask "Is this ok [y/N]" before changing packages. */
const PROMPTS = new Set(['install', 'reinstall', 'group-install', 'module-install', 'upgrade', 'dist-upgrade', 'remove', 'downgrade', 'patch', 'source-install']);

const SOURCE: Record<string, string> = { yum: 'hadolint:DL3030', dnf: 'hadolint:DL3038', microdnf: 'hadolint:DL3038', zypper: 'hadolint:DL3034' };

export const rule = defineRule<DockerfileModel, 'assumeYes'>(
  {
    id: 'DF31',
    name: 'rpm-assume-yes',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: [],
    sources: [...new Set(Object.values(SOURCE))],
    messages: {
      assumeYes:
        '`{tool} {verb}` asks "Is this ok [y/N]" before it changes anything, and a build has nobody to answer, so it stops with an error: add `{flag}` to answer yes up front.',
    },
    docs: {
      summary: 'yum, dnf, microdnf and zypper run non-interactively (`-y`, or `zypper -n`).',
      rationale:
        "The package managers of Fedora, RHEL-like and SUSE images ask for confirmation before installing, upgrading or removing packages. A `docker build` has no terminal to answer, so the prompt reads end-of-input, treats it as \"no\", and the RUN fails. `-y` (`--assumeyes`) answers yes for yum, dnf and microdnf; for zypper the global `-n` (`--non-interactive`, before the subcommand) covers every subcommand, and `install -y` (`--no-confirm`) is accepted too. The quick fix adds `-y` after the yum/dnf subcommand and `-n` right after `zypper`. hadolint checks installs only; this rule also covers upgrades and removals, which prompt the same way.",
      examples: {
        bad: 'FROM fedora:40\nRUN dnf install httpd-2.4.62 && dnf clean all\n',
        good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const instruction of stageInstructions(model, 'RUN')) {
      const script = model.shellScript(instruction);
      if (!script) continue;
      for (const pc of packageCommands(script.commands)) {
        if (!SOURCE[pc.manager] || !pc.verb || !PROMPTS.has(pc.action) || answersYes(pc)) continue;
        const zypper = pc.manager === 'zypper';
        const flag = zypper ? '-n' : '-y';
        const edit = zypper ? insertArgAfter(model, instruction, pc.command.words[0], '-n') : insertArgAfter(model, instruction, pc.verb, '-y');
        report({
          messageId: 'assumeYes',
          range: wordRange(model, pc.verb),
          data: { tool: pc.command.name, verb: wordValue(pc.verb), flag: zypper ? 'zypper -n' : '-y' },
          sources: [SOURCE[pc.manager]],
          fix: { title: `Add ${flag}`, edits: [edit] },
        });
      }
    }
  },
);

function answersYes(pc: PackageCommand): boolean {
  if (pc.manager === 'zypper') return hasOption(pc, '-n', '--non-interactive', '-y', '--no-confirm');
  return hasOption(pc, '-y', '--assumeyes');
}
