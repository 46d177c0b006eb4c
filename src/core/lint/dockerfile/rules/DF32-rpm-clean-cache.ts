import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { packageCommands, type PackageCommand } from '../packages';
import { appendOffset, hasCacheMount } from '../runs';
import type { ShellCommand } from '../shell';
import { stageInstructions, wordRange, wordValue } from '../util';

/** Actions that download packages (and metadata) into the package manager's cache. */
const FILLS = new Set(['install', 'reinstall', 'group-install', 'module-install', 'upgrade', 'dist-upgrade', 'downgrade', 'patch']);

const SOURCE: Record<string, string> = { yum: 'hadolint:DL3032', dnf: 'hadolint:DL3040', microdnf: 'hadolint:DL3040', zypper: 'hadolint:DL3036' };

/** Cache directories a `rm -rf` may remove instead of the clean command. */
const CACHE_DIRS: Record<string, string[]> = {
  yum: ['/var/cache/yum', '/var/cache/dnf'],
  dnf: ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'],
  microdnf: ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'],
  zypper: ['/var/cache/zypp'],
};

export const rule = defineRule<DockerfileModel, 'noClean'>(
  {
    id: 'DF32',
    name: 'rpm-clean-cache',
    target: 'dockerfile',
    category: 'size',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: [],
    sources: [...new Set(Object.values(SOURCE))],
    messages: {
      noClean:
        '`{tool}` keeps the downloaded packages and repository metadata (often tens of MB) in its cache, and this layer stores them: end the same RUN with `{clean}`.',
    },
    docs: {
      summary: 'yum, dnf, microdnf and zypper clean their cache in the same RUN that installs.',
      rationale:
        "Installing with yum, dnf, microdnf or zypper downloads repository metadata and package files into `/var/cache/yum`, `/var/cache/dnf` (`/var/cache/libdnf5` with dnf5) or `/var/cache/zypp`. None of it is needed once the packages are installed, but whatever is still there when the RUN ends becomes part of the layer, and a clean-up in a later RUN cannot shrink it. End the installing RUN with `yum clean all`, `dnf clean all`, `microdnf clean all` or `zypper clean --all` (an `rm -rf` of the cache directory is accepted too), or keep the cache outside the image with `RUN --mount=type=cache,target=/var/cache/dnf`. The clean must come after the install and use the same tool. Only stages that end up in the final image are checked; a builder stage's cache is thrown away with it (hadolint checks every stage). The quick fix appends the clean command when the RUN ends in a plain command.",
      examples: {
        bad: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62\n',
        good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const instruction of stageInstructions(model, 'RUN')) {
      const stage = model.stageOf(instruction);
      if (!stage || !model.isInFinalImage(stage)) continue;
      const script = model.shellScript(instruction);
      if (!script) continue;
      const pcs = packageCommands(script.commands).filter((pc) => SOURCE[pc.manager]);
      const tools = [...new Set(pcs.filter((pc) => FILLS.has(pc.action)).map((pc) => pc.command.name))];
      const at = appendOffset(model, instruction);
      for (const tool of tools) {
        const fills = pcs.filter((pc) => pc.command.name === tool && FILLS.has(pc.action));
        const last = fills[fills.length - 1];
        const dirs = CACHE_DIRS[last.manager];
        if (hasCacheMount(instruction, (t) => dirs.some((d) => t === d || t.endsWith(d.slice(d.lastIndexOf('/')))))) continue;
        const cleaned = script.commands.some((c) => c.start > last.command.start && (cleans(c, pcs, tool) || removesCache(c, dirs)));
        if (cleaned) continue;
        const clean = last.manager === 'zypper' ? 'zypper clean --all' : `${tool} clean all`;
        report({
          messageId: 'noClean',
          range: wordRange(model, fills[0].command.words[0]),
          data: { tool, clean },
          sources: [SOURCE[last.manager]],
          fix: at === undefined ? undefined : { title: `Append ${clean}`, edits: [{ range: model.rangeOf(at, at), newText: ` && ${clean}` }] },
        });
      }
    }
  },
);

function cleans(c: ShellCommand, pcs: readonly PackageCommand[], tool: string): boolean {
  const pc = pcs.find((p) => p.command === c);
  if (!pc || c.name !== tool || pc.action !== 'clean') return false;
  return pc.manager === 'zypper' || pc.operands.some((w) => wordValue(w) === 'all');
}

function removesCache(c: ShellCommand, dirs: readonly string[]): boolean {
  return c.name === 'rm' && c.args.some((w) => dirs.some((d) => wordValue(w).startsWith(d)));
}
