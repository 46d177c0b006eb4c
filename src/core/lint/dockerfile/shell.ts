import * as sh from 'mvdan-sh';

/** A word of a shell command: its literal value when it has one, and where it sits in the document. */
export interface ShellWord {
  /** The word with quotes removed, or undefined when it contains an expansion ($VAR, $(…), globs are kept literally). */
  value: string | undefined;
  /** The word as written. */
  raw: string;
  /** Offsets into the document text. */
  start: number;
  end: number;
}

/** A variable assignment: `PIP_NO_CACHE_DIR=1` before a command, or an argument of `export`/`declare`. */
export interface ShellAssign {
  name: string;
  /** The assigned literal value; '' for `X=`; undefined when it is not literal or absent (`export X`). */
  value: string | undefined;
}

/** One simple command of a RUN script: `apt-get install -y curl`. */
export interface ShellCommand {
  /** The command name without its directory (`/usr/bin/apt-get` → `apt-get`); empty when not literal. */
  name: string;
  words: ShellWord[];
  /** Arguments after the name. */
  args: ShellWord[];
  start: number;
  end: number;
  /** True when the command sits in a pipeline (`a | b`). */
  inPipeline: boolean;
  /** Nesting depth through `sh -c '…'`, `bash -c "…"`. */
  depth: number;
  /** Assignments that apply to this command: `X=1 cmd` prefixes, or the variables an `export X=1` sets. */
  assigns?: ShellAssign[];
}

export interface ShellScript {
  commands: ShellCommand[];
  /** Set when the script does not parse as POSIX/bash shell. */
  error?: string;
  hasPipe: boolean;
  /**
   * True when the script is one statement of commands joined only by `&&` and pipes (no `;`, `||`, `&`,
   * `!`), so `previous && <script>` fails as soon as any part fails.
   */
  andList?: boolean;
  /** True when a statement only assigns variables (`X=1`), changing the state of the shell. */
  assignsVariables?: boolean;
}

let parser: sh.ShParser | undefined;

function shellParser(): sh.ShParser {
  parser ??= sh.syntax.NewParser(sh.syntax.Variant(sh.syntax.LangBash));
  return parser;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);

/**
 * Parses a shell script whose first character sits at `baseOffset` of the document.
 * `script` must have the same length as the document slice it stands for, so offsets map one to one.
 */
export function parseShell(script: string, baseOffset: number, depth = 0): ShellScript {
  const byteToChar = byteOffsetMapper(script);
  let file: sh.ShNode;
  try {
    file = shellParser().Parse(script, '');
  } catch (e) {
    return { commands: [], error: shellErrorMessage(e), hasPipe: false };
  }
  const commands: ShellCommand[] = [];
  let hasPipe = false;
  let assignsVariables = false;
  // An explicit stack instead of syntax.Walk: a RUN chaining thousands of `&&` nests that deep.
  const stack: { node: sh.ShNode; inPipe: boolean }[] = [{ node: file, inPipe: false }];
  while (stack.length > 0) {
    const { node, inPipe } = stack.pop()!;
    const type = sh.syntax.NodeType(node);
    if (type === 'BinaryCmd') {
      const pipe = isPipeOperator(node);
      hasPipe ||= pipe;
      push(stack, node.Y, inPipe || pipe);
      push(stack, node.X, inPipe || pipe);
    } else if (type === 'CallExpr') {
      const args = (node.Args as sh.ShNode[] | null) ?? [];
      for (const w of args) pushWordChildren(stack, w, inPipe);
      for (const a of (node.Assigns as sh.ShNode[] | null) ?? []) if (a.Value) pushWordChildren(stack, a.Value as sh.ShNode, inPipe);
      if (args.length === 0) {
        assignsVariables ||= ((node.Assigns as sh.ShNode[] | null) ?? []).length > 0;
        continue;
      }
      const words = args.map((w) => toWord(w, script, baseOffset, byteToChar));
      const first = words[0].value ?? '';
      const name = first.includes('/') ? first.slice(first.lastIndexOf('/') + 1) : first;
      const assigns = ((node.Assigns as sh.ShNode[] | null) ?? []).map(toAssign);
      commands.push({ name, words, args: words.slice(1), start: words[0].start, end: words[words.length - 1].end, inPipeline: inPipe, depth, ...(assigns.length ? { assigns } : {}) });
      const inner = nestedScript(name, words, script, baseOffset);
      if (inner && depth < 3) {
        const nested = parseShell(inner.text, inner.offset, depth + 1);
        commands.push(...nested.commands);
        hasPipe ||= nested.hasPipe;
      }
    } else if (type === 'DeclClause') {
      // `export A=1 B`, `declare -x C=2`, `readonly`, `local`: a command whose arguments are assignments.
      const variant = node.Variant as sh.ShNode | null;
      const decls = (node.Args as sh.ShNode[] | null) ?? [];
      if (!variant) continue;
      const nameWord = toWord(variant, script, baseOffset, byteToChar, String(variant.Value));
      const argWords = decls.map((a) => toWord(a, script, baseOffset, byteToChar, assignText(a)));
      const assigns = decls.filter((a) => a.Name).map(toAssign);
      const words = [nameWord, ...argWords];
      commands.push({ name: nameWord.value ?? '', words, args: argWords, start: nameWord.start, end: words[words.length - 1].end, inPipeline: inPipe, depth, assigns });
    } else {
      for (const child of childNodes(node, type)) push(stack, child, inPipe);
    }
  }
  commands.sort((a, b) => a.start - b.start);
  const stmts = list(file.Stmts);
  const andList = stmts.length === 1 && isAndStatement(stmts[0]);
  return { commands, hasPipe, andList, ...(assignsVariables ? { assignsVariables } : {}) };
}

