import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|gz|bz2|xz)$/i;
const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/i;
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

export const rule = defineRule<DockerfileModel, 'useCopy'>(
  {
    id: 'DF04',
    name: 'copy-not-add',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l1', 'c04-l3'],
    sources: ['hadolint:DL3020'],
    messages: {
      useCopy: '`ADD` of local files does what `COPY` does plus hidden magic (it unpacks archives and fetches URLs): use `COPY` for {sources}.',
    },
    docs: {
      summary: 'Local files and folders are copied with COPY; ADD is kept for remote sources and archives to unpack.',
      rationale:
        '`ADD` copies like `COPY`, but it also downloads URLs and silently extracts local tar archives. A reader cannot tell from `ADD app/ /app/` whether something else happens, and a later change that drops a `.tar.gz` into the folder changes the image in a surprising way. `COPY` does exactly one thing. Keep `ADD` for the cases that need it: extracting a local archive in one layer, or a remote source pinned with `--checksum`.',
      examples: { bad: 'FROM alpine:3.20\nADD app.py /app/\n', good: 'FROM alpine:3.20\nCOPY app.py /app/\n' },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      if (model.keyword(instruction) !== 'ADD') continue;
      const sources = addSources(instruction);
      if (sources.length === 0) continue;
      if (sources.some((s) => REMOTE.test(s) || ARCHIVE.test(s) || s.includes('$'))) continue;
      if (instruction.getRawArgumentsContent()?.includes('<<')) continue;
      const flags = (instruction as Instruction & { getFlags?: () => { getName(): string }[] }).getFlags?.() ?? [];
      const keywordRange = instruction.getInstructionRange();
      const canFix = !flags.some((f) => ADD_ONLY_FLAGS.has(f.getName()));
      const written = instruction.getInstruction();
      const copy = written === written.toLowerCase() ? 'copy' : 'COPY';
      report({
        messageId: 'useCopy',
        range: keywordRange,
        data: { sources: sources.map((s) => `\`${s}\``).join(', ') },
        fix: canFix ? { title: 'Replace ADD with COPY', edits: [{ range: keywordRange, newText: copy }] } : undefined,
      });
    }
  },
);

function addSources(instruction: Instruction): string[] {
  const args = instruction.getArguments().map((a) => a.getValue());
  if (args.length < 2) return [];
  const first = args[0];
  if (first.startsWith('[')) {
    try {
      const parsed = JSON.parse(instruction.getRawArgumentsContent() ?? '') as unknown;
      if (Array.isArray(parsed) && parsed.length >= 2) return parsed.slice(0, -1).map(String);
    } catch {
      return [];
    }
    return [];
  }
  return args.slice(0, -1);
}
