import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { hasOption, optionValue, packageCommands, RPM_VERSION, type PackageCommand } from '../packages';
import type { ShellWord } from '../shell';
import { stageInstructions, wordRange } from '../util';

type MessageId = 'apt' | 'apk' | 'pip' | 'npm' | 'gem' | 'rpm' | 'zypper' | 'go' | 'latest';

const SOURCE: Record<string, string> = {
  'apt-get': 'hadolint:DL3008',
  apt: 'hadolint:DL3008',
  apk: 'hadolint:DL3018',
  pip: 'hadolint:DL3013',
  pipx: 'hadolint:DL3013',
  npm: 'hadolint:DL3016',
  gem: 'hadolint:DL3028',
  yum: 'hadolint:DL3033',
  dnf: 'hadolint:DL3041',
  microdnf: 'hadolint:DL3041',
  zypper: 'hadolint:DL3037',
  go: 'hadolint:DL3062',
};

export const rule = defineRule<DockerfileModel, MessageId>(
  {
    id: 'DF30',
    name: 'pin-package-versions',
    target: 'dockerfile',
    category: 'reproducibility',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c05-l6'],
    sources: [...new Set(Object.values(SOURCE))],
    messages: {
      apt: '`{pkg}` has no version, so the build installs whatever the package lists offer that day: pin it as `{pkg}=<version>` (`apt-cache policy {pkg}` shows the current one) if this image must rebuild the same way.',
      apk: '`{pkg}` has no version, so each build takes the newest one in the Alpine repository: pin it as `{pkg}=<version>`, or `{pkg}~<major.minor>` to still get fixes, if this image must rebuild the same way.',
      pip: '`{pkg}` has no version, so pip installs the newest release at build time: pin it as `{pkg}==<version>`, or install from a requirements or lock file that pins everything.',
      npm: '`{pkg}` has no version, so npm installs whatever is tagged `latest` at build time: write `{pkg}@<version>`, or add it to package.json and install with `npm ci`.',
      gem: '`{pkg}` has no version: write `{pkg}:<version>` (or add `-v <version>`) so every build installs the same gem.',
      rpm: '`{pkg}` has no version, so `{tool}` installs the newest one in the enabled repositories: pin it as `{pkg}-<version>` if this image must rebuild the same way.',
      zypper: '`{pkg}` has no version: pin it as `{pkg}=<version>` if this image must rebuild the same way.',
      go: '`{pkg}` has no version: `go install` builds the same tool every time only with `{pkg}@<version>` (for example `@v1.2.3`).',
      latest: '`{pkg}` asks for `latest`, which moves with every release: name a version instead.',
    },
    docs: {
      summary: 'Packages installed by apt, apk, pip, npm, gem, yum/dnf, zypper and `go install` name a version.',
      rationale:
        "An unpinned install takes whatever version the repository offers on the day of the build, so the same Dockerfile can produce different images a week apart, and a rebuild for a one-line change can pull in a new major version. Pinning (`curl=7.88.1-10+deb12u8`, `flask==3.0.3`, `express@4.19.2`, `gem install rails:7.1.3`, `go install golang.org/x/tools/gopls@v0.16.1`) makes builds repeatable and tells reviewers exactly what is inside.\n\nThis is the noisiest family of rules, so it is only info. Distribution repositories drop old versions (Alpine and Debian keep only the current one), so an apt or apk pin can break the build months later and needs updating together with the base image tag; many teams pin the base image by digest instead and let distribution packages float. Language packages are better pinned in a lock file (requirements.txt with hashes, package-lock.json) than on the command line. Still pin when you need an exact rebuild (a release, a bug reproduction, an audit) or when a newer version is known to break you.\n\nAccepted as pinned: version operators (`=`, `==`, `>=`, `~`, `@`, `:`), local files and folders (`.`, `./pkg`, `*.deb`, `*.whl`, `*.tgz`), URLs and VCS references with a tag or commit, `pip install -r requirements.txt` and `-c constraints.txt`, `npm ci`, `gem install -v`, and dnf groups and module streams (`module install nodejs:20`). Words that contain a variable (`$PKG`) are never reported, because their value is unknown; hadolint also reports `git-core-${version}` when `version` is only defined in an unrelated stage. Options are read as the package manager reads them, so in `gem install rails:7.1.3 --invalid-flag true` the word `true` counts as a gem (hadolint assumes every gem option takes a value). One finding is shown per package.",
      examples: {
        bad: 'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n',
        good: 'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n && rm -rf /var/lib/apt/lists/*\n',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const instruction of stageInstructions(model, 'RUN')) {
      const script = model.shellScript(instruction);
      if (!script) continue;
      for (const pc of packageCommands(script.commands)) {
        for (const { word, messageId } of unpinned(pc)) {
          report({
            messageId,
            range: wordRange(model, word),
            data: { pkg: word.value!, tool: pc.manager },
            sources: [SOURCE[pc.manager]],
          });
        }
      }
    }
  },
);

function unpinned(pc: PackageCommand): { word: ShellWord; messageId: MessageId }[] {
  const out: { word: ShellWord; messageId: MessageId }[] = [];
  const check = (ok: (v: string) => boolean | MessageId, messageId: MessageId) => {
    for (const word of pc.operands) {
      if (word.value === undefined || word.value === '') continue;
      const verdict = ok(word.value);
      if (verdict === true) continue;
      out.push({ word, messageId: typeof verdict === 'string' ? verdict : messageId });
    }
  };
  switch (pc.manager) {
    case 'apt-get':
    case 'apt':
      if (pc.action === 'install') check((v) => v.includes('=') || v.endsWith('.deb') || isPath(v), 'apt');
      break;
    case 'apk':
      if (pc.action === 'install') check((v) => /[=~<>]/.test(v) || v.endsWith('.apk') || isPath(v), 'apk');
      break;
    case 'pip':
    case 'pipx':
      if (pc.action === 'install' && !hasOption(pc, '-c', '--constraint')) check(pipPinned, 'pip');
      break;
    case 'npm':
      if (pc.action === 'install') check(npmPinned, 'npm');
      break;
    case 'gem':
      if (pc.action === 'install' && !hasOption(pc, '-v', '--version')) check((v) => v.includes(':') || v.endsWith('.gem') || isPath(v), 'gem');
      break;
    case 'yum':
    case 'dnf':
    case 'microdnf':
      if (pc.action === 'install' || pc.action === 'reinstall') check((v) => RPM_VERSION.test(v) || v.endsWith('.rpm') || isPath(v) || v.startsWith('@'), 'rpm');
      else if (pc.action === 'module-install') check((v) => v.includes(':'), 'rpm');
      break;
    case 'zypper': {
      const type = optionValue(pc, '-t', '--type');
      if (pc.action === 'install' && (type === undefined || type === 'package')) check((v) => /[=<>]/.test(v) || v.endsWith('.rpm') || isPath(v), 'zypper');
      break;
    }
    case 'go':
      if (pc.action === 'install') check(goPinned, 'go');
      break;
  }
  return out;
}

function isPath(v: string): boolean {
  return v === '.' || v === '..' || /^(\.{0,2}\/|~\/|file:)/.test(v);
}

const VCS = /^(git|hg|svn|bzr)(\+[a-z]+)?:/;

function pipPinned(v: string): boolean {
  if (VCS.test(v)) {
    // A tag or commit after the repository: `git+https://host/repo.git@v1.2#egg=x`.
    const path = v.split('#')[0];
    return path.slice(path.lastIndexOf('/') + 1).includes('@');
  }
  if (/[=<>!~]/.test(v) || isPath(v) || v.includes('/')) return true;
  return /\.(whl|tar\.gz|tgz|zip|tar\.bz2)$/.test(v);
}

function npmPinned(v: string): boolean | MessageId {
  if (/^git(\+(ssh|https?))?:\/\//.test(v)) return v.includes('#');
  if (/\.(tar|tar\.gz|tgz)$/.test(v) || isPath(v) || /^https?:\/\//.test(v)) return true;
  const name = v.startsWith('@') ? v.slice(v.indexOf('/') + 1) : v;
  const at = name.indexOf('@');
  if (at < 0) return false;
  const version = name.slice(at + 1);
  if (version === 'latest') return 'latest';
  return version !== '';
}

function goPinned(v: string): boolean | MessageId {
  if (isPath(v) || v.startsWith('/')) return true;
  const at = v.lastIndexOf('@');
  if (at < 0) return false;
  return v.slice(at + 1) === 'latest' ? 'latest' : true;
}