// mvdan/sh's BinCmdOperator for `&&`.
const AND = 10;

function isAndStatement(root: sh.ShNode): boolean {
  // Iterative: a RUN chaining thousands of `&&` nests that deep.
  const stack = [root];
  while (stack.length > 0) {
    const stmt = stack.pop()!;
    if (stmt.Background || stmt.Negated || stmt.Coprocess) return false;
    const cmd = stmt.Cmd as sh.ShNode | null;
    if (!cmd || sh.syntax.NodeType(cmd) !== 'BinaryCmd' || isPipeOperator(cmd)) continue;
    if (cmd.Op !== AND) return false;
    stack.push(cmd.X as sh.ShNode, cmd.Y as sh.ShNode);
  }
  return true;
}

// mvdan/sh's BinCmdOperator values: 10 `&&`, 11 `||`, 12 `|`, 13 `|&`.
const PIPE = 12;
const PIPE_ALL = 13;

function isPipeOperator(node: sh.ShNode): boolean {
  return node.Op === PIPE || node.Op === PIPE_ALL;
}

function push(stack: { node: sh.ShNode; inPipe: boolean }[], node: unknown, inPipe: boolean): void {
  if (node) stack.push({ node: node as sh.ShNode, inPipe });
}

function list(v: unknown): sh.ShNode[] {
  return Array.isArray(v) ? (v as sh.ShNode[]) : [];
}

/** Children that can contain commands, by mvdan/sh node type. */
function childNodes(node: sh.ShNode, type: string): sh.ShNode[] {
  switch (type) {
    case 'File':
    case 'Subshell':
    case 'Block':
    case 'CmdSubst':
    case 'ProcSubst':
      return [...list(node.Stmts)].reverse();
    case 'Stmt':
      return node.Cmd ? [node.Cmd as sh.ShNode] : [];
    case 'IfClause':
      return [...list(node.Cond), ...list(node.Then), ...(node.Else ? [node.Else as sh.ShNode] : [])].reverse();
    case 'WhileClause':
      return [...list(node.Cond), ...list(node.Do)].reverse();
    case 'ForClause':
      return [...list(node.Do)].reverse();
    case 'CaseClause':
      return list(node.Items).flatMap((item) => list(item.Stmts)).reverse();
    case 'FuncDecl':
      return node.Body ? [node.Body as sh.ShNode] : [];
    case 'TimeClause':
    case 'CoprocClause':
      return node.Stmt ? [node.Stmt as sh.ShNode] : [];
    default:
      return [];
  }
}

/** Command substitutions inside a word (`$(…)`, backticks, also within double quotes). */
function pushWordChildren(stack: { node: sh.ShNode; inPipe: boolean }[], word: sh.ShNode, inPipe: boolean): void {
  const parts = [...list(word.Parts)];
  while (parts.length) {
    const part = parts.pop()!;
    const t = sh.syntax.NodeType(part);
    if (t === 'CmdSubst' || t === 'ProcSubst') stack.push({ node: part, inPipe: false });
    else if (t === 'DblQuoted') parts.push(...list(part.Parts));
  }
  void inPipe;
}

