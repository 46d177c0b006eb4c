import type { Instruction } from 'dockerfile-ast';
import { validate, ValidationCode, ValidationSeverity, type ValidatorSettings } from 'dockerfile-utils';
import { defineRule } from '../../rule';
import type { Fix, Report, Severity } from '../../types';
import type { Range } from '../../../text/text';
import type { DockerfileModel } from '../model';

type MessageId =
  | 'unknownInstruction'
  | 'missingArgument'
  | 'extraArgument'
  | 'argumentCount'
  | 'unnecessaryArgument'
  | 'unknownFlag'
  | 'duplicateFlag'
  | 'flagMissingValue'
  | 'flagBoolean'
  | 'invalidFromFlag'
  | 'invalidReference'
  | 'invalidEscape'
  | 'duplicateEscape'
  | 'directiveCasing'
  | 'unterminatedQuote'
  | 'missingEquals'
  | 'missingName'
  | 'unsupportedModifier'
  | 'noSourceImage'
  | 'invalidAs'
  | 'invalidStageName'
  | 'invalidDestination'
  | 'invalidProtocol'
  | 'invalidSignal'
  | 'invalidNumber'
  | 'onbuildChaining'
  | 'onbuildTrigger'
  | 'shellJsonForm'
  | 'shellEmpty'
  | 'healthcheckType'
  | 'healthcheckCommandMissing'
  | 'other';

/**
 * dockerfile-utils codes left to a dedicated rule, so one mistake is reported once.
 * The configurable ones are also switched off through the validator's settings.
 */
export const CODES_COVERED_ELSEWHERE: ReadonlyMap<ValidationCode, string> = new Map([
  [ValidationCode.CASING_INSTRUCTION, 'instruction casing (its own rule, BuildKit ConsistentInstructionCasing)'],
  [ValidationCode.DEPRECATED_MAINTAINER, 'DF15'],
  [ValidationCode.MULTIPLE_INSTRUCTIONS, 'DF20 (one CMD, ENTRYPOINT and HEALTHCHECK per stage)'],
  [ValidationCode.EMPTY_CONTINUATION_LINE, 'the empty-continuation rule (BuildKit NoEmptyContinuation)'],
  [ValidationCode.JSON_IN_SINGLE_QUOTES, 'the JSON single-quotes rule'],
  [ValidationCode.WORKDIR_IS_NOT_ABSOLUTE, 'DF05'],
  [ValidationCode.UNKNOWN_HEALTHCHECK_FLAG, 'the HEALTHCHECK flags rule'],
  [ValidationCode.FLAG_INVALID_DURATION, 'the HEALTHCHECK flags rule'],
  [ValidationCode.FLAG_LESS_THAN_1MS, 'the HEALTHCHECK flags rule'],
  [ValidationCode.FLAG_MISSING_DURATION, 'the HEALTHCHECK flags rule'],
  [ValidationCode.FLAG_UNKNOWN_UNIT, 'the HEALTHCHECK flags rule'],
  [ValidationCode.FLAG_AT_LEAST_ONE, 'the HEALTHCHECK flags rule'],
  [ValidationCode.DUPLICATE_BUILD_STAGE_NAME, 'DF18 (stage names unique)'],
  [ValidationCode.INVALID_PORT, 'DF24 (EXPOSE ports)'],
  [ValidationCode.BASE_NAME_EMPTY, 'DF25 (ARG before use in FROM)'],
  [ValidationCode.NO_SOURCE_IMAGE, 'DF44 (the first instruction)'],
  [ValidationCode.ONBUILD_TRIGGER_DISALLOWED, 'DF45 (ONBUILD triggers)'],
  [ValidationCode.ONBUILD_CHAINING_DISALLOWED, 'DF45 (ONBUILD triggers)'],
  [ValidationCode.INVALID_DESTINATION, 'DF49 (several sources need a folder destination)'],
]);

