import { JSONInstruction, type Instruction } from 'dockerfile-ast';
import type { TextEdit } from '../../text/text';
import type { DockerfileModel, Stage } from './model';

/** One `RUN --mount=…` flag: `type` (default `bind`) and `target` (also spelled `dst`, `destination`). */
export interface RunMount {
  type: string;
  target: string | undefined;
}

interface FlagLike {
  getName(): string;
  getValue(): string | null;
}

function flagsOf(instruction: Instruction): FlagLike[] {
  return (instruction as Instruction & { getFlags?: () => FlagLike[] }).getFlags?.() ?? [];
}

export function runMounts(instruction: Instruction): RunMount[] {
  const out: RunMount[] = [];
  for (const flag of flagsOf(instruction)) {
    if (flag.getName().toLowerCase() !== 'mount') continue;
    const options = new Map<string, string>();
    for (const part of (flag.getValue() ?? '').split(',')) {
      const eq = part.indexOf('=');
      options.set((eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase(), eq < 0 ? '' : part.slice(eq + 1).trim());
    }
    out.push({ type: options.get('type') || 'bind', target: options.get('target') ?? options.get('dst') ?? options.get('destination') });
  }
  return out;
}

/** True when a `--mount=type=cache` or `type=tmpfs` keeps a directory matching `target` out of the layer. */
export function hasCacheMount(instruction: Instruction, target: (path: string) => boolean): boolean {
  return runMounts(instruction).some((m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target !== undefined && target(m.target.replace(/\/+$/, '')));
}

/** The RUN's flags as one comparable string (`--mount=type=secret,id=x --network=none`), order-insensitive. */
export function runFlagsKey(instruction: Instruction): string {
  return flagsOf(instruction)
    .map((f) => `--${f.getName().toLowerCase()}=${f.getValue() ?? ''}`)
    .sort()
    .join(' ');
}

/** True for `RUN ["executable", "arg"]`. */
export function isExecForm(instruction: Instruction): boolean {
  return instruction instanceof JSONInstruction && instruction.getOpeningBracket() !== null && instruction.getClosingBracket() !== null;
}

/** True for `RUN <<EOF … EOF` and RUNs that feed a heredoc to a command. */
export function hasHeredoc(instruction: Instruction): boolean {
  return ((instruction as Instruction & { getHeredocs?: () => unknown[] }).getHeredocs?.() ?? []).length > 0 || (instruction.getRawArgumentsContent() ?? '').includes('<<');
}

/** Offset of the first character of the RUN's command (after the keyword and its flags). */
export function argumentsStart(model: DockerfileModel, instruction: Instruction): number | undefined {
  const args = instruction.getArguments();
  return args.length ? model.offset(args[0].getRange().start) : undefined;
}

/**
 * Where ` && next` can be appended to a shell-form RUN so that `next` runs last and only if the RUN
 * succeeded: the offset just after its last character. Undefined for exec form and heredocs, when the
 * text ends in an operator or a continuation, or when its last line holds a `#` (a comment would swallow the addition).
 */
export function appendOffset(model: DockerfileModel, instruction: Instruction): number | undefined {
  if (isExecForm(instruction) || hasHeredoc(instruction) || !model.usesPosixShell(instruction)) return undefined;
  const script = model.shellScript(instruction);
  if (!script || script.error) return undefined;
  const end = model.offset(instruction.getRange().end);
  const tail = model.text.slice(0, end).replace(/\s+$/, '');
  if (/[;&|\\]$/.test(tail)) return undefined;
  const lastLine = tail.slice(tail.lastIndexOf('\n') + 1);
  if (/(^|\s)#/.test(lastLine)) return undefined;
  return tail.length;
}

/** An edit that adds `arg` as a new argument right after `word` of a RUN: ` arg` in shell form, `, "arg"` in exec form. */
export function insertArgAfter(model: DockerfileModel, instruction: Instruction, word: { end: number }, arg: string): TextEdit {
  if (isExecForm(instruction)) {
    // Exec-form words end before their closing quote.
    const at = model.rangeOf(word.end + 1, word.end + 1);
    return { range: at, newText: `, ${JSON.stringify(arg)}` };
  }
  return { range: model.rangeOf(word.end, word.end), newText: ` ${arg}` };
}

/** The line break the document uses. */
export function eol(model: DockerfileModel): string {
  return model.text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * One edit that merges RUN `b` into the RUN `a` right before it: `RUN a && \` + line break + `    b`
 * (or `RUN a \` + line break + ` && b` when the RUNs already put `&&` at the start of their lines).
 * Comment lines between them are kept inside the continuation; blank lines and `b`'s keyword and flags go.
 * Undefined when the merge could change what runs: either RUN in exec form or with a heredoc, `b` not a
 * plain `&&` chain (a `;` or `||` in `b` would run on after a failure of `a`), or a non-POSIX shell.
 */
export function mergeRunsEdit(model: DockerfileModel, a: Instruction, b: Instruction): TextEdit | undefined {
  const at = appendOffset(model, a);
  const bStart = argumentsStart(model, b);
  if (at === undefined || bStart === undefined) return undefined;
  if (isExecForm(b) || hasHeredoc(b) || !model.usesPosixShell(b)) return undefined;
  const bScript = model.shellScript(b);
  if (!bScript || bScript.error || bScript.andList !== true) return undefined;
  const nl = eol(model);
  const gap = model.text.slice(at, bStart);
  const comments = gap
    .split(/\r?\n/)
    .slice(1, -1)
    .map((l) => l.trim())
    .filter((l) => l.startsWith('#'));
  const kept = comments.map((c) => `${c}${nl}`).join('');
  // Follow the file's style: `\` + line break + ` && next` when the RUNs already start their lines with `&&`.
  const runText = model.text.slice(model.offset(a.getRange().start), at) + nl + model.text.slice(bStart, model.offset(b.getRange().end));
  const leading = /\r?\n([ \t]*)&&[ \t]/.exec(runText);
  if (leading) return { range: model.rangeOf(at, bStart), newText: ` ${model.escapeChar}${nl}${kept}${leading[1]}&& ` };
  const lastLine = model.text.slice(model.text.lastIndexOf('\n', at - 1) + 1, at);
  const continued = model.lines.positionAt(at).line > a.getRange().start.line;
  const indent = continued ? (/^[ \t]+/.exec(lastLine)?.[0] ?? '    ') : '    ';
  return { range: model.rangeOf(at, bStart), newText: ` && ${model.escapeChar}${nl}${kept}${indent}` };
}

/** The instruction after `instruction` in the file, if any. */
export function nextInstruction(model: DockerfileModel, instruction: Instruction): Instruction | undefined {
  const i = model.instructions.indexOf(instruction);
  return i >= 0 ? model.instructions[i + 1] : undefined;
}

/** Commands that change the state of the shell that runs them; merging a RUN that ends with one into the next would carry it over. */
export const SHELL_STATE_COMMANDS = new Set(['cd', 'pushd', 'popd', 'export', 'set', 'source', '.', 'umask', 'alias', 'unalias', 'shopt', 'unset', 'declare', 'typeset', 'readonly', 'local', 'trap', 'ulimit', 'exec', 'eval', 'exit', 'return', 'shift', 'hash', 'enable', 'builtin']);

/** True when the RUN's top-level commands change shell state (`cd`, `export`, `set`, …) that a merged RUN would carry into the next part. */
export function changesShellState(model: DockerfileModel, instruction: Instruction): boolean {
  const script = model.shellScript(instruction);
  return !script || script.assignsVariables === true || script.commands.some((c) => c.depth === 0 && SHELL_STATE_COMMANDS.has(c.name));
}

/**
 * The instructions whose effect (ENV, ARG, USER, SHELL, WORKDIR) is in force at `instruction`: those of the
 * stages it builds on (`FROM base`), oldest first, then its own stage up to but excluding `instruction`.
 */
export function instructionsBefore(model: DockerfileModel, instruction: Instruction): Instruction[] {
  const chain: Stage[] = [];
  for (let s = model.stageOf(instruction); s; s = s.parent) chain.unshift(s);
  const out: Instruction[] = [];
  for (const s of chain) {
    for (const i of s.instructions) {
      if (i === instruction) break;
      out.push(i);
    }
  }
  return out;
}
