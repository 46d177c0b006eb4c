import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { isIndexUpdate, packageCommands, usesIndex, type PackageCommand } from '../packages';
import { changesShellState, mergeRunsEdit, nextInstruction, runFlagsKey } from '../runs';
import { stageInstructions, wordValue } from '../util';

export const rule = defineRule<DockerfileModel, 'updateAlone'>(
  {
    id: 'DF39',
    name: 'apt-update-alone',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l2', 'c05-l5'],
    sources: [],
    messages: {
      updateAlone:
        '`{command}` refreshes the package lists, but nothing in this RUN installs from them, and the layer is cached and reused by later builds: an install in a later RUN then works from an old list (and fails once those versions leave the mirror). Update and install in the same RUN: `RUN {command} && {install} …`.',
    },
    docs: {
      summary: 'Package lists are refreshed in the same RUN that installs from them.',
      rationale:
        "The build cache reuses a RUN as long as its text and everything before it are unchanged. `RUN apt-get update` on its own line never changes, so after the first build its layer comes from the cache forever, with the package lists of that day. When you later add a package to the next RUN, only that RUN reruns, against the stale lists: you get old versions, or `404 Not Found` errors once the mirror has dropped them. Putting `apt-get update` (or `apk update`) and the install in one RUN makes any change to the package list refresh the index too. (`apk add --no-cache` needs no separate update at all.) The quick fix merges the update into the RUN right after it when that RUN installs, runs with the same flags and is a plain `&&` chain.",
      examples: {
        bad: 'FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n && rm -rf /var/lib/apt/lists/*\n',
        good: 'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n && rm -rf /var/lib/apt/lists/*\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const instruction of stageInstructions(model, 'RUN')) {
      const pcs = packageCommands(model.shellScript(instruction)?.commands ?? []);
      const update = pcs.find(isIndexUpdate);
      if (!update || pcs.some(usesIndex)) continue;
      const family = aptOrApk(update);
      const next = nextInstruction(model, instruction);
      const installsNext =
        next !== undefined &&
        model.keyword(next) === 'RUN' &&
        model.stageOf(next) === model.stageOf(instruction) &&
        runFlagsKey(next) === runFlagsKey(instruction) &&
        packageCommands(model.shellScript(next)?.commands ?? []).some((pc) => usesIndex(pc) && aptOrApk(pc) === family);
      const edit = installsNext && !changesShellState(model, instruction) ? mergeRunsEdit(model, instruction, next) : undefined;
      const tool = family === 'apk' ? 'apk' : 'apt-get';
      report({
        messageId: 'updateAlone',
        range: model.rangeOf(update.command.start, update.verb ? update.verb.end : update.command.end),
        data: { command: `${update.command.name} ${update.verb ? wordValue(update.verb) : 'update'}`, install: family === 'apk' ? 'apk add' : `${tool} install -y` },
        fix: edit ? { title: 'Merge with the install in the next RUN', edits: [edit] } : undefined,
      });
    }
  },
);

function aptOrApk(pc: PackageCommand): 'apt' | 'apk' {
  return pc.manager === 'apk' ? 'apk' : 'apt';
}
