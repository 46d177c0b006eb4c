import { JSONInstruction, type Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { Fix, Report } from '../../types';
import type { Range } from '../../../text/text';
import { chainInstructions, contextSources, copyArgs, isWholeContext } from '../context';
import type { DockerfileModel } from '../model';
import { parseShell, type ShellCommand } from '../shell';

type MessageId = 'shellCWithoutExec' | 'shellEntrypointIgnoresCmd' | 'scriptWithoutExec';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);
const SHELL_SYNTAX = /[|&;<>()$`\\"'*?[\]#~=%{}!\n]/;
/** Shell builtins that `exec` cannot run (there is no program by that name). */
const BUILTINS = new Set(['cd', 'export', 'set', 'source', '.', 'eval', 'exit', 'return', 'shift', 'ulimit', 'umask', 'unset', 'wait', 'read', 'alias', ':', 'local', 'declare', 'readonly', 'exec', 'trap']);

interface JsonString {
  value: string;
  /** Range of the text between the quotes. */
  inner: Range;
  /** True when the text between the quotes is exactly the value (no escapes), so offsets map one to one. */
  verbatim: boolean;
  innerStart: number;
}

export const rule = defineRule<DockerfileModel, MessageId>(
  {
    id: 'DF29',
    name: 'graceful-stop',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c03-l3'],
    sources: [],
    messages: {
      shellCWithoutExec:
        'This `{shell} -c` script runs `{command}` as a child of the shell, and the shell is PID 1: `docker stop` sends SIGTERM to the shell, which does not pass it on, so after 10 seconds the app is killed without a chance to shut down cleanly. Start the command with `exec` (`{suggestion}`) so it replaces the shell.',
      shellEntrypointIgnoresCmd:
        'This `CMD` is ignored: a shell-form `ENTRYPOINT` runs `/bin/sh -c "{entrypoint}"`, which never receives the `CMD` or the arguments given to `docker run`. Write the `ENTRYPOINT` in exec form ({json}) so the `CMD` is passed to it as arguments.',
      scriptWithoutExec:
        '`{script}` (copied from `{source}`) runs its last command `{command}` (line {line} of the script) without `exec`, so the shell stays PID 1 and the app never receives the SIGTERM of `docker stop`. End the script with `exec {command}`{wrapperHint}.',
    },
    docs: {
      summary: 'The process that receives SIGTERM is the application: `sh -c` scripts and entrypoint scripts hand over with `exec`, and a CMD is not silently ignored.',
      rationale: [
        '`docker stop` sends SIGTERM to PID 1 of the container and, 10 seconds later, SIGKILL. If PID 1 is a shell that started your application as a child, the shell gets the signal and does not forward it: the application is killed without closing connections or finishing its work, and every stop takes the full 10 seconds. `exec` makes the shell replace itself with the application, which then is PID 1 and receives the signal. The rule reports three situations:',
        '',
        '- an exec-form `CMD`/`ENTRYPOINT` of the form `["sh", "-c", "…"]` whose script has no `exec` (the fix adds it when the script is one simple command; for a chain such as `migrate && node server.js` it suggests `exec` before the last command);',
        '- a shell-form `ENTRYPOINT` together with a `CMD` in the same stage: the shell form never passes the `CMD` (or `docker run` arguments) on, so the `CMD` does nothing. The fix converts an `ENTRYPOINT` made of plain words to exec form. (DF03 reports the shell form itself; this rule explains the interaction, on the `CMD`.)',
        '- an entrypoint script copied from the build context whose last command has no `exec` (for example a wrapper ending in `"$@"` instead of `exec "$@"`). The editor reads the script next to the Dockerfile; scripts that `trap` signals themselves are accepted.',
        '',
        'An init such as `tini` or `docker run --init` is the other way to get signals to a child process and to reap zombies.',
      ].join('\n'),
      examples: {
        bad: 'FROM node:20-slim\nUSER 1000\nCMD ["sh", "-c", "node server.js"]\n',
        good: 'FROM node:20-slim\nUSER 1000\nCMD ["sh", "-c", "exec node server.js"]\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      const keyword = model.keyword(instruction);
      if (keyword === 'CMD' || keyword === 'ENTRYPOINT') checkShellC(model, instruction, report);
    }
    for (const stage of model.stages) checkIgnoredCmd(model, stage.instructions, report);
    const final = model.finalStage;
    if (final) checkEntrypointScript(model, chainInstructions(final), report);
  },
);

type Reporter = (r: Report<MessageId>) => void;

/** `CMD ["sh", "-c", "node app.js"]`: the shell stays PID 1. */
function checkShellC(model: DockerfileModel, instruction: Instruction, report: Reporter): void {
  const strings = jsonStrings(model, instruction);
  if (!strings || strings.length < 3) return;
  const shell = basename(strings[0].value);
  if (!SHELLS.has(shell)) return;
  const c = strings.findIndex((s, i) => i > 0 && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(s.value));
  const script = c > 0 ? strings[c + 1] : undefined;
  if (!script) return;
  const parsed = parseShell(script.value, 0);
  if (parsed.error || parsed.commands.length === 0) return;
  if (parsed.commands.some((cmd) => (cmd.name === 'exec' && cmd.args.length > 0) || cmd.name === 'trap')) return;
  const top = parsed.commands.filter((cmd) => cmd.depth === 0);
  const last = top[top.length - 1];
  const trimmedEnd = script.value.replace(/\s+$/, '').length;
  const leading = script.value.length - script.value.trimStart().length;
  const single = top.length === 1 && !parsed.hasPipe && last.start === leading && last.end === trimmedEnd && !/[;&|\n]/.test(script.value.slice(leading, trimmedEnd).replace(/(["'])(?:(?!\1).)*\1/g, ''));
  const canPrefix = last && !last.inPipeline && last.end === trimmedEnd && !BUILTINS.has(last.name);
  const withExec = canPrefix ? `${script.value.slice(0, last.start)}exec ${script.value.slice(last.start)}`.trim() : `exec ${script.value.trim()}`;
  const insertAt = canPrefix && script.verbatim ? model.rangeOf(script.innerStart + last.start, script.innerStart + last.start) : undefined;
  const edit = insertAt ? { title: `Start ${last.name} with exec`, edits: [{ range: insertAt, newText: 'exec ' }] } : undefined;
  report({
    messageId: 'shellCWithoutExec',
    range: script.inner,
    data: { shell, command: last ? commandText(script.value, last) : script.value.trim(), suggestion: withExec },
    fix: single && edit ? edit : undefined,
    suggestions: !single && edit ? [edit] : undefined,
  });
}

/** A shell-form ENTRYPOINT never passes the CMD on. Reported on the effective CMD of the stage. */
function checkIgnoredCmd(model: DockerfileModel, instructions: Instruction[], report: Reporter): void {
  const entrypoint = [...instructions].reverse().find((i) => model.keyword(i) === 'ENTRYPOINT');
  const cmd = [...instructions].reverse().find((i) => model.keyword(i) === 'CMD');
  if (!entrypoint || !cmd || jsonStrings(model, entrypoint)) return;
  const args = entrypoint.getArgumentsRange();
  if (!args) return;
  const text = model.lines.textOf(args).trim();
  if (text === '' || text.startsWith('[')) return;
  const words = text.split(/\s+/);
  if (words[0] === 'exec') words.shift();
  const plain = words.length > 0 && !SHELL_SYNTAX.test(words.join(' '));
  const json = plain ? toJson(words) : toJson(['/bin/sh', '-c', `exec ${words.join(' ')} "$@"`, 'sh']);
  const fixOrSuggestion: Fix = { title: `Write the ENTRYPOINT in exec form: ${json}`, edits: [{ range: args, newText: json }] };
  const script = parseShell(words.join(' '), 0);
  const oneCommand = !script.error && script.commands.length === 1 && !script.hasPipe;
  report({
    messageId: 'shellEntrypointIgnoresCmd',
    range: cmd.getArgumentsRange() ?? cmd.getInstructionRange(),
    anchor: cmd.getRange(),
    data: { entrypoint: text.replace(/\s*\\\r?\n\s*/g, ' '), json: plain ? json : '["executable", "arg", …]' },
    fix: plain ? fixOrSuggestion : undefined,
    suggestions: !plain && oneCommand ? [fixOrSuggestion] : undefined,
    tags: ['unnecessary'],
  });
}

/** The entrypoint (or command) script of the final image, read from the build context. */
function checkEntrypointScript(model: DockerfileModel, instructions: Instruction[], report: Reporter): void {
  if (!model.files.read) return;
  const entrypoint = [...instructions].reverse().find((i) => model.keyword(i) === 'ENTRYPOINT');
  const runs = entrypoint ?? [...instructions].reverse().find((i) => model.keyword(i) === 'CMD');
  if (!runs) return;
  const target = scriptOf(model, runs);
  if (!target) return;
  const found = readFromContext(model, instructions, target.path);
  if (!found) return;
  const { text, source } = found;
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(text);
  if (shebang) {
    const interpreter = basename(shebang[1]) === 'env' ? (shebang[2] ?? '') : basename(shebang[1]);
    if (!SHELLS.has(interpreter)) return;
  } else if (!/\.(sh|bash)$/.test(target.path)) return;
  const parsed = parseShell(text, 0);
  if (parsed.error || parsed.commands.length === 0) return;
  if (parsed.commands.some((c) => (c.name === 'exec' && c.args.length > 0) || c.name === 'trap')) return;
  const top = parsed.commands.filter((c) => c.depth === 0);
  const last = top[top.length - 1];
  if (!last || last.name === 'exit') return;
  const line = text.slice(0, last.start).split(/\r?\n/).length;
  const command = commandText(text, last);
  report({
    messageId: 'scriptWithoutExec',
    range: target.range,
    data: { script: target.path, source, command, line, wrapperHint: /"?\$(@|\{@\})"?/.test(command) ? ' (the usual last line of a wrapper is `exec "$@"`)' : '' },
  });
}

/** The script an ENTRYPOINT/CMD runs: `["/entrypoint.sh"]`, `["sh", "/entrypoint.sh"]`, `ENTRYPOINT ./start.sh`. */
function scriptOf(model: DockerfileModel, instruction: Instruction): { path: string; range: Range } | undefined {
  const strings = jsonStrings(model, instruction);
  let words: { value: string; range: Range }[];
  if (strings) words = strings.map((s) => ({ value: s.value, range: s.inner }));
  else {
    const args = instruction.getArguments();
    words = args.map((a) => ({ value: a.getValue(), range: a.getRange() }));
    if (words[0]?.value === 'exec') words = words.slice(1);
  }
  let first = words[0];
  if (first && SHELLS.has(basename(first.value))) {
    if (!words[1] || words[1].value.startsWith('-')) return undefined;
    first = words[1];
  }
  if (!first || first.value.includes('$') || !/[./]/.test(first.value)) {
    // A bare name found through PATH (`docker-entrypoint.sh`) still counts when it looks like a script.
    if (!first || !/\.(sh|bash)$/.test(first.value)) return undefined;
  }
  return { path: first.value, range: first.range };
}

/** Finds the context file a COPY/ADD put at the script's path, and reads it. */
function readFromContext(model: DockerfileModel, instructions: Instruction[], scriptPath: string): { text: string; source: string } | undefined {
  const name = basename(scriptPath);
  const relative = scriptPath.startsWith('/') ? name : scriptPath.replace(/^\.\//, '');
  for (const instruction of [...instructions].reverse()) {
    const c = copyArgs(model, instruction);
    if (!c || !c.dest) continue;
    const sources = contextSources(c);
    if (sources.length === 0) continue;
    const destName = basename(c.dest.value.replace(/\/+$/, ''));
    const candidates: string[] = [];
    for (const s of sources) {
      const value = s.value.replace(/\/+$/, '');
      if (isWholeContext(value)) candidates.push(relative);
      else if (basename(value) === name) candidates.push(value);
      else if (sources.length === 1 && destName === name && !c.dest.value.endsWith('/')) candidates.push(value);
      else if (s.value.endsWith('/') || !basename(value).includes('.')) candidates.push(`${value}/${name}`);
    }
    for (const candidate of candidates) {
      const path = candidate.replace(/^\.\//, '').replace(/^\/+/, '');
      const text = model.files.read?.(path);
      if (text !== undefined) return { text, source: path };
    }
  }
  return undefined;
}

function jsonStrings(model: DockerfileModel, instruction: Instruction): JsonString[] | undefined {
  if (!(instruction instanceof JSONInstruction) || !instruction.getOpeningBracket() || !instruction.getClosingBracket()) return undefined;
  return instruction.getJSONStrings().map((s) => {
    const r = s.getRange();
    const start = model.offset(r.start) + 1;
    const end = Math.max(start, model.offset(r.end) - 1);
    const raw = model.text.slice(start, end);
    let value = s.getJSONValue();
    try {
      value = JSON.parse(`"${raw}"`) as string;
    } catch {
      // keep dockerfile-ast's value
    }
    return { value, inner: model.rangeOf(start, end), verbatim: raw === value, innerStart: start };
  });
}

function commandText(script: string, c: ShellCommand): string {
  return script.slice(c.start, c.end).replace(/\s*\\\r?\n\s*/g, ' ');
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function toJson(words: string[]): string {
  return `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
}