const SETTINGS: ValidatorSettings = {
  deprecatedMaintainer: ValidationSeverity.IGNORE,
  directiveCasing: ValidationSeverity.WARNING,
  emptyContinuationLine: ValidationSeverity.IGNORE,
  instructionCasing: ValidationSeverity.IGNORE,
  instructionCmdMultiple: ValidationSeverity.IGNORE,
  instructionEntrypointMultiple: ValidationSeverity.IGNORE,
  instructionHealthcheckMultiple: ValidationSeverity.IGNORE,
  instructionJSONInSingleQuotes: ValidationSeverity.IGNORE,
  instructionWorkdirRelative: ValidationSeverity.IGNORE,
};

const KEYWORD_LINE = /^\s*(ADD|ARG|CMD|COPY|ENTRYPOINT|ENV|EXPOSE|FROM|HEALTHCHECK|LABEL|MAINTAINER|ONBUILD|RUN|SHELL|STOPSIGNAL|USER|VOLUME|WORKDIR)\s/i;
const KEYWORDS = ['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'];

const FLAGS: Record<string, string[]> = {
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'link', 'checksum', 'keep-git-dir', 'exclude', 'unpack'],
  FROM: ['platform'],
};

/** How each instruction is written, for argument-count messages. */
const USAGE: Record<string, string> = {
  ADD: '`ADD <source>… <destination>`',
  ARG: '`ARG NAME` or `ARG NAME=default`',
  CMD: '`CMD ["executable", "arg"]`',
  COPY: '`COPY <source>… <destination>`',
  ENTRYPOINT: '`ENTRYPOINT ["executable", "arg"]`',
  ENV: '`ENV NAME=value`',
  EXPOSE: '`EXPOSE 8080` (or `8080/udp`)',
  FROM: '`FROM image:tag`, optionally followed by `AS stage-name`',
  HEALTHCHECK: '`HEALTHCHECK [options] CMD <command>` or `HEALTHCHECK NONE`',
  LABEL: '`LABEL key=value`',
  MAINTAINER: '`LABEL org.opencontainers.image.authors="name"`',
  ONBUILD: '`ONBUILD <instruction>`',
  RUN: '`RUN <command>`',
  SHELL: '`SHELL ["/bin/sh", "-c"]`',
  STOPSIGNAL: '`STOPSIGNAL SIGTERM`',
  USER: '`USER name` or `USER uid[:gid]`',
  VOLUME: '`VOLUME /data`',
  WORKDIR: '`WORKDIR /app`',
};

