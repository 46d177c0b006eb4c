import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { hasOption, optionValue, packageCommands, packageName, type PackageCommand } from '../packages';
import type { ShellCommand } from '../shell';
import { stageInstructions, wordRange, wordValue } from '../util';

type Kind = 'a compiler' | 'a build tool' | 'development headers' | 'a language SDK';

const EXACT: Record<string, Kind> = {
  gcc: 'a compiler', 'g++': 'a compiler', 'gcc-c++': 'a compiler', clang: 'a compiler', llvm: 'a compiler', rustc: 'a compiler',
  make: 'a build tool', cmake: 'a build tool', 'build-essential': 'a build tool', 'build-base': 'a build tool', autoconf: 'a build tool',
  automake: 'a build tool', libtool: 'a build tool', 'pkg-config': 'a build tool', pkgconf: 'a build tool', 'ninja-build': 'a build tool',
  ninja: 'a build tool', meson: 'a build tool', cargo: 'a build tool',
  golang: 'a language SDK', 'golang-go': 'a language SDK', go: 'a language SDK', maven: 'a language SDK', gradle: 'a language SDK',
  'default-jdk': 'a language SDK', 'default-jdk-headless': 'a language SDK',
  'linux-headers': 'development headers', 'kernel-headers': 'development headers', 'dpkg-dev': 'a build tool',
};

/** What kind of build-only package `name` is, or undefined for a runtime package. */
export function buildToolKind(name: string): Kind | undefined {
  if (EXACT[name]) return EXACT[name];
  if (/^(gcc|g\+\+|clang|llvm)-\d+(\.\d+)*$/.test(name)) return 'a compiler';
  if (/^golang-\d+(\.\d+)*(-go)?$/.test(name) || /^openjdk-?\d+(-jdk(-headless)?)?$/.test(name) || /^java-[\d.]+-openjdk-devel$/.test(name)) return 'a language SDK';
  if (/^linux-headers-/.test(name)) return 'development headers';
  if (/.-(dev|devel)$/.test(name)) return 'development headers';
  return undefined;
}

