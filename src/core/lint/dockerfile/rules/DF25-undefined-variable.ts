import { Env, From, type Instruction } from 'dockerfile-ast';
import type { Fix, Report } from '../../types';
import { defineRule } from '../../rule';
import { closestMatch } from '../../suggest';
import { substituteArgs, type DockerfileModel, type Stage } from '../model';
import { insertLineAfter } from '../edits';
import { stageNamed } from '../stages';
import { declarations, isWellKnownBaseEnv, isWindowsStage, PLATFORM_ARGS, PREDEFINED_ARGS, stageChain, startsFromScratch, variablesIn, type VariableRef } from '../variables';

/** Instructions whose arguments the builder expands; RUN, CMD, ENTRYPOINT and HEALTHCHECK are left to the shell at run time. */
const EXPANDED = new Set(['ADD', 'ARG', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);

/** Values the automatic platform ARGs can take, for checking what a FROM line becomes. */
const PLATFORM_SAMPLE: Record<string, string> = {
  TARGETPLATFORM: 'linux/amd64', TARGETOS: 'linux', TARGETARCH: 'amd64', TARGETVARIANT: '',
  BUILDPLATFORM: 'linux/amd64', BUILDOS: 'linux', BUILDARCH: 'amd64', BUILDVARIANT: '',
};

type MessageId =
  | 'fromUndeclared' | 'fromDidYouMean' | 'fromDeclaredInStage' | 'invalidDefaultInFrom'
  | 'undefined' | 'undefinedUnlessBase' | 'didYouMean' | 'declaredLater' | 'globalNotRedeclared' | 'platformArgNotDeclared';

export const rule = defineRule<DockerfileModel, MessageId>(
  {
    id: 'DF25',
    name: 'undefined-variable',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l5'],
    sources: ['buildkit:UndefinedVar', 'buildkit:UndefinedArgInFrom', 'buildkit:InvalidDefaultArgInFrom'],
    messages: {
      fromUndeclared: '`{name}` is used in FROM, but no ARG before the first FROM declares it, so it expands to an empty string: add `ARG {name}=<default>` above the first FROM.',
      fromDidYouMean: '`{name}` is used in FROM, but no ARG before the first FROM declares it. Did you mean `{suggestion}`?',
      fromDeclaredInStage: '`{name}` is declared on line {line}, inside a stage, but FROM lines only see ARGs declared before the first FROM: move that ARG above the first FROM.',
      invalidDefaultInFrom:
        'With the default values of its ARGs, `{written}` becomes `{resolved}`, which is not a valid image name, so the build fails unless every `--build-arg` is given: give the ARG a default (`ARG NAME=value`) or write `${NAME:-value}`.',
      undefined: '`{name}` is not set by any ARG or ENV above this line, so it expands to an empty string: declare it first (`ARG {name}=…` or `ENV {name}=…`).',
      undefinedUnlessBase:
        '`{name}` is not set by any ARG or ENV above this line; unless the base image `{image}` sets it, it expands to an empty string. Declare it with ARG or ENV so the Dockerfile shows where it comes from.',
      didYouMean: '`{name}` is not set by any ARG or ENV above this line, so it expands to an empty string. Did you mean `{suggestion}`?',
      declaredLater: '`{name}` is declared on line {line}, after this use, so here it is still empty: move the declaration above this line.',
      globalNotRedeclared:
        '`{name}` is declared before the first FROM, which only makes it visible to FROM lines; inside this stage it is empty until you repeat `ARG {name}` (no value needed) after the FROM.',
      platformArgNotDeclared: 'BuildKit sets `{name}` in the global scope only; inside a stage it is empty until you declare `ARG {name}` after the FROM.',
    },
    docs: {
      summary: 'Variables used in FROM and in non-RUN instructions are declared by an ARG or ENV that is in scope.',
      rationale:
        'Docker replaces `$NAME` and `${NAME}` in `FROM`, `COPY`, `ADD`, `ENV`, `ARG`, `LABEL`, `USER`, `WORKDIR`, `EXPOSE`, `VOLUME` and `STOPSIGNAL` while it builds, and an unknown name silently becomes an empty string: `COPY app-$VERSION.jar /app/` copies `app-.jar`. The scoping rules surprise almost everyone: an `ARG` before the first `FROM` is visible only to `FROM` lines and must be repeated (as `ARG NAME`, no value) inside each stage that uses it; an `ARG` inside a stage ends with that stage; `ENV` is inherited by stages built `FROM` this one; and BuildKit\'s automatic `TARGETARCH`-style arguments exist only in the global scope until re-declared. The rule also checks that the defaults of the global ARGs make a valid image name, because `FROM alpine:${TAG}` with a bare `ARG TAG` fails when nobody passes `--build-arg`. `RUN`, `CMD`, `ENTRYPOINT` and `HEALTHCHECK` are not checked: their variables belong to the shell at run time. References with a default or alternative (`${NAME:-x}`, `${NAME:+x}`) are accepted, and so are proxy and BuildKit build args. Unlike BuildKit, this linter cannot see the ENV of the base image, so it treats the usual ones as set (`PATH`, `HOME`, `LANG`, and upper-case families such as `JAVA_HOME`, `NODE_VERSION`, `PYTHON_VERSION`) and, for any other upper-case name, says that the base image might set it; for stages that start from `scratch` it is certain. Suggestions fix likely typos and insert the missing `ARG` line.',
      examples: {
        bad: 'FROM alpine:3.20\nARG VERSION=1.4.2\nCOPY app-${VERSOIN}.tar.gz /opt/\n',
        good: 'FROM alpine:3.20\nARG VERSION=1.4.2\nCOPY app-${VERSION}.tar.gz /opt/\n',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    checkGlobalArgs(model, report);
    for (const stage of model.stages) {
      checkFrom(model, stage, report);
      checkStage(model, stage, report);
    }
  },
);

type Reporter = (report: Report<MessageId>) => void;

function unguarded(vars: VariableRef[]): VariableRef[] {
  return vars.filter((v) => v.modifier === undefined);
}

function rangeOfVar(model: DockerfileModel, v: VariableRef) {
  return model.rangeOf(v.start, v.end);
}

function renameFix(model: DockerfileModel, v: VariableRef, to: string): Fix {
  return { title: `Use ${to}`, edits: [{ range: model.rangeOf(v.nameStart, v.nameEnd), newText: to }] };
}

function checkGlobalArgs(model: DockerfileModel, report: Reporter): void {
  const known = new Set<string>();
  for (const i of model.instructions) {
    if (i instanceof From) return;
    for (const d of declarations(model, i)) {
      const valueRange = d.valueRange;
      if (valueRange) {
        for (const v of unguarded(variablesIn(model, model.offset(valueRange.start), model.offset(valueRange.end)))) {
          if (known.has(v.name) || PLATFORM_ARGS.has(v.name) || PREDEFINED_ARGS.has(v.name)) continue;
          report({ messageId: 'undefined', range: rangeOfVar(model, v), data: { name: v.name }, sources: ['buildkit:UndefinedVar'] });
        }
      }
      known.add(d.name);
    }
  }
}

function checkFrom(model: DockerfileModel, stage: Stage, report: Reporter): void {
  const from = stage.from;
  const sources = ['buildkit:UndefinedArgInFrom'];
  const spans: [number, number][] = [];
  const imageRange = from.getImageRange();
  if (imageRange) spans.push([model.offset(imageRange.start), model.offset(imageRange.end)]);
  const platform = from.getPlatformFlag()?.getValueRange();
  if (platform) spans.push([model.offset(platform.start), model.offset(platform.end)]);
  let allKnown = true;
  for (const [start, end] of spans) {
    for (const v of variablesIn(model, start, end)) {
      if (model.globalArgs.has(v.name) || PLATFORM_ARGS.has(v.name) || PREDEFINED_ARGS.has(v.name)) continue;
      allKnown = false;
      if (v.modifier !== undefined) continue;
      const range = rangeOfVar(model, v);
      const inStage = stageArgLine(model, v.name);
      const suggestion = closestMatch(v.name, model.globalArgs.keys());
      if (inStage !== undefined) report({ messageId: 'fromDeclaredInStage', range, data: { name: v.name, line: inStage + 1 }, sources });
      else if (suggestion) report({ messageId: 'fromDidYouMean', range, data: { name: v.name, suggestion }, sources, suggestions: [renameFix(model, v, suggestion)] });
      else report({ messageId: 'fromUndeclared', range, data: { name: v.name }, sources });
    }
  }
  const written = from.getImage();
  if (!allKnown || !imageRange || !written?.includes('$')) return;
  const values = new Map<string, string | undefined>(Object.entries(PLATFORM_SAMPLE));
  for (const [name, value] of model.globalArgs) values.set(name, value ?? '');
  // The builder removes quotes from the word after expanding it.
  const resolved = substituteArgs(written, values)?.replace(/["']/g, '');
  if (resolved === undefined || isValidImageReference(resolved) || stageNamed(model.stages.slice(0, stage.index), resolved)) return;
  report({ messageId: 'invalidDefaultInFrom', range: imageRange, data: { written, resolved }, sources: ['buildkit:InvalidDefaultArgInFrom'] });
}

function stageArgLine(model: DockerfileModel, name: string): number | undefined {
  for (const s of model.stages) {
    for (const i of s.instructions) if (model.keyword(i) === 'ARG' && declarations(model, i).some((d) => d.name === name)) return i.getRange().start.line;
  }
  return undefined;
}

function checkStage(model: DockerfileModel, stage: Stage, report: Reporter): void {
  const defined = new Set<string>();
  for (const parent of stageChain(stage).slice(1)) for (const i of parent.instructions) if (i instanceof Env) for (const d of declarations(model, i)) defined.add(d.name);
  const fromScratch = startsFromScratch(stage);
  const chain = stageChain(stage);
  const root = chain[chain.length - 1].image;
  const windows = isWindowsStage(model, stage);
  const declaredAt = new Map<string, number>();
  for (const i of stage.instructions) for (const d of declarations(model, i)) if (!declaredAt.has(d.name)) declaredAt.set(d.name, i.getRange().start.line);
  const lowerDefined = () => new Set([...defined].map((n) => n.toLowerCase()));

  const isDefined = (name: string) =>
    defined.has(name) ||
    PREDEFINED_ARGS.has(name) ||
    name === 'PATH' ||
    (windows && lowerDefined().has(name.toLowerCase())) ||
    (!fromScratch && isWellKnownBaseEnv(name, windows));

  for (const instruction of stage.instructions) {
    const keyword = model.keyword(instruction);
    if (EXPANDED.has(keyword) && !hasHeredoc(instruction)) {
      for (const v of expandedVariables(model, instruction)) {
        if (isDefined(v.name)) continue;
        const range = rangeOfVar(model, v);
        const data = { name: v.name };
        const sources = ['buildkit:UndefinedVar'];
        const declareArg: Fix = { title: `Declare ARG ${v.name} in this stage`, edits: [insertLineAfter(model, stage.from, `ARG ${v.name}`)] };
        const later = declaredAt.get(v.name);
        const suggestion = closestMatch(v.name, [...defined]);
        if (PLATFORM_ARGS.has(v.name)) report({ messageId: 'platformArgNotDeclared', range, data, sources, suggestions: [declareArg] });
        else if (model.globalArgs.has(v.name)) report({ messageId: 'globalNotRedeclared', range, data, sources, suggestions: [declareArg] });
        else if (later !== undefined && later > instruction.getRange().start.line) report({ messageId: 'declaredLater', range, data: { ...data, line: later + 1 }, sources });
        else if (suggestion) report({ messageId: 'didYouMean', range, data: { ...data, suggestion }, sources, suggestions: [renameFix(model, v, suggestion)] });
        else if (fromScratch || v.name !== v.name.toUpperCase()) report({ messageId: 'undefined', range, data, sources });
        else report({ messageId: 'undefinedUnlessBase', range, data: { ...data, image: root.resolved ?? root.written }, sources });
      }
    }
    for (const d of declarations(model, instruction)) defined.add(d.name);
  }
}

/** The variables the builder expands in an instruction; in a multi-variable ENV, names set by the same ENV are DF51's. */
function expandedVariables(model: DockerfileModel, instruction: Instruction): VariableRef[] {
  const properties = declarations(model, instruction);
  if (properties.length === 0) {
    const keywordEnd = model.offset(instruction.getInstructionRange().end);
    return unguarded(variablesIn(model, keywordEnd, model.offset(instruction.getRange().end)));
  }
  const out: VariableRef[] = [];
  const sameStatement = new Set<string>();
  for (const d of properties) {
    const r = d.valueRange;
    if (r) out.push(...unguarded(variablesIn(model, model.offset(r.start), model.offset(r.end))).filter((v) => !sameStatement.has(v.name)));
    if (instruction instanceof Env) sameStatement.add(d.name);
  }
  return out;
}

function hasHeredoc(instruction: Instruction): boolean {
  return ((instruction as Instruction & { getHeredocs?: () => unknown[] }).getHeredocs?.() ?? []).length > 0;
}

const DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]+)?';
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`);

/** The shape of a Docker image reference: lowercase repository path, optional registry host, tag and digest. */
export function isValidImageReference(ref: string): boolean {
  return ref === 'scratch' || REFERENCE.test(ref);
}
