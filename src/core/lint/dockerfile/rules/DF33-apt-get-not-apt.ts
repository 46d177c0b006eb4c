import { defineRule } from '../../rule';
import type { TextEdit } from '../../../text/text';
import type { DockerfileModel } from '../model';
import { runCommands, subcommand, wordRange, wordValue } from '../util';

/** `apt` subcommands and the script-safe command that does the same. */
const REPLACEMENT: Record<string, { tool: 'apt-get' | 'apt-cache'; verb?: string }> = {
  install: { tool: 'apt-get' }, remove: { tool: 'apt-get' }, purge: { tool: 'apt-get' }, autoremove: { tool: 'apt-get' },
  update: { tool: 'apt-get' }, upgrade: { tool: 'apt-get' }, 'full-upgrade': { tool: 'apt-get', verb: 'dist-upgrade' },
  'dist-upgrade': { tool: 'apt-get' }, clean: { tool: 'apt-get' }, autoclean: { tool: 'apt-get' }, source: { tool: 'apt-get' },
  'build-dep': { tool: 'apt-get' }, download: { tool: 'apt-get' }, satisfy: { tool: 'apt-get' }, changelog: { tool: 'apt-get' },
  search: { tool: 'apt-cache' }, show: { tool: 'apt-cache' }, policy: { tool: 'apt-cache' }, depends: { tool: 'apt-cache' },
  rdepends: { tool: 'apt-cache' }, showsrc: { tool: 'apt-cache' }, showpkg: { tool: 'apt-cache' }, madison: { tool: 'apt-cache' },
};

export const rule = defineRule<DockerfileModel, 'useAptGet' | 'noScriptEquivalent'>(
  {
    id: 'DF33',
    name: 'apt-get-not-apt',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l7'],
    sources: ['hadolint:DL3027'],
    messages: {
      useAptGet:
        '`apt` is made for people at a terminal: its output and behaviour may change between releases, and it warns that it "does not have a stable CLI interface" in scripts. In a Dockerfile use `{replacement}`.',
      noScriptEquivalent: '`apt` is made for people at a terminal, and its output may change between releases: in a Dockerfile use `apt-get` or `apt-cache` (or `dpkg-query` to list packages).',
    },
    docs: {
      summary: 'Dockerfiles use `apt-get` and `apt-cache`, not the interactive `apt` front end.',
      rationale:
        "`apt` bundles the most used parts of `apt-get` and `apt-cache` with progress bars and colours for people typing at a terminal. Its maintainers keep the right to change its output and defaults, and it prints \"WARNING: apt does not have a stable CLI interface. Use with caution in scripts.\" when its output is not a terminal, which is always the case in a build. `apt-get` (install, update, upgrade, remove) and `apt-cache` (search, show, policy) are the stable interfaces meant for scripts. The quick fix swaps the command (`apt install` → `apt-get install`, `apt search` → `apt-cache search`, `apt full-upgrade` → `apt-get dist-upgrade`); subcommands without a script equivalent, such as `apt list`, are reported without one.",
      examples: {
        bad: 'FROM debian:12-slim\nRUN apt update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n && rm -rf /var/lib/apt/lists/*\n',
        good: 'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n && rm -rf /var/lib/apt/lists/*\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const { command } of runCommands(model)) {
      if (command.name !== 'apt') continue;
      const name = command.words[0];
      const verb = subcommand(command);
      const replacement = verb ? REPLACEMENT[wordValue(verb)] : undefined;
      const range = wordRange(model, name);
      if (!replacement || !verb || model.text.slice(name.end - 3, name.end) !== 'apt') {
        report({ messageId: 'noScriptEquivalent', range });
        continue;
      }
      // Keep any directory (`/usr/bin/apt`) and quoting: only the trailing `apt` changes.
      const edits: TextEdit[] = [{ range: model.rangeOf(name.end - 3, name.end), newText: replacement.tool }];
      if (replacement.verb) edits.push({ range: wordRange(model, verb), newText: replacement.verb });
      const shown = `${replacement.tool} ${replacement.verb ?? wordValue(verb)}`;
      report({ messageId: 'useAptGet', range, data: { replacement: shown }, fix: { title: `Use ${shown}`, edits } });
    }
  },
);
