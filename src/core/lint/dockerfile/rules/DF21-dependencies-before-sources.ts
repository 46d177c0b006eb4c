import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { Fix, RuleContext } from '../../types';
import { contextSources, copyArgs, isWholeContext, type CopyArgs, type PathArg } from '../context';
import type { DockerfileModel, Stage } from '../model';
import type { ShellCommand } from '../shell';
import { runCommands, subcommand, wordValue } from '../util';

type Ecosystem = 'npm' | 'yarn' | 'pnpm' | 'pip' | 'poetry' | 'go' | 'maven' | 'bundler' | 'composer' | 'cargo';

/** The files each package manager reads to install dependencies; the first is required, the others are lock files that may be absent. */
const MANIFESTS: Record<Ecosystem, { files: string[]; names: RegExp }> = {
  npm: { files: ['package*.json'], names: /^(package(-lock)?\.json|package\*\.json|npm-shrinkwrap\.json)$/ },
  yarn: { files: ['package.json', 'yarn.lock'], names: /^(package\.json|package\*\.json|yarn\.lock|\.yarnrc\.yml)$/ },
  pnpm: { files: ['package.json', 'pnpm-lock.yaml'], names: /^(package\.json|package\*\.json|pnpm-lock\.yaml|pnpm-workspace\.yaml)$/ },
  pip: { files: ['requirements.txt'], names: /^(requirements.*\.txt|constraints.*\.txt)$/ },
  poetry: { files: ['pyproject.toml', 'poetry.lock'], names: /^(pyproject\.toml|poetry\.lock)$/ },
  go: { files: ['go.mod', 'go.sum'], names: /^go\.(mod|sum)$/ },
  maven: { files: ['pom.xml'], names: /^pom\.xml$/ },
  bundler: { files: ['Gemfile', 'Gemfile.lock'], names: /^Gemfile(\.lock)?$/ },
  composer: { files: ['composer.json', 'composer.lock'], names: /^composer\.(json|lock)$/ },
  cargo: { files: ['Cargo.toml', 'Cargo.lock'], names: /^Cargo\.(toml|lock)$/ },
};

interface Install {
  ecosystem: Ecosystem;
  command: ShellCommand;
  /** The manifest files to copy first, when they can be named. */
  manifests: string[] | undefined;
  /** True when the install needs only the manifests, so the RUN can move before the sources. */
  movable: boolean;
  /** A dependency-only command to run before the sources when the install itself needs them (`mvn package`). */
  prefetch?: string;
}

/** Instructions that change nothing a RUN depends on; a RUN may move across them. */
const NEUTRAL = new Set(['LABEL', 'EXPOSE', 'STOPSIGNAL', 'HEALTHCHECK', 'CMD', 'ENTRYPOINT', 'MAINTAINER']);
/** Commands that may share a RUN with an install without tying it to the sources. */
const HARMLESS = new Set(['rm', 'echo', 'true', ':', 'set', 'mkdir']);

