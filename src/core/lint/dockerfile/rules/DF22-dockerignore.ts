import { defineRule } from '../../rule';
import { copies, contextSources, findIgnoreFile, isWholeContext, type PathArg } from '../context';
import { isIgnored } from '../dockerignore';
import type { DockerfileModel } from '../model';
import { runCommands } from '../util';

const NODE_TOOLS = new Set(['npm', 'npx', 'yarn', 'pnpm', 'node', 'corepack']);

export const rule = defineRule<DockerfileModel, 'missing' | 'incomplete'>(
  {
    id: 'DF22',
    name: 'dockerignore',
    target: 'dockerfile',
    category: 'security',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c05-l3'],
    sources: [],
    messages: {
      missing:
        '`{keyword} {source}` copies the whole build context, and there is no `.dockerignore` next to this Dockerfile: `.git`, `.env` files, local builds{extra} all go into the image and slow every build. Create a `.dockerignore` that leaves them out.',
      incomplete:
        '`{keyword} {source}` copies the whole build context, but `{file}` does not leave out {missing}{why}. Add {them} to `{file}`, one per line.',
    },
    docs: {
      summary: 'A Dockerfile that copies its whole folder has a `.dockerignore` that leaves out `.git`, `.env` and, for Node projects, `node_modules`.',
      rationale:
        '`COPY . .` copies everything the build context holds, and the context is the whole folder unless `.dockerignore` says otherwise. Without one, the image receives the `.git` history (which can contain removed secrets), `.env` files with passwords, and a local `node_modules` built for your machine, which may then shadow the dependencies installed inside the image. Every build also has to send all of it to the builder, and any change to those files invalidates the layer cache. The rule reports the first whole-context `COPY`/`ADD` when the ignore file is missing, or when it does not cover `.git`, `.env` and, in a Node project, `node_modules`. It assumes the build context is the Dockerfile\'s folder, and stays silent when the editor cannot tell which files exist. The editor can create a starter `.dockerignore` for Node, Python, Go or any project.',
      examples: {
        bad: 'FROM alpine:3.20\nWORKDIR /app\nCOPY . .\n',
        good: 'FROM alpine:3.20\nWORKDIR /app\nCOPY . .\n',
        files: { bad: { '.dockerignore': '*.log\n' }, good: { '.dockerignore': '.git\n.env\n*.log\n' } },
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    const wholeContext = firstWholeContextCopy(model);
    if (!wholeContext) return;
    const { keyword, source } = wholeContext;
    const node = isNodeProject(model);
    const ignoreFile = findIgnoreFile(model);
    if (ignoreFile.state === 'unknown') return;
    if (ignoreFile.state === 'missing') {
      report({ messageId: 'missing', range: source.range, data: { keyword, source: source.value, extra: node ? ', `node_modules`' : '' } });
      return;
    }
    if (!ignoreFile.patterns) return;
    const wanted = ['.git', '.env', ...(node ? ['node_modules'] : [])];
    const missing = wanted.filter((p) => !isIgnored(ignoreFile.patterns!, p));
    if (missing.length === 0) return;
    const why: string[] = [];
    if (missing.includes('.git')) why.push('`.git` holds your whole history');
    if (missing.includes('.env')) why.push('`.env` holds secrets');
    if (missing.includes('node_modules')) why.push('`node_modules` is rebuilt inside the image and a local copy can overwrite it');
    report({
      messageId: 'incomplete',
      range: source.range,
      data: {
        keyword,
        source: source.value,
        file: ignoreFile.name,
        missing: list(missing.map((m) => `\`${m}\``)),
        them: missing.length === 1 ? 'it' : 'them',
        why: ` (${why.join('; ')})`,
      },
    });
  },
);

function firstWholeContextCopy(model: DockerfileModel): { keyword: string; source: PathArg } | undefined {
  for (const c of copies(model)) {
    const source = contextSources(c).find((s) => isWholeContext(s.value));
    if (source) return { keyword: c.keyword, source };
  }
  return undefined;
}

/** A Node project: a node base image, a Node tool in a RUN, a package.json copied or next to the Dockerfile. */
function isNodeProject(model: DockerfileModel): boolean {
  if (model.stages.some((s) => s.image.name === 'node' || s.image.name?.endsWith('/node'))) return true;
  for (const { command } of runCommands(model)) if (NODE_TOOLS.has(command.name)) return true;
  if (copies(model).some((c) => c.sources.some((s) => /(^|\/)package(\*|-lock)?\.json$/.test(s.value)))) return true;
  return model.files.exists?.('package.json') === true;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
