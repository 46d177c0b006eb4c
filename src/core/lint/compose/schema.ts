/**
 * Validation against the compose-spec JSON schema, with every error placed on the YAML node it concerns.
 *
 * `compose.schema.json` beside this file is a byte-for-byte copy of `schemas/compose.schema.json` from the
 * `dclint` npm package (MIT, © Sergey Kupletsky), which keeps a maintained copy of the Compose
 * Specification's schema (compose-spec/compose-spec, Apache-2.0). It is copied because the package's
 * `exports` map does not expose the file to `require`/esbuild; `test/unit/lint/compose/schema.test.ts`
 * fails when the copy and the installed `dclint` differ, so updating is `cp` and a test run.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isScalar } from 'yaml';
import type { Range } from '../../text/text';
import type { Fix } from '../types';
import { hasInterpolation } from './interpolation';
import type { ComposeModel, Located } from './model';
import { didYouMean } from './util';
import rawSchema from './compose.schema.json';

export type SchemaMessageId = 'legacyFormat' | 'unknownKey' | 'wrongType' | 'badValue' | 'missingKey' | 'badForm' | 'duplicateItem' | 'outOfRange' | 'invalid';

export interface SchemaProblem {
  messageId: SchemaMessageId;
  range: Range;
  data: Record<string, string>;
  suggestions?: Fix[];
}

let validator: ValidateFunction | undefined;

/** Compiles the schema once per process, on first use. */
export function composeValidator(): ValidateFunction {
  if (!validator) {
    const schema = patchSchema(structuredClone(rawSchema) as unknown as SchemaJson);
    // Ajv knows draft-07 under its `http://` id; the file names it with `https://`.
    delete schema.$schema;
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    validator = ajv.compile(schema);
  }
  return validator;
}

interface SchemaJson {
  $schema?: string;
  definitions: { service: { properties: Record<string, { oneOf?: { patternProperties?: Record<string, { type?: unknown }> }[] }> } };
}

/**
 * Compose features newer than the bundled schema, each accepted by Docker Compose's own end-to-end tests
 * (docker/compose `pkg/e2e/testdata`). Only additions that relax the schema; nothing is hand-written beyond them.
 */
function patchSchema(schema: SchemaJson): SchemaJson {
  const props = schema.definitions.service.properties;
  // `pre_start` hooks (TestPreStartHook*): a list of hook mappings, which may name their own `image`; their
  // exact shape is not in the bundled schema, so any mappings are accepted.
  if (!props.pre_start) props.pre_start = { type: 'array', items: { type: 'object' } } as never;
  // A service may name a model without options: `models: { llm: }` (TestLocalComposeConfigNoConsistency).
  for (const branch of props.models?.oneOf ?? []) {
    for (const value of Object.values(branch.patternProperties ?? {})) if (value.type === 'object') value.type = ['object', 'null'];
  }
  return schema;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: '`true` or `false`',
  array: 'a list',
  object: 'a mapping (`key: value` lines)',
  null: 'empty',
};

function typeOfData(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string \`${short(v)}\``;
  if (typeof v === 'number') return `the number \`${v}\``;
  if (typeof v === 'boolean') return `\`${v}\``;
  return typeof v;
}