export const rule = defineRule<DockerfileModel, 'copyAllFirst' | 'installAfterCopyAll'>(
  {
    id: 'DF21',
    name: 'dependencies-before-sources',
    target: 'dockerfile',
    category: 'size',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l2'],
    sources: [],
    messages: {
      copyAllFirst:
        '`{copy}` comes before `{install}` (line {line}), so a change to any file of the project invalidates the cache here and every build reinstalls all dependencies. Copy only {manifests} first, run `{install}`, and copy the rest afterwards.',
      installAfterCopyAll:
        '`{install}` (line {line}) runs after `{copy}`, so copying {manifests} first does not help: any change to the sources still reinstalls every dependency. Run the install right after copying {manifests}, before `{copy}`.',
    },
    docs: {
      summary: 'Dependency manifests are copied and installed before the rest of the sources, so the install layer stays cached.',
      rationale:
        'Docker reuses a cached layer only while everything before it is unchanged, and for `COPY` that means the copied files themselves. When `COPY . .` comes first, editing one line of code changes that layer, so the next `npm ci`, `pip install -r`, `go mod download`, `mvn`, `bundle install`, `composer install` or `cargo build` runs again from scratch: minutes per build instead of seconds. Copy the files that list the dependencies (`package*.json`, `requirements.txt`, `go.mod`/`go.sum`, `pom.xml`, `Gemfile`/`Gemfile.lock`, …) on their own, install, then copy the sources; the install is redone only when the dependencies change. The rule reports the whole-context `COPY` when the first install of a package manager in the same stage comes after it. The suggestion moves a RUN that only installs dependencies above the `COPY` and copies the manifests first; for builds that need the sources (`mvn package`, `poetry install` without `--no-root`) it adds a dependency-only step instead.',
      examples: {
        bad: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nUSER 1000\nCMD ["node", "server.js"]\n',
        good: 'FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nUSER 1000\nCMD ["node", "server.js"]\n',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    for (const stage of model.stages) checkStage(model, stage, report);
  },
);

type Reporter = RuleContext<DockerfileModel, 'copyAllFirst' | 'installAfterCopyAll'>['report'];

function checkStage(model: DockerfileModel, stage: Stage, report: Reporter): void {
  let whole: { copy: CopyArgs; source: PathArg } | undefined;
  const manifestCopied = new Set<Ecosystem>();
  const installedBefore = new Set<Ecosystem>();
  const reported = new Set<Ecosystem>();
  stage.instructions.forEach((instruction, index) => {
    const c = copyArgs(model, instruction);
    if (c) {
      const sources = contextSources(c);
      const wholeSource = sources.find((s) => isWholeContext(s.value));
      if (wholeSource) whole ??= { copy: c, source: wholeSource };
      else if (!whole) for (const s of sources) for (const e of ecosystemsOfManifest(s.value)) manifestCopied.add(e);
      return;
    }
    if (model.keyword(instruction) !== 'RUN') return;
    for (const { command } of runCommands(model, [instruction])) {
      const install = recognise(command);
      if (!install) continue;
      if (!whole) {
        installedBefore.add(install.ecosystem);
        continue;
      }
      if (installedBefore.has(install.ecosystem) || reported.has(install.ecosystem)) continue;
      reported.add(install.ecosystem);
      const alreadyCopied = manifestCopied.has(install.ecosystem);
      const manifests = manifestsFor(model, install, whole.copy);
      const between = stage.instructions.slice(stage.instructions.indexOf(whole.copy.instruction) + 1, index);
      const suggestion = suggest(model, install, instruction, whole, manifests, between, alreadyCopied);
      report({
        messageId: alreadyCopied ? 'installAfterCopyAll' : 'copyAllFirst',
        range: whole.source.range,
        data: {
          copy: `${whole.copy.keyword} ${whole.source.raw}`,
          install: model.text.slice(install.command.start, install.command.end).replace(/\s*\\\r?\n\s*/g, ' '),
          line: instruction.getRange().start.line + 1,
          manifests: (manifests ?? MANIFESTS[install.ecosystem].files).map((m) => `\`${m}\``).join(' and '),
        },
        suggestions: suggestion ? [suggestion] : undefined,
      });
    }
  });
}

function recognise(c: ShellCommand): Install | undefined {
  const args = c.args.map(wordValue);
  const positional = args.filter((a) => !a.startsWith('-'));
  const sub = subcommand(c);
  const subName = sub ? wordValue(sub) : undefined;
  const make = (ecosystem: Ecosystem, movable: boolean, manifests?: string[], prefetch?: string): Install => ({ ecosystem, command: c, manifests, movable, prefetch });
  switch (c.name) {
    case 'npm':
      if (subName === 'ci' || subName === 'clean-install') return make('npm', true);
      if ((subName === 'install' || subName === 'i') && positional.length === 1) return make('npm', true);
      return undefined;
    case 'yarn':
      if (positional.length === 0 || (subName === 'install' && positional.length === 1)) return make('yarn', true);
      return undefined;
    case 'pnpm':
      if ((subName === 'install' || subName === 'i') && positional.length === 1) return make('pnpm', true);
      return undefined;
    case 'pip':
    case 'pip3':
      return pipInstall(c, args);
    case 'poetry':
      if (subName !== 'install') return undefined;
      if (args.includes('--no-root')) return make('poetry', true);
      return make('poetry', false, undefined, `${commandText(c)} --no-root`);
    case 'go':
      return subName === 'mod' && positional[1] === 'download' ? make('go', true) : undefined;
    case 'mvn':
    case 'mvnw':
      if (positional.some((p) => p === 'dependency:go-offline' || p === 'dependency:resolve')) return make('maven', c.name === 'mvn');
      if (positional.some((p) => /^(package|install|verify)$/.test(p))) return make('maven', false, undefined, c.name === 'mvn' ? 'mvn -B dependency:go-offline' : undefined);
      return undefined;
    case 'bundle':
    case 'bundler':
      return subName === 'install' ? make('bundler', true) : undefined;
    case 'composer':
      if (subName !== 'install') return undefined;
      if (args.includes('--no-scripts') && args.includes('--no-autoloader')) return make('composer', true);
      return make('composer', false, undefined, `${commandText(c)}${args.includes('--no-scripts') ? '' : ' --no-scripts'}${args.includes('--no-autoloader') ? '' : ' --no-autoloader'}`);
    case 'cargo':
      return subName === 'build' || subName === 'fetch' ? make('cargo', false) : undefined;
    default:
      if (/^python[\d.]*$/.test(c.name) && args[0] === '-m' && (args[1] === 'pip' || args[1] === 'pip3')) return pipInstall(c, args.slice(2));
      return undefined;
  }
}

function pipInstall(c: ShellCommand, args: string[]): Install | undefined {
  if (!args.includes('install')) return undefined;
  const files: string[] = [];
  args.forEach((a, i) => {
    if ((a === '-r' || a === '--requirement') && args[i + 1]) files.push(args[i + 1]);
    else if (a.startsWith('--requirement=')) files.push(a.slice('--requirement='.length));
    else if (/^-r./.test(a)) files.push(a.slice(2));
  });
  if (files.length === 0) return undefined;
  return { ecosystem: 'pip', command: c, manifests: files, movable: true };
}

function commandText(c: ShellCommand): string {
  return c.words.map((w) => w.raw).join(' ');
}

function ecosystemsOfManifest(path: string): Ecosystem[] {
  const name = path.replace(/\\/g, '/').replace(/\/+$/, '').split('/').pop() ?? '';
  return (Object.keys(MANIFESTS) as Ecosystem[]).filter((e) => MANIFESTS[e].names.test(name));
}

/**
 * The context paths of the manifests: the files pip names (made relative to the copy's destination),
 * or the usual ones for the ecosystem, without lock files that do not exist when the editor can tell.
 */
function manifestsFor(model: DockerfileModel, install: Install, whole: CopyArgs): string[] | undefined {
  if (install.manifests) {
    const dest = (whole.dest?.value ?? '.').replace(/\/+$/, '');
    const out: string[] = [];
    for (const m of install.manifests) {
      if (m.includes('$')) return undefined;
      if (m.startsWith('/')) {
        if (!dest.startsWith('/') || !m.startsWith(`${dest}/`)) return undefined;
        out.push(m.slice(dest.length + 1));
      } else out.push(m.replace(/^\.\//, ''));
    }
    return out;
  }
  const [required, ...optional] = MANIFESTS[install.ecosystem].files;
  const exists = model.files.exists;
  return [required, ...optional.filter((f) => !exists || exists(f))];
}

function suggest(
  model: DockerfileModel,
  install: Install,
  run: Instruction,
  wholeCopy: { copy: CopyArgs; source: PathArg },
  manifests: string[] | undefined,
  between: Instruction[],
  alreadyCopied: boolean,
): Fix | undefined {
  const whole = wholeCopy.copy;
  if (!manifests || !whole.dest) return undefined;
  const eol = model.lines.eol;
  const copyLine = whole.instruction.getRange().start.line;
  const indent = /^\s*/.exec(model.lines.lineText(copyLine))?.[0] ?? '';
  const at = { line: copyLine, character: 0 };
  const copyKeyword = whole.instruction.getInstruction() === whole.instruction.getInstruction().toLowerCase() ? 'copy' : 'COPY';
  const runKeyword = run.getInstruction() === run.getInstruction().toLowerCase() ? 'run' : 'RUN';
  const flags = whole.flags.filter((f) => f.getName() !== 'from').map((f) => `${model.lines.textOf(f.getRange())} `).join('');
  const dest = whole.dest.raw.endsWith('/') ? whole.dest.raw : `${whole.dest.raw}/`;
  // COPY drops the folders of its sources, so files from a sub-folder go to the same sub-folder of the destination.
  const byFolder = new Map<string, string[]>();
  for (const m of manifests) {
    const folder = m.includes('/') ? m.slice(0, m.lastIndexOf('/') + 1) : '';
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), m]);
  }
  const copyManifests = alreadyCopied
    ? ''
    : [...byFolder].map(([folder, names]) => `${indent}${copyKeyword} ${flags}${names.join(' ')} ${dest}${folder}${eol}`).join('');
  if (install.movable) {
    if (!onlyInstalls(model, run) || !between.every((i) => NEUTRAL.has(model.keyword(i)))) return undefined;
    const runText = model.lines.textOf(run.getRange());
    return {
      title: alreadyCopied ? `Move the install above ${whole.keyword} ${wholeCopy.source.raw}` : `Copy ${manifests.join(' ')} first and install before the sources`,
      edits: [
        { range: { start: at, end: at }, newText: `${copyManifests}${indent}${runText}${eol}` },
        { range: wholeLines(model, run), newText: '' },
      ],
    };
  }
  if (install.prefetch && !alreadyCopied) {
    return {
      title: `Copy ${manifests.join(' ')} and fetch the dependencies before the sources`,
      edits: [{ range: { start: at, end: at }, newText: `${copyManifests}${indent}${runKeyword} ${install.prefetch}${eol}` }],
    };
  }
  return undefined;
}

/** The RUN does nothing but install dependencies (and tidy up), so it does not need the sources. */
function onlyInstalls(model: DockerfileModel, run: Instruction): boolean {
  const script = model.shellScript(run);
  if (!script || script.error || script.commands.length === 0) return false;
  return script.commands.every((c) => {
    const install = recognise(c);
    if (install) return install.movable;
    if (HARMLESS.has(c.name)) return true;
    return ['npm', 'yarn', 'pnpm'].includes(c.name) && subcommand(c) !== undefined && wordValue(subcommand(c)!) === 'cache';
  });
}

/** The lines of an instruction including its line break, for deleting it. */
function wholeLines(model: DockerfileModel, instruction: Instruction) {
  const r = instruction.getRange();
  const start = { line: r.start.line, character: 0 };
  if (r.end.line + 1 < model.lines.lineCount) return { start, end: { line: r.end.line + 1, character: 0 } };
  if (r.start.line === 0) return { start, end: model.lines.positionAt(model.text.length) };
  return { start: model.lines.positionAt(model.lines.lineEnd(r.start.line - 1)), end: model.lines.positionAt(model.text.length) };
}
