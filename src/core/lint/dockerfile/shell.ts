import * as fs from 'node:fs';
import * as path from 'node:path';
import { Language, Parser, type Node as SyntaxNode } from 'web-tree-sitter';

/**
 * RUN scripts are parsed with tree-sitter-bash (the grammar GitHub and many editors use), compiled to
 * WebAssembly: it understands `&&` chains, pipes, `;`, subshells, command substitution, heredocs and
 * quoting, recovers from errors, and parses a whole 5,000-line Dockerfile's scripts in tens of
 * milliseconds. (mvdan-sh, the GopherJS build of mvdan/sh, was measured 30x slower here.)
 */

/** A word of a shell command: its literal value when it has one, and where it sits in the document. */
export interface ShellWord {
  /** The word with quotes removed, or undefined when it contains an expansion (`$VAR`, `$(…)`). */
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
  /** Set when part of the script does not parse as shell; the commands that did parse are still listed. */
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

let parser: Parser | undefined;
let initializing: Promise<void> | undefined;

/** Finds a bundled file next to the running bundle (dist/) or in node_modules during development. */
function locate(file: string, moduleSpecifier: string): string {
  const bundled = path.join(__dirname, file);
  if (fs.existsSync(bundled)) return bundled;
  return require.resolve(moduleSpecifier);
}

/** Loads the WebAssembly parser once; every entry point (extension, CLI, tests) awaits it before linting. */
export function initShellParser(): Promise<void> {
  initializing ??= (async () => {
    await Parser.init({ locateFile: () => locate('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm') });
    const bash = await Language.load(locate('tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm'));
    const p = new Parser();
    p.setLanguage(bash);
    parser = p;
  })();
  return initializing;
}

export function isShellParserReady(): boolean {
  return parser !== undefined;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);
const REDIRECTS = new Set(['file_redirect', 'heredoc_redirect', 'herestring_redirect', 'variable_assignment', 'variable_assignments']);

/**
 * Parses a shell script whose first character sits at `baseOffset` of the document.
 * `script` must have the same length as the document slice it stands for, so offsets map one to one.
 */
export function parseShell(script: string, baseOffset: number, depth = 0): ShellScript {
  if (!parser) throw new Error('The shell parser is not initialised: await initShellParser() before linting.');
  const tree = parser.parse(script);
  if (!tree) return { commands: [], error: 'the shell parser gave up on this script', hasPipe: false };
  try {
    const root = tree.rootNode;
    const commands: ShellCommand[] = [];
    let hasPipe = false;
    let assignsVariables = false;
    const stack: { node: SyntaxNode; inPipe: boolean }[] = [{ node: root, inPipe: false }];
    while (stack.length > 0) {
      const { node, inPipe } = stack.pop()!;
      const type = node.type;
      const pipe = inPipe || type === 'pipeline';
      if (type === 'pipeline') hasPipe = true;
      if ((type === 'variable_assignment' || type === 'variable_assignments') && !ASSIGNMENT_HOLDERS.has(node.parent?.type ?? '')) assignsVariables = true;
      if (type === 'command' || type === 'declaration_command') {
        const command = type === 'command' ? toCommand(node, script, baseOffset, pipe, depth) : toDeclaration(node, script, baseOffset, pipe, depth);
        if (command) {
          commands.push(command);
          const inner = nestedScript(command, script, baseOffset);
          if (inner && depth < 3) {
            const nested = parseShell(inner.text, inner.offset, depth + 1);
            commands.push(...nested.commands);
            hasPipe ||= nested.hasPipe;
          }
        }
      }
      for (let i = node.namedChildCount - 1; i >= 0; i--) {
        const child = node.namedChild(i);
        if (child) stack.push({ node: child, inPipe: pipe });
      }
    }
    commands.sort((a, b) => a.start - b.start);
    const result: ShellScript = { commands, hasPipe, andList: isAndList(root) };
    if (assignsVariables) result.assignsVariables = true;
    if (root.hasError) result.error = describeError(root, script);
    return result;
  } finally {
    tree.delete();
  }
}

function toCommand(node: SyntaxNode, script: string, baseOffset: number, inPipeline: boolean, depth: number): ShellCommand | undefined {
  const words: ShellWord[] = [];
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i);
    if (!child || REDIRECTS.has(child.type)) continue;
    const wordNode = child.type === 'command_name' ? child.namedChild(0) : child;
    if (!wordNode) continue;
    words.push({ value: literalValue(wordNode, script), raw: script.slice(wordNode.startIndex, wordNode.endIndex), start: baseOffset + wordNode.startIndex, end: baseOffset + wordNode.endIndex });
  }
  if (words.length === 0) return undefined;
  const first = words[0].value ?? '';
  const name = first.includes('/') ? first.slice(first.lastIndexOf('/') + 1) : first;
  const assigns: ShellAssign[] = [];
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i);
    if (child?.type === 'variable_assignment') assigns.push(toAssign(child, script));
  }
  const command: ShellCommand = { name, words, args: words.slice(1), start: words[0].start, end: words[words.length - 1].end, inPipeline, depth };
  if (assigns.length) command.assigns = assigns;
  return command;
}