function short(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

/** Human description of a JSON pointer: `services/web/deploy/resources` → "`deploy.resources` of service `web`". */
export function describePath(parts: string[]): string {
  if (parts.length === 0) return 'the top level';
  const [top, name, ...rest] = parts;
  const owner: Record<string, string> = { services: 'service', networks: 'network', volumes: 'volume', secrets: 'secret', configs: 'config', models: 'model' };
  if (owner[top] && name !== undefined) {
    const who = `${owner[top]} \`${name}\``;
    if (rest.length === 0) return who;
    return `${describeTail(rest)} of ${who}`;
  }
  return describeTail(parts);
}

function describeTail(parts: string[]): string {
  const out: string[] = [];
  let itemOf: string | undefined;
  for (const p of parts) {
    if (/^\d+$/.test(p)) itemOf = `item ${Number(p) + 1}`;
    else {
      if (itemOf) out.push(`[${itemOf.slice(5)}]`);
      itemOf = undefined;
      out.push(out.length ? `.${p}` : p);
    }
  }
  const path = out.join('').replace(/\.\[/g, '[');
  return itemOf ? `${itemOf} of \`${path}\`` : `\`${path}\``;
}

function partsOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const STRUCTURAL = new Set(['type', 'oneOf', 'anyOf', 'if']);

/** Validates the model and turns Ajv's errors into located, de-duplicated problems. */
export function validateCompose(model: ComposeModel): SchemaProblem[] {
  const data = model.toData();
  if (data === undefined) return [];
  const validate = composeValidator();
  if (validate(data)) return [];
  const all = validate.errors ?? [];
  const kept = all.filter((e) => {
    if (excused(e)) return false;
    if (!STRUCTURAL.has(e.keyword)) return true;
    if (e.keyword === 'if') return false;
    // A type mismatch or a failed oneOf is noise when another branch got further: some error sits
    // deeper, or a non-structural error (unknown key, enum, …) sits at the same place — even an error
    // we excuse because of interpolation, which shows that branch is the one the learner meant.
    return !all.some((o) => o !== e && (o.instancePath.startsWith(e.instancePath + '/') || (o.instancePath === e.instancePath && !STRUCTURAL.has(o.keyword))));
  });
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of kept) {
    const list = byPath.get(e.instancePath) ?? [];
    list.push(e);
    byPath.set(e.instancePath, list);
  }
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  // Compose file format 1 put services at the top level, without `services:`; Compose v2 no longer reads it.
  const legacy = legacyServiceKeys(model);
  if (legacy.length) out.push({ messageId: 'legacyFormat', range: model.keyRange(legacy[0]), data: { names: legacy.slice(0, 3).map((e) => `\`${e.key}\``).join(', ') + (legacy.length > 3 ? ', …' : '') } });
  const legacyNames = new Set(legacy.map((e) => e.key));
  const push = (p: SchemaProblem | undefined) => {
    if (!p) return;
    const key = `${p.messageId}:${p.range.start.line}:${p.range.start.character}:${JSON.stringify(p.data)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(p);
  };
  for (const [path, list] of byPath) {
    const types = list.filter((e) => e.keyword === 'type');
    const others = list.filter((e) => e.keyword !== 'type' && e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
    if (types.length) push(typeProblem(model, path, types));
    else if (others.length === 0 && list.length) push(generic(model, path, list[0]));
    for (const e of others) {
      if (path === '' && e.keyword === 'additionalProperties' && legacyNames.has(String(e.params.additionalProperty))) continue;
      push(problemOf(model, path, e));
    }
  }
  return out;
}

function legacyServiceKeys(model: ComposeModel) {
  if (!model.root || model.get(model.root, 'services')) return [];
  const known = new Set(['version', 'name', 'include', 'networks', 'volumes', 'secrets', 'configs', 'models']);
  return model.entries(model.root).filter((e) => !known.has(e.key) && !e.key.startsWith('x-') && e.value && isMap(e.value) && (model.get(e.value, 'image') || model.get(e.value, 'build')));
}

/** Interpolated strings are checked after substitution by Compose, so their type or form cannot be judged here. */
function excused(e: ErrorObject): boolean {
  if (e.instancePath === '/version' || e.instancePath.startsWith('/version/')) return true;
  if (typeof e.data === 'string' && hasInterpolation(e.data)) return ['type', 'enum', 'pattern', 'oneOf', 'anyOf', 'minimum', 'maximum', 'format', 'const'].includes(e.keyword);
  return false;
}

function where(model: ComposeModel, at: Located): string {
  return at.via ? ` (it comes from \`*${at.via.source}\`)` : '';
}

function rangeFor(model: ComposeModel, at: Located, preferKey: boolean): Range {
  if (at.entry) return preferKey ? model.keyRange(at.entry) : model.valueRange(at.entry);
  if (at.via) return model.rangeOf(at.via);
  if (at.node) return model.rangeOf(at.node);
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function typeProblem(model: ComposeModel, path: string, types: ErrorObject[]): SchemaProblem {
  const expected = [...new Set(types.flatMap((e) => String(e.params.type).split(',')))].filter((t) => !(t === 'null' && types.length > 1));
  const words = expected.map((t) => TYPE_WORDS[t] ?? t);
  const at = model.locate(path);
  return {
    messageId: 'wrongType',
    range: rangeFor(model, at, false),
    data: { what: capital(describePath(partsOf(path))), expected: orList(words), actual: typeOfData(types[0].data), origin: where(model, at) },
  };
}

function problemOf(model: ComposeModel, path: string, e: ErrorObject): SchemaProblem | undefined {
  const parts = partsOf(path);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const at = model.locate(`${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      const known = knownKeys(e.parentSchema);
      const guess = didYouMean(key, known);
      const range = rangeFor(model, at, true);
      const suggestions: Fix[] = [];
      if (guess && at.entry && !at.entry.via && isScalar(at.entry.keyNode) && at.entry.keyNode.range) {
        suggestions.push({ title: `Rename \`${key}\` to \`${guess}\``, edits: [{ range: model.offsetRange(at.entry.keyNode.range[0], at.entry.keyNode.range[1]), newText: guess }] });
      }
      const whereText = parts.length === 0 ? 'at the top level' : `in ${describePath(parts)}`;
      const hint = guess ? `; did you mean \`${guess}\`?` : key.startsWith('x_') || key.startsWith('X-') ? '; custom keys must start with `x-`.' : parts.length === 0 ? ' (top-level keys are `services`, `networks`, `volumes`, `secrets`, `configs`, `include`, `name`, or your own `x-…`).' : '.';
      return { messageId: 'unknownKey', range, data: { key, where: whereText, hint, origin: where(model, at) }, suggestions };
    }
    case 'required': {
      const at = model.locate(path);
      const missing = String(e.params.missingProperty);
      const parent = e.parentSchema as { properties?: Record<string, { enum?: unknown[] }> } | undefined;
      const allowed = parent?.properties?.[missing]?.enum;
      const extra = allowed ? ` (one of ${orList(allowed.map((v) => `\`${String(v)}\``))})` : '';
      return { messageId: 'missingKey', range: rangeFor(model, at, true), data: { what: capital(describePath(parts)), key: missing, extra, origin: where(model, at) } };
    }
    case 'enum': {
      const at = model.locate(path);
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const guess = typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined;
      const suggestions: Fix[] = [];
      const node = at.entry?.written ?? at.node;
      if (guess && node && !at.via && isScalar(node) && node.range) suggestions.push({ title: `Change to \`${guess}\``, edits: [{ range: model.offsetRange(node.range[0], node.range[1]), newText: guess }] });
      return {
        messageId: 'badValue',
        range: rangeFor(model, at, false),
        data: { what: capital(describePath(parts)), value: short(String(e.data)), allowed: orList(allowed.map((v) => `\`${v}\``)), hint: guess ? `; did you mean \`${guess}\`?` : '.', origin: where(model, at) },
        suggestions,
      };
    }
    case 'pattern': {
      const at = model.locate(path);
      const last = parts[parts.length - 1];
      const form = last === 'container_name' ? 'letters, digits, `_`, `.` and `-`, starting with a letter or digit' : last === 'pull_policy' ? '`always`, `never`, `missing`, `build`, `if_not_present`, `refresh`, `daily`, `weekly` or `every_<duration>`' : `text matching \`${String(e.params.pattern)}\``;
      return { messageId: 'badForm', range: rangeFor(model, at, false), data: { what: capital(describePath(parts)), value: short(String(e.data)), form, origin: where(model, at) } };
    }
    case 'uniqueItems': {
      const [a, b] = [Number(e.params.i), Number(e.params.j)].sort((x, y) => x - y);
      const later = model.locate(`${path}/${b}`);
      return { messageId: 'duplicateItem', range: rangeFor(model, later, false), data: { what: capital(describePath(parts)), first: String(a + 1), second: String(b + 1), origin: where(model, later) } };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const at = model.locate(path);
      return { messageId: 'outOfRange', range: rangeFor(model, at, false), data: { what: capital(describePath(parts)), value: String(e.data), limit: `${e.keyword.includes('inimum') ? 'at least' : 'at most'} ${String(e.params.limit)}`, origin: where(model, at) } };
    }
    default:
      return generic(model, path, e);
  }
}

function generic(model: ComposeModel, path: string, e: ErrorObject): SchemaProblem {
  const at = model.locate(path);
  const detail = e.keyword === 'oneOf' ? 'does not match any of the forms Compose accepts here' : (e.message ?? 'is not valid');
  return { messageId: 'invalid', range: rangeFor(model, at, false), data: { what: capital(describePath(partsOf(path))), detail, origin: where(model, at) } };
}

function knownKeys(schema: unknown): string[] {
  const s = schema as { properties?: Record<string, unknown> } | undefined;
  return s?.properties ? Object.keys(s.properties) : [];
}

function orList(words: string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

