import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import { copyArgs, contextSources, type PathArg } from '../context';
import type { DockerfileModel } from '../model';
import type { ShellCommand } from '../shell';
import { runCommands, wordValue } from '../util';

/** The archives `ADD` unpacks: tar, plain or compressed with gzip, bzip2 or xz. Zip files are copied as they are. */
const TAR_ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz)$/i;

export const rule = defineRule<DockerfileModel, 'useAdd'>(
  {
    id: 'DF59',
    name: 'add-to-extract',
    target: 'dockerfile',
    category: 'size',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c04-l3'],
    sources: ['hadolint:DL3010'],
    messages: {
      useAdd:
        '`{archive}` is copied in as a file and unpacked by `tar` in a later RUN (line {line}), so the image keeps the archive in one layer and its contents in another. `ADD {archive} <folder>/` unpacks a local tar archive in a single step and a single layer.',
    },
    docs: {
      summary: 'A local tar archive that is only copied in to be unpacked is added with `ADD`, which unpacks it in one layer.',
      rationale:
        'Every instruction adds a layer, and a layer never shrinks: when `COPY app.tar.gz /tmp/` is followed by `RUN tar -xzf /tmp/app.tar.gz`, the image carries the compressed archive and the unpacked files, even if the RUN deletes the archive afterwards. `ADD` has one special power for local files: a tar archive (plain, gzip, bzip2 or xz) is unpacked straight into the destination folder, so only the contents end up in the image. The rule looks for a `tar` extraction in the same stage that names the copied file. Zip files are not reported, because `ADD` copies them unchanged.',
      whenNotToUse:
        'Keep `COPY` + `tar` when you need what `ADD` cannot do: `--strip-components`, extracting only some members, or checking a signature before unpacking. In a builder stage whose files never reach the final image, the extra layer costs nothing.',
      examples: {
        bad: 'FROM alpine:3.20\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n',
        good: 'FROM alpine:3.20\nADD app.tar.gz /opt/\n',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const group of groups(model)) {
      const copied: { source: PathArg; names: Set<string> }[] = [];
      const reported = new Set<PathArg>();
      for (const instruction of group) {
        const c = copyArgs(model, instruction);
        if (c) {
          if (c.keyword !== 'COPY') continue;
          // Match on the path as written too: in Windows images a `\` is a separator, not an escape.
          const sources = contextSources(c).filter((s) => TAR_ARCHIVE.test(unquote(s.value)) || TAR_ARCHIVE.test(unquote(s.raw)));
          const destNames = c.dest ? [baseName(c.dest.value), baseName(c.dest.raw)].filter((n) => TAR_ARCHIVE.test(n)) : [];
          for (const source of sources) {
            const names = new Set([baseName(source.value), baseName(source.raw)]);
            if (sources.length === 1) for (const n of destNames) names.add(n);
            copied.push({ source, names });
          }
          continue;
        }
        if (copied.length === 0 || model.keyword(instruction) !== 'RUN') continue;
        for (const { command } of runCommands(model, [instruction])) {
          if (!isTarExtract(command)) continue;
          const operands = new Set(command.args.map((w) => baseName(wordValue(w).replace(/^--file=/, ''))));
          for (const entry of copied) {
            if (reported.has(entry.source) || ![...entry.names].some((n) => operands.has(n))) continue;
            reported.add(entry.source);
            report({ messageId: 'useAdd', range: entry.source.range, data: { archive: entry.source.raw, line: instruction.getRange().start.line + 1 } });
          }
        }
      }
    }
  },
);

/** Instructions grouped by stage; lines before the first FROM (as in short snippets) form their own group. */
function groups(model: DockerfileModel): Instruction[][] {
  const prelude = model.instructions.filter((i) => !model.stageOf(i) && model.keyword(i) !== 'FROM');
  return [prelude, ...model.stages.map((s) => s.instructions)].filter((g) => g.length > 0);
}

function isTarExtract(c: ShellCommand): boolean {
  if (c.name !== 'tar' && c.name !== 'bsdtar') return false;
  const args = c.args.map(wordValue);
  if (args.some((a) => a === '--extract' || a === '--get' || /^-[a-zA-Z]*x/.test(a))) return true;
  // Old-style bundled options without a dash: `tar xzf file.tgz`.
  return args.length > 0 && /^[a-zA-Z]*x[a-zA-Z]*$/.test(args[0]);
}

function unquote(s: string): string {
  return s.replace(/^["']|["']$/g, '');
}

/** The last path component, for `/` and `\` separators (Windows paths in Windows images). */
function baseName(path: string): string {
  const p = unquote(path);
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}
