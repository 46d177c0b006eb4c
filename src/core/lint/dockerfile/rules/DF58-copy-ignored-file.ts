import { defineRule } from '../../rule';
import { contextSources, copyArgs, findIgnoreFile, isWholeContext } from '../context';
import { hasExceptions, ignoringPattern } from '../dockerignore';
import type { DockerfileModel } from '../model';

const WILDCARD = /[*?[]/;

export const rule = defineRule<DockerfileModel, 'ignored'>(
  {
    id: 'DF58',
    name: 'copy-ignored-file',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c05-l3'],
    sources: ['buildkit:CopyIgnoredFile'],
    messages: {
      ignored:
        '`{path}` is left out of the build context by `{pattern}` (line {line} of `{file}`), so the builder never receives it and this {keyword} fails with "not found". Remove or narrow that line of `{file}`, or stop copying this path.',
    },
    docs: {
      summary: 'COPY and ADD only name paths that `.dockerignore` lets into the build context.',
      rationale:
        '`docker build` first sends the build context (the folder you build) to the builder, minus everything `.dockerignore` matches. A `COPY` of a path that was left out cannot work: the build stops with a "not found" error that does not mention `.dockerignore`, which makes it hard to understand. This rule reads the ignore file next to the Dockerfile (`<Dockerfile name>.dockerignore` first, then `.dockerignore`, assuming the folder is the build context) and applies Docker\'s matching rules: paths from the context root, `*`, `?`, `**`, a leading `/` and a trailing `/` ignored, and parent folders covering their contents. Like BuildKit\'s own check, it stays silent when the ignore file has `!` exceptions, and it skips sources with wildcards or variables, whose matches cannot be known without the files.',
      examples: {
        bad: 'FROM alpine:3.20\nCOPY build/app /usr/local/bin/app\n',
        good: 'FROM alpine:3.20\nCOPY dist/app /usr/local/bin/app\n',
        files: { bad: { '.dockerignore': '.git\n.env\nbuild/\n' }, good: { '.dockerignore': '.git\n.env\nbuild/\n' } },
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    const ignoreFile = findIgnoreFile(model);
    if (ignoreFile.state !== 'found' || !ignoreFile.patterns || hasExceptions(ignoreFile.patterns)) return;
    for (const instruction of model.instructions) {
      const c = copyArgs(model, instruction);
      if (!c) continue;
      for (const source of contextSources(c)) {
        if (isWholeContext(source.value) || WILDCARD.test(source.value) || source.value.includes('$')) continue;
        const pattern = ignoringPattern(ignoreFile.patterns, source.value);
        if (!pattern) continue;
        report({
          messageId: 'ignored',
          range: source.range,
          data: { path: source.value, pattern: pattern.text, line: pattern.line, file: ignoreFile.name, keyword: c.keyword },
        });
      }
    }
  },
);
