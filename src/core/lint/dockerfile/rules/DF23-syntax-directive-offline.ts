import type { Flag, Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { Range } from '../../../text/text';
import type { DockerfileModel } from '../model';

/** Flags the legacy builder does not know; it stops with "unknown flag" on them. */
const BUILDKIT_FLAGS: Record<string, ReadonlySet<string>> = {
  RUN: new Set(['mount', 'network', 'security']),
  COPY: new Set(['link', 'parents', 'exclude', 'chmod']),
  ADD: new Set(['link', 'exclude', 'chmod', 'checksum', 'keep-git-dir', 'unpack']),
};

export const rule = defineRule<DockerfileModel, 'syntaxOffline' | 'buildkitOnly'>(
  {
    id: 'DF23',
    name: 'syntax-directive-offline',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c04-l1', 'c05-l1'],
    sources: [],
    messages: {
      syntaxOffline:
        'You are working offline, and `# syntax={image}` makes BuildKit fetch the `{image}` frontend image from a registry before it reads the rest of the file, so the build fails at that first step. Remove the line to use the Dockerfile frontend built into your BuildKit (the legacy builder ignores it anyway).',
      buildkitOnly:
        '{feature} only works with BuildKit: the legacy builder (used when BuildKit is switched off or the buildx plugin is missing) stops with an error here. Build with BuildKit, and declare the syntax on the first line with `# syntax=docker/dockerfile:1` so an older BuildKit fetches a frontend that understands it.',
    },
    docs: {
      summary: 'No `# syntax=` directive when working offline, and BuildKit-only syntax is declared with one.',
      rationale: [
        'The first line `# syntax=docker/dockerfile:1` tells BuildKit which Dockerfile frontend to use, and BuildKit pulls that frontend as an image before it reads the rest of the file. That is how new Dockerfile features reach older builders, but without a registry the pull fails and so does every build; the legacy builder treats the line as a plain comment. When the course runs in offline mode (no registry), the rule reports the directive: remove it and BuildKit uses the frontend built into it.',
        '',
        'The other way round, some syntax exists only in BuildKit: heredocs (`RUN <<EOF`), `RUN --mount`, `--network` and `--security`, and the `COPY`/`ADD` options `--link`, `--chmod`, `--parents`, `--exclude`, `--checksum`, `--keep-git-dir`. The legacy builder, which `docker build` still uses when BuildKit is disabled or the buildx plugin is not installed, rejects them. A `# syntax=` line documents that the file needs BuildKit and lets an older BuildKit fetch a frontend that understands the feature, so the rule suggests adding it (offline it stays quiet, because the directive itself would need a registry). Both findings are information, not errors.',
      ].join('\n'),
      examples: {
        bad: 'FROM alpine:3.20\nCOPY --chmod=755 run.sh /usr/local/bin/run.sh\n',
        good: '# syntax=docker/dockerfile:1\nFROM alpine:3.20\nCOPY --chmod=755 run.sh /usr/local/bin/run.sh\n',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    const offline = model.config.online === false;
    const directive = model.doc.getDirectives().find((d) => d.getName().toLowerCase() === 'syntax');
    if (directive) {
      if (!offline) return;
      const range = directive.getRange();
      const next = range.end.line + 1 < model.lines.lineCount ? { line: range.end.line + 1, character: 0 } : range.end;
      report({
        messageId: 'syntaxOffline',
        range: directive.getValueRange(),
        data: { image: directive.getValue() },
        suggestions: [{ title: 'Remove the # syntax= line', edits: [{ range: { start: { line: range.start.line, character: 0 }, end: next }, newText: '' }] }],
      });
      return;
    }
    const first = firstBuildkitFeature(model);
    if (!first) return;
    // Offline the only advice would be "add a # syntax= line", which makes BuildKit pull: say nothing.
    if (offline) return;
    const top = { line: 0, character: 0 };
    report({
      messageId: 'buildkitOnly',
      range: first.range,
      data: { feature: first.feature },
      suggestions: [{ title: 'Declare the syntax: # syntax=docker/dockerfile:1', edits: [{ range: { start: top, end: top }, newText: `# syntax=docker/dockerfile:1${model.lines.eol}` }] }],
    });
  },
);

/** The first use of syntax only BuildKit understands, with a short description of it. */
function firstBuildkitFeature(model: DockerfileModel): { range: Range; feature: string } | undefined {
  for (const instruction of model.instructions) {
    const keyword = model.keyword(instruction);
    const known = BUILDKIT_FLAGS[keyword];
    if (!known) continue;
    const flags = (instruction as Instruction & { getFlags?: () => Flag[] }).getFlags?.() ?? [];
    const flag = flags.find((f) => known.has(f.getName().toLowerCase()));
    const heredoc = instruction.getArguments().find((a) => /^<<-?["']?[A-Za-z_]/.test(a.getValue()));
    // Flags always come before the arguments, so a BuildKit flag is the first thing to point at.
    if (flag) {
      const name = flag.getNameRange();
      const start = model.offset(name.start) - 2;
      return { range: model.rangeOf(Math.max(start, 0), model.offset(name.end)), feature: `\`${keyword} --${flag.getName()}\`` };
    }
    if (heredoc) return { range: heredoc.getRange(), feature: `A heredoc (\`${keyword} ${heredoc.getValue()}\`)` };
  }
  return undefined;
}
