import type { ShellCommand, ShellWord } from './shell';
import { wordValue } from './util';

/** Package managers whose commands the rules understand. */
export type PackageManager = 'apt-get' | 'apt' | 'apk' | 'pip' | 'pipx' | 'npm' | 'yarn' | 'gem' | 'yum' | 'dnf' | 'microdnf' | 'zypper' | 'go';

/** A package-manager command split into its parts: `apt-get -y install --no-install-recommends curl=7.88.1`. */
export interface PackageCommand {
  manager: PackageManager;
  command: ShellCommand;
  /** The word that names the action as written (`install`, `in`, `add`); for `dnf module install`, the `install`. Absent for a bare `yarn`. */
  verb: ShellWord | undefined;
  /**
   * The action with aliases resolved: `install` (apt install, apk add, dnf in, npm i, gem i, go install/get),
   * `ci`, `add` (yarn), `update` (refresh package lists), `upgrade`, `dist-upgrade`, `remove`, `clean`,
   * `group-install`, `module-install`, or the verb itself for anything else.
   */
  action: string;
  /** Words that are neither options nor option values: package names, files, module paths. */
  operands: ShellWord[];
  /** Option words, with the words they take as values. */
  options: { word: ShellWord; value: ShellWord | undefined }[];
}

/** Options that take the next word as their value when not written `--name=value`. */
const VALUE_OPTIONS: Record<PackageManager, string[]> = {
  'apt-get': ['-o', '--option', '-t', '--target-release', '--default-release', '-c', '--config-file', '-a', '--host-architecture'],
  apt: ['-o', '--option', '-t', '--target-release', '--default-release', '-c', '--config-file', '-a', '--host-architecture'],
  apk: ['-X', '--repository', '-t', '--virtual', '-p', '--root', '--arch', '--keys-dir', '--repositories-file', '--cache-dir', '--cache-max-age', '--progress-fd', '--timeout'],
  pip: [
    '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-t', '--target', '--platform', '--python-version', '--implementation',
    '--abi', '--root', '--prefix', '--src', '--upgrade-strategy', '-i', '--index-url', '--extra-index-url', '-f', '--find-links',
    '--no-binary', '--only-binary', '--progress-bar', '--root-user-action', '--cache-dir', '--log', '--proxy', '--retries', '--timeout',
    '--exists-action', '--trusted-host', '--cert', '--client-cert', '--python', '-C', '--config-settings', '--global-option',
    '--install-option', '--report', '-b', '--build', '--keyring-provider', '--use-feature', '--use-deprecated', '--group',
  ],
  pipx: ['--python', '--pip-args', '--suffix', '--index-url', '-i', '--spec', '--preinstall'],
  npm: ['--registry', '--loglevel', '--prefix', '--cache', '--userconfig', '--globalconfig', '-w', '--workspace', '--tag', '--omit', '--include', '--install-strategy', '--location', '--before', '--otp', '--script-shell'],
  yarn: ['--cwd', '--modules-folder', '--cache-folder', '--network-timeout', '--mutex', '--registry', '--global-folder', '--link-folder'],
  gem: ['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '-s', '--source', '-P', '--trust-policy', '-g', '--file', '--platform', '--build-root', '-p', '--http-proxy'],
  yum: ['-c', '--config', '--setopt', '--enablerepo', '--disablerepo', '--repo', '--repoid', '--installroot', '--releasever', '-x', '--exclude', '-d', '--debuglevel', '-e', '--errorlevel', '--downloaddir', '--forcearch', '--advisory', '--cve', '--bz', '--sec-severity'],
  dnf: ['-c', '--config', '--setopt', '--enablerepo', '--disablerepo', '--repo', '--repoid', '--installroot', '--releasever', '-x', '--exclude', '-d', '--debuglevel', '-e', '--errorlevel', '--downloaddir', '--forcearch', '--advisory', '--cve', '--bz', '--sec-severity', '--use-host-config'],
  microdnf: ['--config', '--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever'],
  zypper: ['-r', '--repo', '--from', '-t', '--type', '--root', '-R', '--reposd-path', '-D', '--installroot', '-C', '--cache-dir', '--raw-cache-dir', '--solv-cache-dir', '--pkg-cache-dir', '-c', '--config'],
  go: ['-o', '-tags', '-ldflags', '-gcflags', '-asmflags', '-mod', '-modfile', '-p', '-pkgdir', '-toolexec', '-overlay', '-pgo', '-C', '-exec', '-buildmode', '-compiler', '-gccgoflags', '-installsuffix'],
};

const ALIASES: Partial<Record<PackageManager, Record<string, string>>> = {
  'apt-get': { 'full-upgrade': 'dist-upgrade', purge: 'remove', autoremove: 'remove' },
  apt: { 'full-upgrade': 'dist-upgrade', purge: 'remove', autoremove: 'remove' },
  apk: { add: 'install', del: 'remove' },
  npm: Object.fromEntries([
    ...['i', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal', 'isntall', 'add'].map((v) => [v, 'install']),
    ...['clean-install', 'ic', 'install-clean', 'isntall-clean'].map((v) => [v, 'ci']),
  ]),
  gem: { i: 'install' },
  yum: { localinstall: 'install', update: 'upgrade', erase: 'remove', groupinstall: 'group-install' },
  dnf: { in: 'install', localinstall: 'install', rei: 'reinstall', up: 'upgrade', update: 'upgrade', 'upgrade-minimal': 'upgrade', 'up-min': 'upgrade', 'update-minimal': 'upgrade', 'distro-sync': 'upgrade', dsync: 'upgrade', rm: 'remove', erase: 'remove', groupinstall: 'group-install' },
  microdnf: { update: 'upgrade', erase: 'remove' },
  zypper: { in: 'install', up: 'upgrade', update: 'upgrade', dup: 'dist-upgrade', rm: 'remove', cc: 'clean', ref: 'refresh', si: 'source-install' },
  go: { get: 'install' },
};

function managerOf(cmd: ShellCommand): { manager: PackageManager; skip: number } | undefined {
  const name = cmd.name;
  if (name === 'apt-get' || name === 'apt' || name === 'apk' || name === 'npm' || name === 'yarn' || name === 'gem' || name === 'yum' || name === 'dnf' || name === 'microdnf' || name === 'zypper' || name === 'go' || name === 'pipx') {
    return { manager: name, skip: 0 };
  }
  if (/^pip(\d+(\.\d+)?)?$/.test(name)) return { manager: 'pip', skip: 0 };
  // `python -m pip install …`, `python3.12 -m pip …`
  if (/^python(\d+(\.\d+)?)?$/.test(name) && cmd.args[0]?.value === '-m' && /^pip\d*$/.test(cmd.args[1]?.value ?? '')) return { manager: 'pip', skip: 2 };
  return undefined;
}

/** Splits a package-manager command into verb, options and operands; undefined for any other command. */
export function parsePackageCommand(cmd: ShellCommand): PackageCommand | undefined {
  const found = managerOf(cmd);
  if (!found) return undefined;
  const { manager } = found;
  const takesValue = new Set(VALUE_OPTIONS[manager]);
  const options: PackageCommand['options'] = [];
  const positional: ShellWord[] = [];
  const args = cmd.args.slice(found.skip);
  let endOfOptions = false;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const v = wordValue(w);
    if (!endOfOptions && v === '--') {
      if (manager === 'gem') break; // after `--`, gem passes build options to the extension
      endOfOptions = true;
      continue;
    }
    if (!endOfOptions && v.startsWith('-') && v.length > 1) {
      const value = !v.includes('=') && takesValue.has(v) ? args[++i] : undefined;
      options.push({ word: w, value });
      continue;
    }
    positional.push(w);
  }
  let verb = positional.shift();
  let action = verb ? wordValue(verb) : '';
  if (manager === 'yarn') {
    if (action === 'global' && positional[0] && wordValue(positional[0]) === 'add') {
      verb = positional.shift();
      action = 'add';
    } else if (!verb) action = options.some((o) => ['--version', '-v', '--help', '-h'].includes(wordValue(o.word))) ? 'help' : 'install';
  }
  action = ALIASES[manager]?.[action] ?? action;
  if ((manager === 'yum' || manager === 'dnf' || manager === 'microdnf') && (action === 'module' || action === 'group') && positional[0]) {
    const sub = wordValue(positional[0]);
    if (sub === 'install') {
      action = `${action}-install`;
      verb = positional.shift();
    }
  }
  return { manager, command: cmd, verb, action, operands: positional, options };
}

/** True when the command has one of the options, also inside combined short flags (`-yq` has `-y`) and as `--name=value`. */
export function hasOption(pc: PackageCommand, ...names: string[]): boolean {
  return pc.options.some(({ word }) => {
    const v = wordValue(word);
    const bare = v.includes('=') ? v.slice(0, v.indexOf('=')) : v;
    if (names.includes(bare)) return true;
    return names.some((n) => /^-[a-zA-Z]$/.test(n) && /^-[a-zA-Z]+$/.test(v) && !v.startsWith('--') && v.includes(n[1]));
  });
}

/** The value of an option (`--virtual x`, `--virtual=x`), or undefined. */
export function optionValue(pc: PackageCommand, ...names: string[]): string | undefined {
  for (const { word, value } of pc.options) {
    const v = wordValue(word);
    const eq = v.indexOf('=');
    if (eq > 0 && names.includes(v.slice(0, eq))) return v.slice(eq + 1);
    if (names.includes(v) && value) return wordValue(value);
  }
  return undefined;
}

/** Every package-manager command of a list of shell commands. */
export function packageCommands(commands: readonly ShellCommand[]): PackageCommand[] {
  const out: PackageCommand[] = [];
  for (const c of commands) {
    const pc = parsePackageCommand(c);
    if (pc) out.push(pc);
  }
  return out;
}

/** True for commands that refresh a package index without installing: `apt-get update`, `apt update`, `apk update`. */
export function isIndexUpdate(pc: PackageCommand): boolean {
  return (pc.manager === 'apt-get' || pc.manager === 'apt' || pc.manager === 'apk') && pc.action === 'update';
}

/** True for commands that install or upgrade packages from a refreshed index (what an `update` is for). */
export function usesIndex(pc: PackageCommand): boolean {
  if (pc.manager === 'apt-get' || pc.manager === 'apt') return ['install', 'upgrade', 'dist-upgrade', 'build-dep', 'source', 'download', 'reinstall'].includes(pc.action);
  if (pc.manager === 'apk') return pc.action === 'install' || pc.action === 'upgrade' || pc.action === 'fix';
  return false;
}

/** The RPM `name-version[-release]` tail (`-2.4.6`, `-1:1.1.1k-5.el8`); the version starts with a digit (after an optional epoch). */
export const RPM_VERSION = /-(\d+:)?\d[\w.~^+]*(-\d[\w.~^+]*)?$/;

/** The package name of an install operand, without version, release, architecture or pin operator. */
export function packageName(manager: PackageManager, word: string): string {
  let w = word;
  switch (manager) {
    case 'apt-get':
    case 'apt':
      w = w.split('=')[0].split('/')[0];
      return w.replace(/:[a-z0-9]+$/, '').toLowerCase();
    case 'apk':
      return w.split(/[=~<>]/)[0].split('@')[0].toLowerCase();
    case 'zypper':
      return w.split(/[=<>]/)[0].toLowerCase();
    case 'yum':
    case 'dnf':
    case 'microdnf':
      return w.replace(RPM_VERSION, '').replace(/\.(x86_64|aarch64|noarch|i686|ppc64le|s390x)$/, '').toLowerCase();
    default:
      return w.toLowerCase();
  }
}
