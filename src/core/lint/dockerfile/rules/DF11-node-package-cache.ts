import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { hasOption, packageCommands, type PackageCommand } from '../packages';
import { appendOffset, hasCacheMount } from '../runs';
import type { ShellCommand } from '../shell';
import { stageInstructions, wordRange, wordValue } from '../util';

export const rule = defineRule<DockerfileModel, 'yarnCache' | 'npmCi'>(
  {
    id: 'DF11',
    name: 'node-package-cache',
    target: 'dockerfile',
    category: 'size',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l7'],
    sources: ['hadolint:DL3060'],
    messages: {
      yarnCache:
        "`{command}` keeps a second copy of every package in Yarn's cache, next to node_modules, and this layer stores both: end the same RUN with `yarn cache clean`.",
      npmCi:
        '`npm install` may pick newer versions than package-lock.json records (and rewrites the lockfile inside the build); `npm ci` installs exactly what the lockfile says and stops if it disagrees with package.json: use `npm ci`, with package-lock.json copied in before it.',
    },
    docs: {
      summary: 'Node dependencies in the final image come from `npm ci`, and `yarn install` cleans its cache in the same RUN.',
      rationale:
        "Yarn copies every package it downloads into a global cache and then again into `node_modules`; in an image the cache is never used again, so `yarn install` without `yarn cache clean` in the same RUN (or a `RUN --mount=type=cache` on Yarn's cache folder) roughly doubles the size of the dependency layer. A clean in a later RUN is too late: the earlier layer keeps the files. For npm, the question is reproducibility rather than size: `npm install` treats package.json ranges as permission to update and may write a new lockfile during the build, so two builds of the same commit can differ. `npm ci` installs exactly the versions in package-lock.json (or npm-shrinkwrap.json) and fails loudly when the two files disagree; that advice is shown as info, and only when a lockfile sits next to the Dockerfile (or the linter cannot tell). Both checks only look at stages that end up in the final image; hadolint's DL3060 covers `yarn install` only, this rule also counts a bare `yarn` and `yarn add`.",
      examples: {
        bad: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\n',
        good: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    const files = model.files;
    const lockfileKnownAbsent = files.exists !== undefined && !files.exists('package-lock.json') && !files.exists('npm-shrinkwrap.json');
    for (const instruction of stageInstructions(model, 'RUN')) {
      const stage = model.stageOf(instruction);
      if (!stage || !model.isInFinalImage(stage)) continue;
      const script = model.shellScript(instruction);
      if (!script) continue;
      const pcs = packageCommands(script.commands);
      const yarnInstalls = pcs.filter((pc) => pc.manager === 'yarn' && (pc.action === 'install' || pc.action === 'add'));
      if (yarnInstalls.length > 0 && !hasCacheMount(instruction, (t) => /yarn/i.test(t))) {
        const last = yarnInstalls[yarnInstalls.length - 1];
        const cleaned = script.commands.some((c) => c.start > last.command.start && cleansYarnCache(c));
        if (!cleaned) {
          const first = yarnInstalls[0];
          const at = appendOffset(model, instruction);
          report({
            messageId: 'yarnCache',
            range: wordRange(model, first.command.words[0]),
            data: { command: first.verb ? `yarn ${wordValue(first.verb)}` : 'yarn' },
            sources: ['hadolint:DL3060'],
            fix: at === undefined ? undefined : { title: 'Clean the Yarn cache at the end of this RUN', edits: [{ range: model.rangeOf(at, at), newText: ' && yarn cache clean' }] },
          });
        }
      }
      if (lockfileKnownAbsent) continue;
      for (const pc of pcs) {
        if (!isProjectNpmInstall(pc)) continue;
        const range = wordRange(model, pc.verb!);
        report({
          messageId: 'npmCi',
          range,
          severity: 'info',
          sources: [],
          suggestions: [{ title: 'Use npm ci', edits: [{ range, newText: 'ci' }] }],
        });
      }
    }
  },
);

/** `npm install` of the project's own dependencies (no package names, not global). */
function isProjectNpmInstall(pc: PackageCommand): boolean {
  return pc.manager === 'npm' && pc.action === 'install' && pc.verb !== undefined && pc.operands.length === 0 && !hasOption(pc, '-g', '--global');
}

function cleansYarnCache(c: ShellCommand): boolean {
  if (c.name === 'yarn' && c.args.length >= 2 && wordValue(c.args[0]) === 'cache' && wordValue(c.args[1]) === 'clean') return true;
  return c.name === 'rm' && c.args.some((w) => /\.cache\/yarn|\/yarn-cache|\.yarn\/(berry\/)?cache/.test(wordValue(w)));
}
