import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { hasOption, packageCommands, type PackageCommand } from '../packages';
import { hasCacheMount, insertArgAfter } from '../runs';
import type { ShellCommand } from '../shell';
import { stageInstructions, wordRange, wordValue } from '../util';

const CACHE = '/var/cache/apk';

export const rule = defineRule<DockerfileModel, 'noCache' | 'redundantUpdate'>(
  {
    id: 'DF09',
    name: 'apk-hygiene',
    target: 'dockerfile',
    category: 'size',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c05-l5'],
    sources: ['hadolint:DL3019'],
    messages: {
      noCache:
        '`apk add` without `--no-cache` keeps the package index it downloads in `/var/cache/apk`, and this layer stores those megabytes for good: use `apk add --no-cache`, which fetches a fresh index and keeps nothing.',
      redundantUpdate:
        '`apk update` saves the package index in `/var/cache/apk` of this layer, yet `apk add --no-cache` fetches its own: remove `apk update &&` and let `--no-cache` do both jobs.',
    },
    docs: {
      summary: 'Alpine packages are installed with `apk add --no-cache`, so no package index stays in the image.',
      rationale:
        "Alpine's `apk` keeps its package index in `/var/cache/apk`. `apk add --no-cache` downloads a fresh index, installs, and stores nothing, which replaces the older `apk update && apk add … && rm -rf /var/cache/apk/*` recipe in one flag. Without it, the index downloaded by `apk update` or `apk add --update` (a few megabytes) stays in the layer, and a later `RUN rm` cannot take it back out. A `RUN --mount=type=cache,target=/var/cache/apk` or an `rm -rf /var/cache/apk/*` in the same RUN is accepted too. An `apk update` before `apk add --no-cache` only adds the index back, so it is reported as well.",
      examples: {
        bad: 'FROM alpine:3.20\nRUN apk add curl=8.9.1-r2\n',
        good: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const instruction of stageInstructions(model, 'RUN')) {
      const script = model.shellScript(instruction);
      if (!script) continue;
      const apk = packageCommands(script.commands).filter((pc) => pc.manager === 'apk');
      if (apk.length === 0) continue;
      if (hasCacheMount(instruction, (t) => t === CACHE || t === '/etc/apk/cache')) continue;
      const adds = apk.filter((pc) => pc.action === 'install');
      const cleanedAfter = (pc: PackageCommand) => script.commands.some((c) => c.start > pc.command.start && removesCache(c));
      for (const add of adds) {
        // `--no-network` installs only what is already on disk, so no index is downloaded.
        if (hasOption(add, '--no-cache', '--no-network') || cleanedAfter(add) || !add.verb) continue;
        report({
          messageId: 'noCache',
          range: wordRange(model, add.verb),
          fix: { title: 'Add --no-cache', edits: [insertArgAfter(model, instruction, add.verb, '--no-cache')] },
        });
      }
      for (const update of apk.filter((pc) => pc.action === 'update')) {
        const later = apk.filter((pc) => pc.command.start > update.command.start);
        if (later.length === 0 || !later.every((pc) => pc.action === 'install') || cleanedAfter(update)) continue;
        const next = script.commands.find((c) => c.start >= update.command.end);
        const between = next ? model.text.slice(update.command.end, next.start) : '';
        const removable = next !== undefined && next.depth === update.command.depth && /^(\s|\\\r?\n)*&&(\s|\\\r?\n)*$/.test(between);
        report({
          messageId: 'redundantUpdate',
          range: model.rangeOf(update.command.start, update.command.end),
          fix: removable ? { title: 'Remove apk update', edits: [{ range: model.rangeOf(update.command.start, next.start), newText: '' }] } : undefined,
        });
      }
    }
  },
);

function removesCache(c: ShellCommand): boolean {
  return c.name === 'rm' && c.args.some((w) => wordValue(w).startsWith(CACHE));
}