export const rule = defineRule<DockerfileModel, 'inFinalStage' | 'inSingleStage'>(
  {
    id: 'DF27',
    name: 'no-build-tools-in-final',
    target: 'dockerfile',
    category: 'size',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c05-l2', 'c13-l1'],
    sources: [],
    messages: {
      inFinalStage:
        '`{pkg}` is {kind}, needed to build but not to run, and this is the final stage: it ships with the app, adding size and tools an attacker could use. Install it in the build stage and `COPY --from=` only what it produced, or remove it again in this same RUN.',
      inSingleStage:
        '`{pkg}` is {kind}, needed to build but not to run, and this single-stage image keeps it: build in a first stage and copy only the result into a slim final stage (a multi-stage build), or remove it again in this same RUN.',
    },
    docs: {
      summary: 'Compilers, build tools, headers and SDKs are not installed into the final image.',
      rationale:
        "Compilers (`gcc`, `clang`), build tools (`make`, `build-essential`, `build-base`), `-dev`/`-devel` header packages and SDKs (`golang`, `maven`, a JDK) are needed to *produce* an application, not to run it. Left in the final image they add tens to hundreds of megabytes and give anyone who gets into the container a ready toolchain. A multi-stage build installs them in a build stage and copies only the result (`COPY --from=build /app/bin /app/bin`) into a slim final stage. Packages removed again in the same RUN (`apt-get purge --auto-remove`, `apk del` of an `apk add --virtual` group) are accepted, because they never reach a layer; removing them in a later RUN does not help, since the earlier layer keeps them. Reported as a warning in the final stage of a multi-stage build, where the fix is simply to move the install, and as info in a single-stage build.",
      whenNotToUse: 'Images whose job is to build things (CI runners, dev containers, a Jupyter image where users compile packages) need their toolchain: turn the rule off for those Dockerfiles.',
      examples: {
        bad: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends gcc=4:12.2.0-3 libpq-dev=15.8-0+deb12u1 \\\n && pip install --no-cache-dir -r requirements.txt \\\n && rm -rf /var/lib/apt/lists/*\n',
        good: 'FROM python:3.12-slim AS build\nWORKDIR /app\nCOPY requirements.txt .\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends gcc=4:12.2.0-3 libpq-dev=15.8-0+deb12u1 \\\n && pip install --no-cache-dir --prefix=/install -r requirements.txt \\\n && rm -rf /var/lib/apt/lists/*\nFROM python:3.12-slim\nCOPY --from=build /install /usr/local\n',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    const multiStage = model.stages.length > 1;
    for (const instruction of stageInstructions(model, 'RUN')) {
      const stage = model.stageOf(instruction);
      if (!stage || !model.isInFinalImage(stage)) continue;
      const script = model.shellScript(instruction);
      if (!script) continue;
      const pcs = packageCommands(script.commands);
      for (const pc of pcs) {
        if (!installsPackages(pc)) continue;
        for (const word of pc.operands) {
          if (word.value === undefined) continue;
          const kind = groupOrPackageKind(pc, word.value);
          if (!kind) continue;
          const name = pc.action === 'group-install' || !buildToolKind(packageName(pc.manager, word.value)) ? word.value : packageName(pc.manager, word.value);
          if (removedLater(script.commands, pcs, pc, name)) continue;
          report({
            messageId: multiStage ? 'inFinalStage' : 'inSingleStage',
            range: wordRange(model, word),
            data: { pkg: name, kind },
            severity: multiStage ? 'warning' : 'info',
          });
        }
      }
    }
  },
);

function installsPackages(pc: PackageCommand): boolean {
  switch (pc.manager) {
    case 'apt-get':
    case 'apt':
    case 'apk':
    case 'zypper':
      return pc.action === 'install';
    case 'yum':
    case 'dnf':
    case 'microdnf':
      return pc.action === 'install' || pc.action === 'reinstall' || pc.action === 'group-install';
    default:
      return false;
  }
}

function groupOrPackageKind(pc: PackageCommand, value: string): Kind | undefined {
  if (pc.action === 'group-install' || (pc.manager === 'zypper' && /^pattern$/.test(optionValue(pc, '-t', '--type') ?? ''))) {
    return /development|devel_basis|build/i.test(value) ? 'a build tool' : undefined;
  }
  if (value.includes('/') || value.endsWith('.rpm') || value.endsWith('.deb') || value.endsWith('.apk')) return undefined;
  return buildToolKind(packageName(pc.manager, value));
}

/** True when a later command of the same RUN uninstalls the package again. */
function removedLater(commands: readonly ShellCommand[], pcs: readonly PackageCommand[], install: PackageCommand, name: string): boolean {
  const later = pcs.filter((pc) => pc.command.start > install.command.start && pc.action === 'remove');
  const virtual = install.manager === 'apk' ? optionValue(install, '-t', '--virtual') : undefined;
  for (const pc of later) {
    const family = (m: string) => (m === 'apt' ? 'apt-get' : m === 'microdnf' || m === 'yum' ? 'dnf' : m);
    if (family(pc.manager) !== family(install.manager)) continue;
    const removed = pc.operands.map((w) => packageName(pc.manager, wordValue(w)));
    if (removed.includes(name) || (virtual !== undefined && removed.includes(virtual.toLowerCase()))) return true;
    // The official images' recipe: `apt-mark auto '.*'` … `apt-get purge -y --auto-remove` removes everything not marked manual.
    const autoRemove = pc.verb !== undefined && (wordValue(pc.verb) === 'autoremove' || hasOption(pc, '--auto-remove', '--autoremove'));
    const marked = commands.some((c) => c.start < pc.command.start && marksAuto(c));
    if ((pc.manager === 'apt-get' || pc.manager === 'apt') && autoRemove && marked) return true;
  }
  return false;
}

/** `apt-mark auto …`, also run through xargs (`apt-mark showmanual | xargs apt-mark auto`). */
function marksAuto(c: ShellCommand): boolean {
  const words = c.words.map((w) => w.value);
  const at = words.indexOf('apt-mark');
  return (c.name === 'apt-mark' || c.name === 'xargs') && at >= 0 && words.slice(at + 1).includes('auto');
}
