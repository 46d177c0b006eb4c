import { Arg, DockerfileParser, From, Instruction, JSONInstruction, Run, type Dockerfile } from 'dockerfile-ast';
import { LineIndex, type Range } from '../../text/text';
import type { FileContext, LintConfig } from '../types';
import { parseShell, type ShellScript } from './shell';
import { declarations } from './variables';

export interface ImageRef {
  /** The reference as written, e.g. `${BASE}`. */
  written: string;
  /** With ARG defaults substituted, e.g. `python:3.12-slim`; undefined when a variable has no default. */
  resolved: string | undefined;
  /** Repository without registry host and tag, lowercased, e.g. `library/python` → `python`. */
  name: string | undefined;
  tag: string | undefined;
  digest: string | undefined;
  /** True when the image is an earlier stage of this Dockerfile. */
  isStage: boolean;
  isScratch: boolean;
}

export interface Stage {
  index: number;
  from: From;
  /** The `AS name` as written, if any. */
  name: string | undefined;
  image: ImageRef;
  /** The stage this one builds on (`FROM builder AS final`). */
  parent: Stage | undefined;
  /** Instructions after the FROM up to the next FROM. */
  instructions: Instruction[];
  isFinal: boolean;
}

export class DockerfileModel {
  readonly doc: Dockerfile;
  readonly lines: LineIndex;
  readonly instructions: Instruction[];
  readonly stages: Stage[];
  /** ARGs declared before the first FROM, with their default values. */
  readonly globalArgs: Map<string, string | undefined>;
  readonly escapeChar: string;
  private readonly shellCache = new Map<Instruction, ShellScript | null>();
  private readonly stageByInstruction = new Map<Instruction, Stage>();

  constructor(
    readonly text: string,
    readonly config: LintConfig = {},
    readonly files: FileContext = {},
  ) {
    this.doc = DockerfileParser.parse(text);
    this.lines = new LineIndex(text);
    this.instructions = this.doc.getInstructions();
    for (const instruction of this.instructions) memoizeGetters(instruction);
    this.escapeChar = this.doc.getEscapeCharacter();
    this.globalArgs = new Map();
    const stages: Stage[] = [];
    let current: Stage | undefined;
    for (const instruction of this.instructions) {
      if (instruction instanceof From) {
        const name = instruction.getBuildStage() ?? undefined;
        const image = this.resolveImage(instruction, stages);
        const parent = image.isStage ? findStage(stages, image.written) : undefined;
        current = { index: stages.length, from: instruction, name, image, parent, instructions: [], isFinal: false };
        stages.push(current);
        this.stageByInstruction.set(instruction, current);
      } else if (current) {
        current.instructions.push(instruction);
        this.stageByInstruction.set(instruction, current);
      } else if (instruction instanceof Arg) {
        // Defaults may use earlier global ARGs (`ARG IMAGE=${REGISTRY}/app`); `ARG A B` declares two.
        for (const d of declarations(this, instruction)) this.globalArgs.set(d.name, d.value === undefined ? undefined : (substituteArgs(d.value, this.globalArgs) ?? d.value));
      }
    }
    if (stages.length > 0) stages[stages.length - 1].isFinal = true;
    this.stages = stages;
    for (const stage of stages) {
      let shell = stage.parent ? this.shellAfter(stage.parent) : undefined;
      for (const i of stage.instructions) {
        this.shellBefore.set(i, shell);
        if (this.keyword(i) === 'SHELL' && i instanceof JSONInstruction) shell = i.getJSONStrings().map((j) => j.getJSONValue());
      }
      this.finalShell.set(stage, shell);
    }
  }

  private readonly shellBefore = new Map<Instruction, string[] | undefined>();
  private readonly finalShell = new Map<Stage, string[] | undefined>();

  private shellAfter(stage: Stage): string[] | undefined {
    return this.finalShell.get(stage);
  }

  /** The SHELL in force for an instruction (undefined: the default `/bin/sh -c`). */
  activeShell(instruction: Instruction): string[] | undefined {
    return this.shellBefore.get(instruction);
  }

  get finalStage(): Stage | undefined {
    return this.stages[this.stages.length - 1];
  }

  stageOf(instruction: Instruction): Stage | undefined {
    return this.stageByInstruction.get(instruction);
  }

  /** Stages whose output reaches the final image: the final stage and the stages it builds on. */
  isInFinalImage(stage: Stage): boolean {
    for (let s: Stage | undefined = this.finalStage; s; s = s.parent) if (s === stage) return true;
    return false;
  }

  /** Instruction keyword, upper-case. */
  keyword(instruction: Instruction): string {
    return instruction.getKeyword().toUpperCase();
  }

  /** True when RUN and shell-form CMD run through a POSIX shell (no Windows escape, no SHELL to cmd/powershell). */
  usesPosixShell(instruction: Instruction): boolean {
    if (this.escapeChar === '`') return false;
    const shell = this.activeShell(instruction);
    if (shell && !/(^|\/)(ba|da|a|z|k)?sh(\.exe)?$/i.test(shell[0] ?? '')) return false;
    return true;
  }

  /** The shell script of a RUN (shell form or heredoc), parsed once; null when it is not POSIX shell. */
  shellScript(instruction: Instruction): ShellScript | null {
    let script = this.shellCache.get(instruction);
    if (script !== undefined) return script;
    script = this.buildShellScript(instruction);
    this.shellCache.set(instruction, script);
    return script;
  }

  offset(r: Range['start']): number {
    return this.lines.offsetAt(r);
  }

  rangeOf(start: number, end: number): Range {
    return this.lines.rangeOf(start, end);
  }