/** Where an assignment node is part of a command (`X=1 cmd`, `export X=1`) rather than a statement of its own. */
const ASSIGNMENT_HOLDERS = new Set(['command', 'declaration_command', 'variable_assignments']);

function toAssign(node: SyntaxNode, script: string): ShellAssign {
  const name = node.childForFieldName('name');
  const value = node.childForFieldName('value');
  return { name: name ? script.slice(name.startIndex, name.endIndex) : '', value: value ? literalValue(value, script) : '' };
}

/** `export A=1 B`, `declare -x C=2`, `readonly`, `local`: a command whose arguments are assignments. */
function toDeclaration(node: SyntaxNode, script: string, baseOffset: number, inPipeline: boolean, depth: number): ShellCommand | undefined {
  const keyword = node.child(0);
  if (!keyword || keyword.isNamed) return undefined;
  const word = (n: SyntaxNode, value: string | undefined): ShellWord => ({ value, raw: script.slice(n.startIndex, n.endIndex), start: baseOffset + n.startIndex, end: baseOffset + n.endIndex });
  const words: ShellWord[] = [word(keyword, keyword.type)];
  const assigns: ShellAssign[] = [];
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i);
    if (!child) continue;
    if (child.type === 'variable_assignment') {
      const a = toAssign(child, script);
      assigns.push(a);
      words.push(word(child, a.value === undefined ? undefined : `${a.name}=${a.value}`));
    } else if (child.type === 'variable_name') {
      assigns.push({ name: script.slice(child.startIndex, child.endIndex), value: undefined });
      words.push(word(child, script.slice(child.startIndex, child.endIndex)));
    } else words.push(word(child, literalValue(child, script)));
  }
  return { name: keyword.type, words, args: words.slice(1), start: words[0].start, end: words[words.length - 1].end, inPipeline, depth, assigns };
}

/** One statement whose parts are joined only by `&&` (pipes and compound commands count as one part). */
function isAndList(root: SyntaxNode): boolean {
  const statements: SyntaxNode[] = [];
  for (let i = 0; i < root.childCount; i++) {
    const child = root.child(i);
    if (!child || child.type === 'comment' || child.type === ';') continue;
    if (!child.isNamed) return false; // `&`, a stray operator
    statements.push(child);
  }
  if (statements.length !== 1) return false;
  // Iterative: a RUN chaining thousands of `&&` nests that deep.
  const stack = [statements[0]];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'negated_command') return false;
    if (node.type !== 'list') continue;
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i)!;
      if (child.isNamed) {
        if (child.type !== 'comment') stack.push(child);
      } else if (child.type !== '&&') return false;
    }
  }
  return true;
}

function literalValue(node: SyntaxNode, script: string): string | undefined {
  const text = script.slice(node.startIndex, node.endIndex);
  switch (node.type) {
    case 'word':
    case 'number':
      return text.replace(/\\\r?\n/g, '').replace(/\\(.)/g, '$1');
    case 'raw_string':
      return text.slice(1, -1);
    case 'string': {
      for (let i = 0; i < node.namedChildCount; i++) if (node.namedChild(i)?.type !== 'string_content') return undefined;
      return text.slice(1, -1).replace(/\\([$`"\\\n])/g, '$1');
    }
    case 'concatenation': {
      let out = '';
      for (let i = 0; i < node.childCount; i++) {
        const part = node.child(i);
        if (!part) continue;
        const v = literalValue(part, script);
        if (v === undefined) return undefined;
        out += v;
      }
      return out;
    }
    default:
      return undefined;
  }
}

/** `sh -c 'script'`: the script's text and where it starts, when it can be mapped back exactly. */
function nestedScript(command: ShellCommand, script: string, baseOffset: number): { text: string; offset: number } | undefined {
  if (!SHELLS.has(command.name)) return undefined;
  const c = command.args.findIndex((w) => w.value !== undefined && /^-[a-z]*c[a-z]*$/.test(w.value));
  const body = c >= 0 ? command.args[c + 1] : undefined;
  if (!body || body.value === undefined) return undefined;
  const raw = script.slice(body.start - baseOffset, body.end - baseOffset);
  const quoted = (raw.startsWith("'") && raw.endsWith("'")) || (raw.startsWith('"') && raw.endsWith('"'));
  const inner = quoted ? raw.slice(1, -1) : raw;
  if (inner !== body.value) return undefined;
  return { text: inner, offset: body.start + (quoted ? 1 : 0) };
}

function describeError(root: SyntaxNode, script: string): string {
  const stack: SyntaxNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.isError || n.isMissing) {
      const line = script.slice(0, n.startIndex).split('\n').length;
      return n.isMissing ? `missing \`${n.type}\` on line ${line} of the script` : `unexpected \`${script.slice(n.startIndex, Math.min(n.endIndex, n.startIndex + 20)).trim()}\` on line ${line} of the script`;
    }
    for (let i = n.childCount - 1; i >= 0; i--) {
      const c = n.child(i);
      if (c && (c.hasError || c.isError || c.isMissing)) stack.push(c);
    }
  }
  return 'the script does not parse as shell';
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
