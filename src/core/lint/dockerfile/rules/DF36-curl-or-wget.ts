import { defineRule } from '../../rule';
import type { Fix } from '../../types';
import { imageFamily } from '../images';
import type { DockerfileModel } from '../model';
import { insertArgAfter } from '../runs';
import type { ShellCommand } from '../shell';
import { runCommands, wordRange, wordValue } from '../util';

export const rule = defineRule<DockerfileModel, 'both' | 'wgetProgress'>(
  {
    id: 'DF36',
    name: 'curl-or-wget',
    target: 'dockerfile',
    category: 'size',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: [],
    sources: ['hadolint:DL4001', 'hadolint:DL3047'],
    messages: {
      both: 'This stage downloads with `{first}` and also with `{second}`: two tools (and their libraries) for one job. Pick one, usually the one the base image already has, and use it for every download.',
      wgetProgress:
        '`wget` prints a progress line for every few kilobytes when its output is not a terminal, so a large download fills the build log with thousands of lines: add `{flag}`.',
    },
    docs: {
      summary: 'A stage downloads with either curl or wget, not both, and wget runs without its per-kilobyte progress output.',
      rationale:
        "curl and wget do the same job in a Dockerfile. Using both in one stage means installing and shipping two tools and their TLS libraries, and two sets of flags to get right. Pick one: slim Debian images have neither, Alpine has BusyBox `wget` built in, so `wget` there costs nothing. GNU wget also writes its progress as rows of dots when it is not talking to a terminal, which is always the case in a build, so downloading a few hundred megabytes adds thousands of lines to the build log. `--progress=dot:giga` (one dot per megabyte), `-q`/`--quiet`, `-nv`/`--no-verbose` or a log file (`-o`, `-a`) keep the log readable. The quick fix adds `--progress=dot:giga` on Debian, Ubuntu, Fedora-like and SUSE bases, and `-q` on Alpine and BusyBox, whose `wget` does not know `--progress`; on other bases both are offered as suggestions. The two tools are counted per stage; the second one to appear is reported.",
      examples: {
        bad: 'FROM debian:12-slim\nRUN wget https://example.com/tool.tar.gz\n',
        good: 'FROM debian:12-slim\nRUN wget --progress=dot:giga https://example.com/tool.tar.gz\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const stage of model.stages) {
      const first = new Map<string, ShellCommand>();
      for (const { instruction, command } of runCommands(model, stage.instructions)) {
        if (command.name !== 'curl' && command.name !== 'wget') continue;
        if (!first.has(command.name)) {
          first.set(command.name, command);
          if (first.size === 2) {
            const other = command.name === 'curl' ? 'wget' : 'curl';
            report({ messageId: 'both', range: wordRange(model, command.words[0]), data: { first: other, second: command.name }, sources: ['hadolint:DL4001'] });
          }
        }
        if (command.name !== 'wget' || quietEnough(command)) continue;
        const family = imageFamily(stage);
        const gnu = family === 'debian' || family === 'rhel' || family === 'suse';
        const busybox = family === 'alpine' || family === 'busybox';
        const edit = (flag: string): Fix => ({ title: `Add ${flag}`, edits: [insertArgAfter(model, instruction, command.words[0], flag)] });
        report({
          messageId: 'wgetProgress',
          range: wordRange(model, command.words[0]),
          data: { flag: busybox ? '-q' : '--progress=dot:giga' },
          severity: 'info',
          sources: ['hadolint:DL3047'],
          fix: gnu ? edit('--progress=dot:giga') : busybox ? edit('-q') : undefined,
          suggestions: gnu || busybox ? undefined : [edit('--progress=dot:giga'), edit('-q')],
        });
      }
    }
  },
);

/** wget's short options that take a value: the rest of a combined word (`-qO-`) is that value. */
const WGET_WITH_VALUE = new Set('OoaPeUtTwQiBlARDXI'.split(''));

function quietEnough(c: ShellCommand): boolean {
  return c.args.some((w) => {
    const v = wordValue(w);
    if (/^--(progress|quiet|no-verbose|output-file|append-output)(=|$)/.test(v) || v === '-nv') return true;
    if (!/^-[a-zA-Z]/.test(v)) return false;
    // Short options, alone or combined: -q, -qO-, -o build.log, -a build.log.
    for (const flag of v.slice(1)) {
      if (flag === 'q' || flag === 'o' || flag === 'a') return true;
      if (WGET_WITH_VALUE.has(flag)) return false;
    }
    return false;
  });
}
