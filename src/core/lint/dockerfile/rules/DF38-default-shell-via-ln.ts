import { defineRule } from '../../rule';
import type { Fix } from '../../types';
import type { DockerfileModel } from '../model';
import { hasHeredoc, isExecForm } from '../runs';
import { positionalArgs } from '../shell';
import { runCommands, wordRange, wordValue } from '../util';

const SH = new Set(['/bin/sh', '/usr/bin/sh']);

export const rule = defineRule<DockerfileModel, 'lnSh'>(
  {
    id: 'DF38',
    name: 'default-shell-via-ln',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: [],
    sources: ['hadolint:DL4005'],
    messages: {
      lnSh:
        'Linking `{target}` to another shell changes `/bin/sh` for every program in the image, including scripts written for the original one, and hides the change from readers. To run RUN steps with another shell, declare it: `SHELL ["{shell}", "-c"]`.',
    },
    docs: {
      summary: 'The shell for RUN is chosen with `SHELL`, not by replacing `/bin/sh` with a symlink.',
      rationale:
        "`RUN ln -sf /bin/bash /bin/sh` makes bash the default shell for the rest of the build, but it does so by changing the image itself: every script and program that calls `/bin/sh` (package maintainer scripts, entrypoints written for dash or BusyBox ash) now runs under bash, and nothing in the Dockerfile says so where the RUNs are. The `SHELL` instruction sets the shell used by later shell-form RUN, CMD and ENTRYPOINT in the stage, such as `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]`, and leaves `/bin/sh` alone. When the RUN does nothing but create that link, a suggestion replaces it with the equivalent SHELL line.",
      examples: {
        bad: 'FROM debian:12-slim\nRUN ln -sf /bin/bash /bin/sh\n',
        good: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    for (const { instruction, command } of runCommands(model)) {
      if (command.name !== 'ln') continue;
      const operands = positionalArgs(command);
      const target = operands[operands.length - 1];
      if (operands.length < 2 || !target || !SH.has(wordValue(target).replace(/\/+$/, ''))) continue;
      const source = wordValue(operands[0]);
      const shell = /^\/[\w/.-]*\b(ba|z|k|da|a)?sh$/.test(source) ? source : '/bin/bash';
      const suggestions: Fix[] = [];
      const script = model.shellScript(instruction);
      const alone = script?.commands.length === 1 && !isExecForm(instruction) && !hasHeredoc(instruction);
      if (alone) {
        const r = instruction.getRange();
        const end = model.lines.positionAt(model.text.slice(0, model.offset(r.end)).replace(/\s+$/, '').length);
        const line = `SHELL ["${shell}", "-c"]`;
        suggestions.push({ title: `Replace this RUN with ${line}`, edits: [{ range: { start: r.start, end }, newText: line }] });
      }
      report({ messageId: 'lnSh', range: wordRange(model, target), data: { target: wordValue(target), shell }, suggestions });
    }
  },
);