const MESSAGES: Record<MessageId, string> = {
  unknownInstruction: '`{word}` is not a Dockerfile instruction, so the build stops here.{hint}',
  missingArgument: '`{keyword}` needs an argument: write {usage}.',
  extraArgument: '`{keyword}` takes one argument here; remove the extra words or write it as {usage}.',
  argumentCount: '`{keyword}` has the wrong number of arguments: write {usage}.',
  unnecessaryArgument: '`{keyword}` takes nothing after it: remove `{word}`.',
  unknownFlag: '`{flag}` is not an option of `{keyword}`, and the build fails on it.{hint} Its options are {valid}.',
  duplicateFlag: '`--{flag}` is given twice and Docker refuses the instruction: keep one of them.',
  flagMissingValue: '`--{flag}` needs a value: write `--{flag}=<value>`.',
  flagBoolean: '`--{flag}` is either on or off: write `--{flag}` (or `--{flag}=true`/`false`), not `{value}`.',
  invalidFromFlag: '`--from` needs the name of an earlier stage, a named build context or an image (`--from=builder`, `--from=nginx:1.27`); `{value}` is none of these.',
  invalidReference:
    '`{value}` is not a valid image reference, so the image cannot be pulled: a tag comes after one `:` and uses letters, digits, `_`, `.` and `-`; a digest is `@sha256:` followed by 64 hexadecimal characters.',
  invalidEscape: 'The escape directive accepts only a backslash (`\\`) or a backtick (`` ` ``), not `{value}`.',
  duplicateEscape: 'The escape character is already set above; a second `# escape=` line is an error: remove one of them.',
  directiveCasing: 'Parser directives are written in lowercase (`# escape=`, `# syntax=`); some builders treat `{word}` as a plain comment.',
  unterminatedQuote: 'The {quote} quote in `{value}` is never closed, so Docker cannot read the value: add the closing {mark}, or escape the quote with `\\` if it is part of the text.',
  missingEquals: '`{value}` has no `=`: in `{keyword}` every item is `NAME=value` (quote values that contain spaces).',
  missingName: '`{keyword}` has an `=` with no name before it: write `NAME=value`.',
  unsupportedModifier: 'The `{modifier}` modifier in the substitution of `{name}` is not supported here: Docker knows `:-` (a default when the variable is unset or empty) and `:+` (a replacement when it is set), with or without the colon.',
  noSourceImage: 'A Dockerfile starts with `FROM` (only `ARG` lines and comments may come before it): add `FROM <image>:<tag>` before this line.',
  invalidAs: '`FROM` expects the word `AS` before a stage name, not `{word}`: write `FROM image:tag AS name`.',
  invalidStageName: '`{value}` cannot name a stage: start with a letter and use only lowercase letters, digits, `-`, `_` and `.`.',
  invalidDestination: 'With several sources, `{keyword}` copies them into a folder: end the destination with `/` (`{value}/`).',
  invalidProtocol: '`{value}` is not a protocol `EXPOSE` knows: use `tcp` (the default) or `udp`, for example `EXPOSE 53/udp`.',
  invalidSignal: '`{value}` is not a signal: use a name such as `SIGTERM`, `SIGINT` or `SIGQUIT`, or its number.',
  invalidNumber: '`{value}` is not a number, and `{keyword}` needs one here.',
  onbuildChaining: '`ONBUILD ONBUILD …` is not allowed: a trigger cannot register another trigger.',
  onbuildTrigger: '`{word}` cannot be an `ONBUILD` trigger: move it out of the `ONBUILD` line.',
  shellJsonForm: '`SHELL` only accepts the JSON form: write `SHELL {json}`.',
  shellEmpty: '`SHELL []` names no shell: give at least the executable, for example `SHELL ["/bin/bash", "-c"]`.',
  healthcheckType: 'After its options, `HEALTHCHECK` takes `CMD <command>` or `NONE`, not `{word}`.',
  healthcheckCommandMissing: '`HEALTHCHECK CMD` needs the command to run, for example `HEALTHCHECK CMD ["/app/healthcheck"]`.',
  other: '{text} (dockerfile-utils {code})',
};

