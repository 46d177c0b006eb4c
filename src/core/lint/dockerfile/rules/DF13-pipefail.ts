import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { Fix } from '../../types';
import { hasBash, imageFamily } from '../images';
import type { DockerfileModel } from '../model';
import { argumentsStart, eol, hasHeredoc, isExecForm } from '../runs';
import type { ShellCommand } from '../shell';
import { wordValue } from '../util';

const BASH_SHELL = '["/bin/bash", "-o", "pipefail", "-c"]';

export const rule = defineRule<DockerfileModel, 'noPipefail'>(
  {
    id: 'DF13',
    name: 'pipefail',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l3'],
    sources: ['hadolint:DL4006'],
    messages: {
      noPipefail:
        'A pipeline succeeds when its last command does: if `{first}` fails here, the RUN still passes and the build goes on with empty or broken output. Turn on `pipefail` so any failing part fails the RUN: {how}.',
    },
    docs: {
      summary: 'RUNs with a pipe run under `set -o pipefail`, so a failure early in the pipe fails the build.',
      rationale:
        "`curl -fsSL https://example.com/install.sh | sh` has the exit status of `sh` alone. If the download fails, `sh` reads an empty script, exits 0, and the build carries on without the tool, to fail much later or not at all. `pipefail` makes a pipeline fail when any of its commands fails. Docker's default shell is `/bin/sh -c`, which has no pipefail on Debian (dash), so the usual fix is `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before the first such RUN; it applies to every later RUN of the stage. Alpine's `/bin/sh` (BusyBox ash) supports it directly, so there `set -o pipefail && …` at the start of the RUN is enough. Both forms are accepted, and so is a SHELL with `-o pipefail` inherited from the stage this one builds on. The quick fixes are suggestions: a SHELL line changes every later RUN, and the linter can only guess from the image name whether bash exists. RUNs for PowerShell or cmd are not checked; unlike hadolint, `set -o pipefail` inside the RUN counts.",
      examples: {
        bad: 'FROM debian:12-slim\nRUN wget -qO- https://example.com/install.sh | sh\n',
        good: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -qO- https://example.com/install.sh | sh\n',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      if (model.keyword(instruction) !== 'RUN') continue;
      const script = model.shellScript(instruction);
      if (!script || !script.hasPipe) continue;
      const shell = model.activeShell(instruction);
      if (shell && shellSetsPipefail(shell)) continue;
      const piped = script.commands.filter((c) => c.inPipeline);
      const first = piped[0];
      if (!first) continue;
      if (script.commands.some((c) => c.start < first.start && setsPipefail(c))) continue;
      const stage = model.stageOf(instruction);
      const family = stage ? imageFamily(stage) : undefined;
      const binary = shell?.[0] ?? '/bin/sh';
      const name = binary.slice(binary.lastIndexOf('/') + 1);
      const suggestions: Fix[] = [];
      let how = 'put `set -o pipefail &&` in front of the command, or set a SHELL with `-o pipefail` for a shell that has it (bash, ash, zsh)';
      if (['bash', 'zsh', 'ksh', 'ash'].includes(name)) {
        const line = `SHELL ${JSON.stringify([binary, '-o', 'pipefail', '-c']).replace(/","/g, '", "')}`;
        how = `add \`${line}\` before this RUN`;
        suggestions.push(insertShellLine(model, instruction, line));
      } else if (hasBash(family)) {
        how = `add \`SHELL ${BASH_SHELL}\` before this RUN`;
        suggestions.push(insertShellLine(model, instruction, `SHELL ${BASH_SHELL}`));
      } else if ((family === 'alpine' || family === 'busybox') && !isExecForm(instruction) && !hasHeredoc(instruction)) {
        const at = argumentsStart(model, instruction);
        how = 'start the RUN with `set -o pipefail &&` (BusyBox ash supports it)';
        if (at !== undefined) suggestions.push({ title: 'Start the RUN with set -o pipefail', edits: [{ range: model.rangeOf(at, at), newText: 'set -o pipefail && ' }] });
      }
      const second = piped.find((c) => c.start > first.start);
      report({
        messageId: 'noPipefail',
        range: model.rangeOf(first.start, (second ?? first).end),
        data: { first: first.name || wordValue(first.words[0]), how },
        suggestions,
      });
    }
  },
);

/** `-o pipefail` among a SHELL's options, also as `-eo pipefail` or `-euxo pipefail`. */
function shellSetsPipefail(argv: string[]): boolean {
  return argv.some((a, i) => a === 'pipefail' && i > 0 && /^-[a-zA-Z]*o$/.test(argv[i - 1]));
}

function setsPipefail(c: ShellCommand): boolean {
  return c.name === 'set' && shellSetsPipefail(['set', ...c.args.map(wordValue)]);
}

function insertShellLine(model: DockerfileModel, instruction: Instruction, line: string): Fix {
  const start = instruction.getRange().start;
  const indent = /^[ \t]*/.exec(model.lines.lineText(start.line))?.[0] ?? '';
  const at = { line: start.line, character: 0 };
  return { title: `Insert ${line} before this RUN`, edits: [{ range: { start: at, end: at }, newText: `${indent}${line}${eol(model)}` }] };
}