function toWord(word: sh.ShNode, script: string, baseOffset: number, byteToChar: (b: number) => number, value: string | undefined = literalValue(word)): ShellWord {
  const start = byteToChar(word.Pos().Offset());
  const end = byteToChar(word.End().Offset());
  return { value, raw: script.slice(start, end), start: baseOffset + start, end: baseOffset + end };
}

function toAssign(a: sh.ShNode): ShellAssign {
  const name = String((a.Name as sh.ShNode | null)?.Value ?? '');
  const value = a.Value ? literalValue(a.Value as sh.ShNode) : a.Naked ? undefined : '';
  return { name, value };
}

/** An `export` argument as a word: `A=1` (its literal text), `A`, or an option such as `-x`. */
function assignText(a: sh.ShNode): string | undefined {
  const name = (a.Name as sh.ShNode | null)?.Value as string | undefined;
  const value = a.Value ? literalValue(a.Value as sh.ShNode) : '';
  if (value === undefined) return undefined;
  if (!name) return value;
  return a.Naked ? name : `${name}=${value}`;
}

function literalValue(word: sh.ShNode): string | undefined {
  let out = '';
  for (const part of (word.Parts as sh.ShNode[]) ?? []) {
    const t = sh.syntax.NodeType(part);
    if (t === 'Lit') out += unescapeLit(part.Value as string);
    else if (t === 'SglQuoted') out += part.Value as string;
    else if (t === 'DblQuoted') {
      for (const inner of (part.Parts as sh.ShNode[]) ?? []) {
        if (sh.syntax.NodeType(inner) !== 'Lit') return undefined;
        out += (inner.Value as string).replace(/\\([$`"\\\n])/g, '$1');
      }
    } else return undefined;
  }
  return out;
}

function unescapeLit(value: string): string {
  return value.replace(/\\\n/g, '').replace(/\\(.)/g, '$1');
}

/** `sh -c 'script'`: the script's text and where it starts, when it can be mapped back exactly. */
function nestedScript(name: string, words: ShellWord[], script: string, baseOffset: number): { text: string; offset: number } | undefined {
  if (!SHELLS.has(name)) return undefined;
  const c = words.findIndex((w, i) => i > 0 && w.value !== undefined && /^-[a-z]*c[a-z]*$/.test(w.value));
  const body = c > 0 ? words[c + 1] : undefined;
  if (!body || body.value === undefined) return undefined;
  const raw = script.slice(body.start - baseOffset, body.end - baseOffset);
  const quoted = (raw.startsWith("'") && raw.endsWith("'")) || (raw.startsWith('"') && raw.endsWith('"'));
  const inner = quoted ? raw.slice(1, -1) : raw;
  if (inner !== body.value) return undefined;
  return { text: inner, offset: body.start + (quoted ? 1 : 0) };
}

/** mvdan/sh reports byte offsets of the UTF-8 text; documents are indexed in UTF-16 code units. */
function byteOffsetMapper(text: string): (byteOffset: number) => number {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return (b) => b;
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    for (let k = 0; k < bytes; k++) map.push(i);
    if (code >= 0x10000) i++;
  }
  map.push(text.length);
  return (b) => map[Math.min(b, map.length - 1)];
}

function shellErrorMessage(e: unknown): string {
  if (e && typeof e === 'object' && 'Error' in e && typeof (e as { Error: unknown }).Error === 'function') {
    return String((e as { Error: () => string }).Error());
  }
  return e instanceof Error ? e.message : String(e);
}

/** Words of a command that are not options (do not start with `-`). */
export function positionalArgs(cmd: ShellCommand): ShellWord[] {
  return cmd.args.filter((w) => !(w.value ?? w.raw).startsWith('-'));
}

export function hasFlag(cmd: ShellCommand, ...flags: string[]): boolean {
  return cmd.args.some((w) => {
    const v = w.value ?? w.raw;
    if (flags.includes(v)) return true;
    // Combined short flags: `-yq` holds `-y`.
    return flags.some((f) => /^-[a-zA-Z]$/.test(f) && /^-[a-zA-Z]+$/.test(v) && v.includes(f[1]));
  });
}