export const rule = defineRule<DockerfileModel, MessageId>(
  {
    id: 'DF60',
    name: 'dockerfile-syntax',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c04-l1'],
    sources: ['hadolint:DL1000'],
    messages: MESSAGES,
    docs: {
      summary: 'The Dockerfile is well-formed: known instructions and flags, the right number of arguments, closed quotes, valid references and directives.',
      rationale: [
        'A syntax mistake stops `docker build` before any step runs, often with a terse message about a line you were not looking at. This rule is the syntax layer under the other rules: it runs the validator of `dockerfile-utils` (the library behind the Dockerfile language server) on the file and rewords each problem it finds, saying what to write instead. Unknown instructions and flags come with a "did you mean" when one is close, and a COPY with several sources and a destination that is not a folder gets a quick fix that adds the `/`.',
        '',
        'Problems that another rule of this catalogue already reports are left to that rule, so nothing is reported twice: instruction casing, `MAINTAINER` (DF15), several `CMD`/`ENTRYPOINT`/`HEALTHCHECK` in a stage (DF20), empty continuation lines, JSON written with single quotes, relative `WORKDIR` (DF05), the `HEALTHCHECK` option checks (unknown option, durations, `--retries`), duplicate stage names (DF18), `EXPOSE` ports (DF24) and an empty base name from an undefined `ARG` (DF25). The validator honours its own `# dockerfile-utils: ignore` comment above a line as well.',
      ].join('\n'),
      examples: {
        bad: 'FROM alpine:3.20\nCOPY --chwon=65534 app.py /app/\n',
        good: 'FROM alpine:3.20\nCOPY --chown=65534 app.py /app/\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    const problems = validate(model.text, SETTINGS)
      .map((d) => ({ d, code: d.code as ValidationCode, instruction: instructionOnLine(model, d.range.start.line) }))
      .filter(({ code, instruction }) => {
        if (CODES_COVERED_ELSEWHERE.has(code)) return false;
        const keyword = instruction ? model.keyword(instruction) : '';
        return !(keyword === 'HEALTHCHECK' && (code === ValidationCode.FLAG_DUPLICATE || code === ValidationCode.FLAG_MISSING_VALUE || code === ValidationCode.INVALID_SYNTAX));
      });
    const perInstruction = new Map<Instruction | undefined, number>();
    for (const p of problems) perInstruction.set(p.instruction, (perInstruction.get(p.instruction) ?? 0) + 1);
    for (const { d, code, instruction } of problems) {
      const keyword = instruction ? model.keyword(instruction) : '';
      const range: Range = { start: d.range.start, end: d.range.end };
      // A fix is only safe when this is the instruction's one problem: with `--from build`, the missing `=` is the real mistake.
      const alone = perInstruction.get(instruction) === 1;
      const described = describe(model, code, range, keyword, instruction, typeof d.message === 'string' ? d.message : d.message.value, alone);
      const severity: Severity = d.severity === 2 ? 'warning' : 'error';
      const r: Report<MessageId> = {
        ...described,
        range,
        severity,
        sources: [`dockerfile-utils:${ValidationCode[code] ?? code}`, 'hadolint:DL1000'],
      };
      if (instruction) r.anchor = instruction.getRange();
      if (d.tags?.includes(1)) r.tags = ['unnecessary'];
      report(r);
    }
  },
);

type Described = Pick<Report<MessageId>, 'messageId' | 'data' | 'fix' | 'suggestions'>;

function describe(model: DockerfileModel, code: ValidationCode, range: Range, keyword: string, instruction: Instruction | undefined, libraryMessage: string, alone: boolean): Described {
  const text = model.lines.textOf(range);
  const usage = USAGE[keyword] ?? 'it as the Dockerfile reference shows';
  switch (code) {
    case ValidationCode.UNKNOWN_INSTRUCTION:
      return unknownInstruction(model, text, range, instruction);
    case ValidationCode.ARGUMENT_MISSING:
      return { messageId: 'missingArgument', data: { keyword, usage } };
    case ValidationCode.ARGUMENT_EXTRA:
      return { messageId: 'extraArgument', data: { keyword, usage } };
    case ValidationCode.ARGUMENT_REQUIRES_ONE:
    case ValidationCode.ARGUMENT_REQUIRES_AT_LEAST_ONE:
    case ValidationCode.ARGUMENT_REQUIRES_TWO:
    case ValidationCode.ARGUMENT_REQUIRES_AT_LEAST_TWO:
    case ValidationCode.ARGUMENT_REQUIRES_ONE_OR_THREE:
      return { messageId: 'argumentCount', data: { keyword, usage } };
    case ValidationCode.ARGUMENT_UNNECESSARY:
      return { messageId: 'unnecessaryArgument', data: { keyword: keyword === 'HEALTHCHECK' ? 'HEALTHCHECK NONE' : keyword, word: text } };
    case ValidationCode.UNKNOWN_ADD_FLAG:
    case ValidationCode.UNKNOWN_COPY_FLAG:
    case ValidationCode.UNKNOWN_FROM_FLAG:
      return unknownFlag(model, text, range, keyword);
    case ValidationCode.FLAG_DUPLICATE:
      return { messageId: 'duplicateFlag', data: { flag: text.replace(/^--/, '') } };
    case ValidationCode.FLAG_MISSING_VALUE:
      return { messageId: 'flagMissingValue', data: { flag: text.replace(/^--/, '') } };
    case ValidationCode.FLAG_EXPECTED_BOOLEAN_VALUE:
      return { messageId: 'flagBoolean', data: { flag: /flag ([\w-]+)/.exec(libraryMessage)?.[1] ?? 'link', value: text } };
    case ValidationCode.FLAG_INVALID_FROM_VALUE:
      return { messageId: 'invalidFromFlag', data: { value: text.replace(/^--from=?/i, '') || '(empty)' } };
    case ValidationCode.INVALID_REFERENCE_FORMAT:
      return { messageId: 'invalidReference', data: { value: instruction ? fromImageText(instruction, text) : text } };
    case ValidationCode.INVALID_ESCAPE_DIRECTIVE:
      return { messageId: 'invalidEscape', data: { value: text } };
    case ValidationCode.DUPLICATED_ESCAPE_DIRECTIVE:
      return { messageId: 'duplicateEscape' };
    case ValidationCode.CASING_DIRECTIVE:
      return { messageId: 'directiveCasing', data: { word: text } };
    case ValidationCode.SYNTAX_MISSING_SINGLE_QUOTE:
      return { messageId: 'unterminatedQuote', data: { quote: 'single', mark: "`'`", value: text } };
    case ValidationCode.SYNTAX_MISSING_DOUBLE_QUOTE:
      return { messageId: 'unterminatedQuote', data: { quote: 'double', mark: '`"`', value: text } };
    case ValidationCode.SYNTAX_MISSING_EQUALS:
      return { messageId: 'missingEquals', data: { keyword, value: text } };
    case ValidationCode.SYNTAX_MISSING_NAMES:
      return { messageId: 'missingName', data: { keyword } };
    case ValidationCode.UNSUPPORTED_MODIFIER:
      return { messageId: 'unsupportedModifier', data: { modifier: text, name: /\$\{?(\w+)/.exec(libraryMessage)?.[1] ?? 'the variable' } };
    case ValidationCode.NO_SOURCE_IMAGE:
      return { messageId: 'noSourceImage' };
    case ValidationCode.INVALID_AS:
      return { messageId: 'invalidAs', data: { word: text } };
    case ValidationCode.INVALID_BUILD_STAGE_NAME:
      return { messageId: 'invalidStageName', data: { value: text } };
    case ValidationCode.INVALID_DESTINATION: {
      const end = range.end;
      // A destination on a line that starts like an instruction was pulled in by a stray line continuation: no fix.
      const swallowed = instruction !== undefined && range.start.line !== instruction.getRange().start.line && KEYWORD_LINE.test(model.lines.lineText(range.start.line));
      const fixable = alone && !swallowed && text !== '' && !/[/\\]$/.test(text);
      return {
        messageId: 'invalidDestination',
        data: { keyword, value: text },
        fix: fixable ? { title: `Make the destination a folder: ${text}/`, edits: [{ range: { start: end, end }, newText: '/' }] } : undefined,
      };
    }
    case ValidationCode.INVALID_PROTO:
      return { messageId: 'invalidProtocol', data: { value: text } };
    case ValidationCode.INVALID_SIGNAL:
      return { messageId: 'invalidSignal', data: { value: text } };
    case ValidationCode.INVALID_SYNTAX:
      return { messageId: 'invalidNumber', data: { value: text, keyword } };
    case ValidationCode.ONBUILD_CHAINING_DISALLOWED:
      return { messageId: 'onbuildChaining' };
    case ValidationCode.ONBUILD_TRIGGER_DISALLOWED:
      return { messageId: 'onbuildTrigger', data: { word: text.toUpperCase() } };
    case ValidationCode.SHELL_JSON_FORM:
      return shellJsonForm(text, range, alone);
    case ValidationCode.SHELL_REQUIRES_ONE:
      return { messageId: 'shellEmpty' };
    case ValidationCode.UNKNOWN_TYPE:
      return { messageId: 'healthcheckType', data: { word: text } };
    case ValidationCode.HEALTHCHECK_CMD_ARGUMENT_MISSING:
      return { messageId: 'healthcheckCommandMissing' };
    default:
      return { messageId: 'other', data: { text: libraryMessage, code: ValidationCode[code] ?? String(code) } };
  }
}

function unknownInstruction(model: DockerfileModel, word: string, range: Range, instruction: Instruction | undefined): Described {
  const upper = word.toUpperCase();
  const previous = instruction ? model.instructions[model.instructions.indexOf(instruction) - 1] : undefined;
  const followsRun = previous !== undefined && model.keyword(previous) === 'RUN' && previous.getRange().end.line === range.start.line - 1;
  const close = nearest(upper, KEYWORDS);
  if (followsRun && (close === undefined || word !== upper)) {
    return { messageId: 'unknownInstruction', data: { word, hint: ' If this line continues the `RUN` above, end the previous line with `\\`.' } };
  }
  if (close) {
    const replacement = word === word.toLowerCase() ? close.toLowerCase() : close;
    return {
      messageId: 'unknownInstruction',
      data: { word, hint: ` Did you mean \`${close}\`?` },
      suggestions: [{ title: `Change to ${replacement}`, edits: [{ range, newText: replacement }] }],
    };
  }
  return { messageId: 'unknownInstruction', data: { word, hint: ` Instructions are ${KEYWORDS.filter((k) => k !== 'MAINTAINER').join(', ')}.` } };
}

function unknownFlag(model: DockerfileModel, text: string, range: Range, keyword: string): Described {
  const name = text.replace(/^--/, '').split('=')[0];
  const valid = FLAGS[keyword] ?? [];
  const close = nearest(name, valid);
  const data = { flag: `--${name}`, keyword, valid: valid.map((f) => `\`--${f}\``).join(', '), hint: close ? ` Did you mean \`--${close}\`?` : '' };
  if (!close) return { messageId: 'unknownFlag', data };
  const start = model.offset(range.start) + (text.startsWith('--') ? 2 : 0);
  return {
    messageId: 'unknownFlag',
    data,
    suggestions: [{ title: `Change to --${close}`, edits: [{ range: model.rangeOf(start, start + name.length), newText: close }] }],
  };
}

function shellJsonForm(text: string, range: Range, alone: boolean): Described {
  const words = text.trim().split(/\s+/);
  const plain = alone && words.every((w) => /^[\w./+:=@%,-]+$/.test(w));
  const json = `[${(plain ? words : ['/bin/sh', '-c']).map((w) => JSON.stringify(w)).join(', ')}]`;
  const fix: Fix | undefined = plain ? { title: `Write it as JSON: ${json}`, edits: [{ range, newText: json }] } : undefined;
  return { messageId: 'shellJsonForm', data: { json }, fix };
}

function fromImageText(instruction: Instruction, fallback: string): string {
  const image = (instruction as Instruction & { getImage?: () => string | null }).getImage?.();
  return image ?? fallback;
}

function instructionOnLine(model: DockerfileModel, line: number): Instruction | undefined {
  for (const i of model.instructions) {
    const r = i.getRange();
    if (r.start.line <= line && r.end.line >= line) return i;
  }
  return undefined;
}

/** The closest candidate within two edits (case-insensitive), if exactly one is that close. */
function nearest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toUpperCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(w, c.toUpperCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.min(2, Math.max(1, Math.floor(w.length / 3))) ? best : undefined;
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions, and adjacent swaps (`chwon` → `chown`). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
