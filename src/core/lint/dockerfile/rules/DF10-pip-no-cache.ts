import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { hasOption, optionValue, packageCommands } from '../packages';
import { hasCacheMount, insertArgAfter, instructionsBefore } from '../runs';
import { wordRange } from '../util';

const VARIABLE = 'PIP_NO_CACHE_DIR';

export const rule = defineRule<DockerfileModel, 'noCacheDir'>(
  {
    id: 'DF10',
    name: 'pip-no-cache',
    target: 'dockerfile',
    category: 'size',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l7', 'c13-l1'],
    sources: ['hadolint:DL3042'],
    messages: {
      noCacheDir:
        '`pip install` keeps a copy of every downloaded package in `/root/.cache/pip`, and in an image nothing ever reuses it: add `--no-cache-dir` (or set `ENV PIP_NO_CACHE_DIR=1` once for the stage).',
    },
    docs: {
      summary: 'pip installs in the final image use `--no-cache-dir`, so no download cache is baked into a layer.',
      rationale:
        "pip saves every wheel it downloads in `~/.cache/pip` so the next install on the same machine is faster. In an image that cache is dead weight: the layer is built once, the cache is never read again, and for data-science stacks (numpy, torch) it can reach hundreds of megabytes. `pip install --no-cache-dir` skips it. Also accepted: `ENV PIP_NO_CACHE_DIR=1` (or `on`, `true`, `yes`) earlier in the stage or a stage it builds on, `PIP_NO_CACHE_DIR=1 pip install …` or `export PIP_NO_CACHE_DIR=1` in the same RUN, and `RUN --mount=type=cache,target=/root/.cache/pip`, which keeps the cache between builds but outside the image. Only stages that end up in the final image are checked: a builder stage's cache is thrown away with the stage (hadolint checks every stage). `pipx` and `pipenv` manage their own environments and are not checked, nor is a `pip install` that names nothing to install.",
      examples: {
        bad: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
        good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      if (model.keyword(instruction) !== 'RUN') continue;
      const stage = model.stageOf(instruction);
      if (!stage || !model.isInFinalImage(stage)) continue;
      const script = model.shellScript(instruction);
      if (!script) continue;
      const installs = packageCommands(script.commands).filter((pc) => pc.manager === 'pip' && pc.action === 'install' && pc.verb);
      if (installs.length === 0) continue;
      if (hasCacheMount(instruction, (t) => t.endsWith('.cache/pip'))) continue;
      const fromEnv = envSetsNoCache(model, instruction);
      for (const pc of installs) {
        if (hasOption(pc, '--no-cache-dir')) continue;
        const installsSomething = pc.operands.length > 0 || optionValue(pc, '-r', '--requirement', '-e', '--editable') !== undefined;
        if (!installsSomething) continue;
        // The nearest setting wins: `PIP_NO_CACHE_DIR=… pip`, then an `export` earlier in the RUN, then ENV/ARG.
        const prefixed = (pc.command.assigns ?? []).find((a) => a.name === VARIABLE);
        const exported = script.commands
          .filter((c) => c.start < pc.command.start && c.name === 'export')
          .flatMap((c) => c.assigns ?? [])
          .filter((a) => a.name === VARIABLE)
          .pop();
        const setting = prefixed ?? exported;
        if (setting ? isTruthy(setting.value) : fromEnv) continue;
        report({
          messageId: 'noCacheDir',
          range: wordRange(model, pc.verb!),
          fix: { title: 'Add --no-cache-dir', edits: [insertArgAfter(model, instruction, pc.verb!, '--no-cache-dir')] },
        });
      }
    }
  },
);

/** pip reads PIP_NO_CACHE_DIR as a boolean: 1/true/yes/on disable the cache, 0/false/no/off keep it. */
function isTruthy(value: string | undefined): boolean {
  return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}

/** An `ENV` or `ARG` default that sets PIP_NO_CACHE_DIR before `before`, in this stage or a stage it builds on. */
function envSetsNoCache(model: DockerfileModel, before: Instruction): boolean {
  let value: string | undefined;
  for (const i of instructionsBefore(model, before)) {
    const keyword = model.keyword(i);
    if (keyword !== 'ENV' && keyword !== 'ARG') continue;
    for (const p of (i as Instruction & { getProperties?: () => { getName(): string; getValue(): string | null }[] }).getProperties?.() ?? []) {
      if (p.getName() === VARIABLE) value = p.getValue() ?? undefined;
    }
  }
  return isTruthy(value);
}
