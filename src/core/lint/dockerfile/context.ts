/** Build-context facts shared by the COPY/ADD rules: their paths, the whole-context copy, the ignore file, stage chains. */
import { JSONInstruction, type Flag, type Instruction } from 'dockerfile-ast';
import { baseName } from '../files';
import type { Range } from '../../text/text';
import { cleanPath, parseDockerignore, type IgnorePattern } from './dockerignore';
import type { DockerfileModel, Stage } from './model';

export interface PathArg {
  /** The path as Docker reads it (JSON strings decoded, escapes applied). */
  value: string;
  /** The path as written (without JSON quotes). */
  raw: string;
  range: Range;
}

export interface CopyArgs {
  keyword: 'COPY' | 'ADD';
  instruction: Instruction;
  flags: Flag[];
  /** The `--from=` value: the sources then come from a stage or an image, not from the build context. */
  from: string | undefined;
  sources: PathArg[];
  dest: PathArg | undefined;
  /** `COPY <<EOF /file`: the content is inline, there is no source path. */
  heredoc: boolean;
  json: boolean;
}

const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/i;

/** Sources and destination of a COPY or ADD, or undefined for other instructions. */
export function copyArgs(model: DockerfileModel, instruction: Instruction): CopyArgs | undefined {
  const keyword = model.keyword(instruction);
  if (keyword !== 'COPY' && keyword !== 'ADD') return undefined;
  const flags = (instruction as Instruction & { getFlags?: () => Flag[] }).getFlags?.() ?? [];
  const from = flags.find((f) => f.getName().toLowerCase() === 'from')?.getValue() ?? undefined;
  const base = { keyword, instruction, flags, from } as const;
  if (instruction instanceof JSONInstruction && instruction.getOpeningBracket() && instruction.getClosingBracket()) {
    const strings = instruction.getJSONStrings().map((s) => {
      const r = s.getRange();
      const start = model.offset(r.start) + 1;
      const end = Math.max(start, model.offset(r.end) - 1);
      // dockerfile-ast drops blanks inside JSON strings; decode the text as written instead.
      return { value: decodeJsonString(model.lines.textOf(r)) ?? s.getJSONValue(), raw: model.text.slice(start, end), range: model.rangeOf(start, end) };
    });
    return { ...base, sources: strings.slice(0, -1), dest: strings[strings.length - 1], heredoc: false, json: true };
  }
  const args = instruction.getArguments();
  if (args.some((a) => a.getValue().startsWith('<<'))) return { ...base, sources: [], dest: undefined, heredoc: true, json: false };
  const paths = args.map((a) => ({ value: a.getValue(), raw: model.lines.textOf(a.getRange()), range: a.getRange() }));
  return { ...base, sources: paths.slice(0, -1), dest: paths.length > 1 ? paths[paths.length - 1] : undefined, heredoc: false, json: false };
}

function decodeJsonString(raw: string): string | undefined {
  try {
    const v = JSON.parse(raw) as unknown;
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

export function isRemote(path: string): boolean {
  return REMOTE.test(path);
}

/** True when the path names the root of the build context (`.`, `./`, `./.`). */
export function isWholeContext(path: string): boolean {
  return cleanPath(path.replace(/\\/g, '/')) === '.';
}

/** Sources read from the build context: not `--from`, not URLs, not heredocs. */
export function contextSources(c: CopyArgs): PathArg[] {
  if (c.from !== undefined || c.heredoc) return [];
  return c.sources.filter((s) => !isRemote(s.value));
}

/** Every COPY/ADD of the file, parsed. */
export function copies(model: DockerfileModel, instructions: readonly Instruction[] = model.instructions): CopyArgs[] {
  const out: CopyArgs[] = [];
  for (const i of instructions) {
    const c = copyArgs(model, i);
    if (c) out.push(c);
  }
  return out;
}

export type IgnoreFileLookup =
  | { state: 'unknown' }
  | { state: 'missing' }
  | { state: 'found'; name: string; text: string | undefined; patterns: IgnorePattern[] | undefined };

/**
 * The ignore file that applies to this Dockerfile, assuming the build context is the Dockerfile's folder
 * (the usual `docker build .` next to it). BuildKit first looks for `<Dockerfile name>.dockerignore`, then `.dockerignore`.
 * `unknown` when the editor or CLI cannot tell which files exist.
 */
export function findIgnoreFile(model: DockerfileModel): IgnoreFileLookup {
  const { files } = model;
  if (!files.exists) return { state: 'unknown' };
  const candidates = [...(files.path ? [`${baseName(files.path)}.dockerignore`] : []), '.dockerignore'];
  const name = candidates.find((c) => files.exists!(c));
  if (!name) return { state: 'missing' };
  const text = files.read?.(name);
  return { state: 'found', name, text, patterns: text === undefined ? undefined : parseDockerignore(text) };
}

/** The stages whose content the given stage builds on, root first, ending with the stage itself. */
export function stageChain(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  const seen = new Set<Stage>();
  for (let s: Stage | undefined = stage; s && !seen.has(s); s = s.parent) {
    seen.add(s);
    chain.unshift(s);
  }
  return chain;
}

/** Instructions of a stage and of the stages it builds on, in build order. */
export function chainInstructions(stage: Stage): Instruction[] {
  return stageChain(stage).flatMap((s) => s.instructions);
}