  private buildShellScript(instruction: Instruction): ShellScript | null {
    if (!(instruction instanceof Run) && this.keyword(instruction) !== 'RUN') return null;
    if (!this.usesPosixShell(instruction)) return null;
    const args = instruction.getArguments();
    if (args.length === 0) return null;
    if (instruction instanceof JSONInstruction && instruction.getOpeningBracket()) {
      const strings = instruction.getJSONStrings();
      if (strings.length === 0) return null;
      // Exec form: one command, no shell; model it as a command so package rules still see it.
      const words = strings.map((s) => {
        const r = s.getRange();
        return { value: s.getJSONValue(), raw: this.lines.textOf(r), start: this.offset(r.start) + 1, end: this.offset(r.end) - 1 };
      });
      const first = words[0].value ?? '';
      return {
        commands: [{ name: first.slice(first.lastIndexOf('/') + 1), words, args: words.slice(1), start: words[0].start, end: words[words.length - 1].end, inPipeline: false, depth: 0 }],
        hasPipe: false,
      };
    }
    const start = this.offset(args[0].getRange().start);
    const end = this.offset(instruction.getRange().end);
    const heredocs = (instruction as Run).getHeredocs?.() ?? [];
    if (heredocs.length > 0 && this.text.slice(start, start + 2) === '<<') {
      // `RUN <<EOF … EOF`: the heredoc body is the script.
      const merged: ShellScript = { commands: [], hasPipe: false };
      for (const h of heredocs) {
        const content = h.getContentRange();
        if (!content) continue;
        const s = this.offset(content.start);
        const e = this.offset(content.end);
        const part = parseShell(this.text.slice(s, e), s);
        merged.commands.push(...part.commands);
        merged.hasPipe ||= part.hasPipe;
        merged.error ??= part.error;
      }
      return merged;
    }
    return parseShell(sanitizeContinuations(this.text.slice(start, end), this.escapeChar), start);
  }

  private resolveImage(from: From, earlier: Stage[]): ImageRef {
    const written = from.getImage() ?? '';
    const resolved = substituteArgs(written, this.globalArgs);
    const ref = resolved ?? written;
    const isStage = findStage(earlier, ref) !== undefined;
    const parsed = parseImageReference(ref);
    return {
      written,
      resolved,
      name: parsed.name,
      tag: parsed.tag,
      digest: parsed.digest,
      isStage,
      isScratch: ref.toLowerCase() === 'scratch',
    };
  }
}

function findStage(stages: Stage[], name: string): Stage | undefined {
  const lower = name.toLowerCase();
  for (let i = stages.length - 1; i >= 0; i--) if (stages[i].name?.toLowerCase() === lower) return stages[i];
  return undefined;
}

const MEMOIZED = ['getArguments', 'getArgumentsRange', 'getArgumentsContent', 'getRawArgumentsContent', 'getRange', 'getKeyword', 'getInstructionRange', 'getFlags', 'getJSONStrings', 'getHeredocs'] as const;

/**
 * dockerfile-ast recomputes arguments, ranges and flags from the text on every call; rules ask for them
 * many times. An instruction never changes for a given parse, so each getter is computed once.
 */
function memoizeGetters(instruction: Instruction): void {
  const target = instruction as unknown as Record<string, unknown>;
  for (const name of MEMOIZED) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    let cached: unknown;
    let done = false;
    target[name] = () => {
      if (!done) {
        cached = (original as () => unknown).call(instruction);
        done = true;
      }
      return cached;
    };
  }
}

/** `${NAME}`, `$NAME`, `${NAME:-default}` with the global ARG defaults; undefined if a variable stays unknown. */
export function substituteArgs(text: string, args: Map<string, string | undefined>): string | undefined {
  if (!text.includes('$')) return text;
  let unknown = false;
  const out = text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced, op, word, bare) => {
    const name = braced ?? bare;
    const value = args.get(name);
    const isSet = value !== undefined && (op?.startsWith(':') ? value !== '' : true);
    if (op?.endsWith('-')) return isSet ? value! : word;
    if (op?.endsWith('+')) return isSet ? word : '';
    if (value === undefined) unknown = true;
    return value ?? '';
  });
  return unknown ? undefined : out;
}

export function parseImageReference(ref: string): { name?: string; tag?: string; digest?: string; registry?: string } {
  if (!ref) return {};
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const head = rest.slice(0, slash);
    if (head.includes('.') || head.includes(':') || head === 'localhost') {
      registry = head;
      rest = rest.slice(slash + 1);
    }
  }
  const name = rest.toLowerCase().replace(/^library\//, '');
  return { name, tag, digest, registry };
}

/**
 * Makes a RUN's text parseable as one shell script without moving any character:
 * comment lines and blank lines inside a continuation (which the Dockerfile parser drops) become spaces,
 * and a non-backslash escape character before a line break becomes a backslash.
 */
export function sanitizeContinuations(text: string, escapeChar: string): string {
  const chars = text.split('');
  let lineStart = 0;
  let continued = false;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && chars[i] !== '\n') continue;
    const line = text.slice(lineStart, i);
    if (continued && (line.trim() === '' || line.trimStart().startsWith('#'))) {
      for (let k = lineStart; k < i; k++) chars[k] = ' ';
      if (i < chars.length) chars[i] = ' ';
    } else {
      const trimmed = line.replace(/[ \t\r]+$/, '');
      continued = trimmed.length > 0 && trimmed.endsWith(escapeChar);
      for (let k = lineStart + trimmed.length; k < i; k++) chars[k] = ' ';
      if (continued) {
        // The shell needs the backslash right before the line break (no CR or blanks between).
        chars[lineStart + trimmed.length - 1] = ' ';
        chars[i - 1] = '\\';
      }
    }
    lineStart = i + 1;
  }
  return chars.join('').replace(/\r/g, ' ');
}
