import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { variablesIn } from '../variables';

export const rule = defineRule<DockerfileModel, 'constant' | 'redundant'>(
  {
    id: 'DF28',
    name: 'from-platform',
    target: 'dockerfile',
    category: 'reproducibility',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c09-l4'],
    sources: ['hadolint:DL3029', 'hadolint:DL3065', 'buildkit:FromPlatformFlagConstDisallowed', 'buildkit:RedundantTargetPlatform'],
    messages: {
      constant:
        '`--platform={platform}` pins this stage to one platform, so `docker buildx build --platform …` cannot build the image for anything else (and on another CPU it runs under emulation). Leave the flag out, or use `--platform=$BUILDPLATFORM` for a stage that cross-compiles.',
      redundant: '`--platform={platform}` asks for the target platform, which is what FROM uses anyway: remove the flag.',
    },
    docs: {
      summary: '`FROM --platform=` is used only for cross-building (`$BUILDPLATFORM`), never with a fixed platform or the redundant `$TARGETPLATFORM`.',
      rationale:
        'A `FROM` picks the variant of its base image that matches the platform being built, so one Dockerfile can produce `linux/amd64` and `linux/arm64` images with `docker buildx build --platform linux/amd64,linux/arm64`. Writing `--platform=linux/amd64` breaks that: every variant gets the amd64 base, and an Apple-silicon laptop builds and runs it under emulation. `--platform=$TARGETPLATFORM` is harmless but says nothing, since that is the default; the safe fix removes it. The one legitimate use is `FROM --platform=$BUILDPLATFORM golang:1.22 AS build`: the compiler runs natively on the build machine and cross-compiles for `$TARGETOS`/`$TARGETARCH`, which is much faster than emulation. Other variables are accepted, and so is a constant platform when the stage name says which platform it is for (`AS build-arm64`), as BuildKit allows.',
      examples: {
        bad: 'FROM --platform=linux/amd64 node:20-slim\nUSER 1000\nCMD ["node", "server.js"]\n',
        good: 'FROM node:20-slim\nUSER 1000\nCMD ["node", "server.js"]\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const stage of model.stages) {
      const flag = stage.from.getPlatformFlag();
      const valueRange = flag?.getValueRange();
      if (!flag || !valueRange) continue;
      const platform = flag.getValue() ?? '';
      const start = model.offset(valueRange.start);
      const vars = variablesIn(model, start, model.offset(valueRange.end));
      if (vars.length === 0) {
        if (platform === '' || namesPlatform(stage.name, platform)) continue;
        report({ messageId: 'constant', range: valueRange, data: { platform }, sources: ['hadolint:DL3029', 'buildkit:FromPlatformFlagConstDisallowed'] });
        continue;
      }
      const unquoted = platform.replace(/^(["'])(.*)\1$/, '$2');
      if (vars.length === 1 && vars[0].name === 'TARGETPLATFORM' && vars[0].modifier === undefined && /^\$(\{TARGETPLATFORM\}|TARGETPLATFORM)$/.test(unquoted)) {
        const flagRange = flag.getRange();
        const end = model.offset(flagRange.end);
        const spaces = /^[ \t]*/.exec(model.text.slice(end))?.[0].length ?? 0;
        report({
          messageId: 'redundant',
          range: flagRange,
          data: { platform },
          sources: ['hadolint:DL3065', 'buildkit:RedundantTargetPlatform'],
          tags: ['unnecessary'],
          fix: { title: 'Remove the redundant --platform flag', edits: [{ range: model.rangeOf(model.offset(flagRange.start), end + spaces), newText: '' }] },
        });
      }
    }
  },
);

/** BuildKit accepts a constant platform when the stage name mentions its OS or architecture (`AS build-arm64`). */
function namesPlatform(stageName: string | undefined, platform: string): boolean {
  if (!stageName) return false;
  const [os, arch] = platform.toLowerCase().split('/');
  const name = stageName.toLowerCase();
  return (os !== undefined && os !== '' && name.includes(os)) || (arch !== undefined && arch !== '' && name.includes(arch));
}
