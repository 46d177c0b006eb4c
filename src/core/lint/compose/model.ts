import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Alias, type Document, type Node as YamlNode, type Pair, type Scalar, type Tags, type YAMLMap, type YAMLSeq } from 'yaml';
import { LineIndex, type Position, type Range, type TextEdit } from '../../text/text';
import type { FileContext, LintConfig } from '../types';
import { hasInterpolation, interpolate, parseDotEnv, type Interpolated } from './interpolation';

/** Files above this size are not parsed: a compose file this big is generated or hostile. */
export const MAX_COMPOSE_BYTES = 4 * 1024 * 1024;
/**
 * Alias expansion budget. An alias bomb (`&a [x, x, …]`, `&b [*a, *a, …]`, …) is tiny as text but expands
 * to billions of values. We measure what every alias would expand to (in linear time, without expanding)
 * and refuse to follow aliases when the document would grow past both limits.
 */
export const MAX_EXPANDED_NODES = 250_000;
export const MAX_EXPANSION_RATIO = 10;

export type ComposeNode = Scalar | YAMLMap | YAMLSeq;
export type FileRole = 'development' | 'default';

/** One key of a mapping as the checks see it: merge keys (`<<`) and aliases resolved. */
export interface Entry {
  key: string;
  /** The key as written. */
  keyNode: Scalar;
  /** The value with aliases resolved; null for an empty value (`key:`). */
  value: ComposeNode | null;
  /** The value as written (an Alias when the learner wrote `*name`). */
  written: YamlNode | null;
  pair: Pair;
  /** The mapping that holds the pair. */
  map: YAMLMap;
  /**
   * Set when the entry was reached through an alias or a `<<` merge: findings are then placed on that alias,
   * the text the learner wrote for this service, and quick fixes are not offered.
   */
  via?: Alias;
}

export interface Service {
  name: string;
  entry: Entry;
  /** The service's mapping, resolved; undefined when the service is empty or not a mapping. */
  map: YAMLMap | undefined;
  entries: Entry[];
  get(key: string): Entry | undefined;
}

export type ParseProblemKind = 'yaml' | 'yamlWarning' | 'tooLarge' | 'aliasBomb' | 'notAMapping' | 'multiDocument';

export interface ParseProblem {
  kind: ParseProblemKind;
  message: string;
  range: Range;
  data?: Record<string, string | number>;
}

export interface Located {
  node: YamlNode | null;
  entry?: Entry;
  via?: Alias;
}

const BASE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const OVERRIDE_NAMES = ['compose.override.yaml', 'compose.override.yml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

/**
 * `compose.override.yaml`, names with a `dev` part (`compose.dev.yaml`, `docker-compose-development.yml`,
 * `dev.compose.yaml`; not `devops-…`), `local`, and files in `.devcontainer/`.
 */
export function roleOf(path: string | undefined): FileRole {
  if (!path) return 'default';
  const parts = path.split(/[\\/]/);
  const name = parts[parts.length - 1].toLowerCase();
  if (/(^|[^a-z])(override|dev|devel|develop|development|local)([^a-z]|$)/.test(name)) return 'development';
  if (parts.slice(0, -1).some((p) => p.toLowerCase() === '.devcontainer')) return 'development';
  return 'default';
}

/** A file layered over a base file with `-f` (e.g. `compose.prod.yaml`, `docker-compose.override.yml`). */
export function isLayeredName(path: string | undefined): boolean {
  if (!path) return false;
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
  return !BASE_NAMES.includes(name) && /^(docker-)?compose[.-].+\.ya?ml$/.test(name);
}

/**
 * A compose file, parsed once with `yaml` and shared by every rule. Positions are 0-based; `yaml`'s own
 * LineCounter (1-based) is converted in `position()` and nowhere else.
 */
export class ComposeModel {
  readonly lines: LineIndex;
  readonly lineCounter = new LineCounter();
  readonly doc: Document.Parsed | undefined;
  readonly problems: ParseProblem[] = [];
  readonly role: FileRole;
  readonly layered: boolean;
  /** Variables set in the `.env` file beside the compose file. */
  readonly env: ReadonlyMap<string, string>;
  readonly hasDotEnv: boolean;
  /** The top-level mapping, when the document is one. */
  readonly root: YAMLMap | undefined;
  readonly services: Service[] = [];
  /** Aliases we refuse to follow because the document would expand past the budget. */
  readonly blockedAliases = new Set<Alias>();
  /** Indentation step of the file (spaces), for inserted keys. */
  readonly indentUnit: number;
  readonly path: string | undefined;
  /** Offsets of quoted and block scalars (where a `#` is text, not a comment), in document order. */
  readonly quotedRanges: [number, number][] = [];
  /** Scalars whose text holds a `$` (interpolation candidates), in document order. */
  readonly dollarScalars: Scalar[] = [];
  private readonly aliasTargets = new Map<Alias, ComposeNode | undefined>();
  private readonly entryCache = new WeakMap<YAMLMap, Entry[]>();
  private readonly entryIndex = new WeakMap<YAMLMap, Map<string, Entry>>();
  /** Per-model memo for derived facts that several rules ask for (ports, volumes, dependencies). */
  readonly memo = new Map<string, WeakMap<object, unknown>>();
  private readonly interpCache = new Map<string, Interpolated>();
  private readonly foreignNames = new Map<string, Set<string> | null>();

  constructor(
    readonly text: string,
    readonly config: LintConfig = {},
    readonly files: FileContext = {},
  ) {
    this.lines = new LineIndex(text);
    this.path = files.path;
    this.role = roleOf(files.path);
    this.layered = isLayeredName(files.path);
    const dotEnv = safeRead(files, '.env');
    this.hasDotEnv = dotEnv !== undefined;
    this.env = dotEnv !== undefined ? parseDotEnv(dotEnv) : new Map();
    this.indentUnit = 2;
    if (text.length > MAX_COMPOSE_BYTES) {
      this.problems.push({ kind: 'tooLarge', message: '', range: this.lines.rangeOf(0, Math.min(text.length, this.lines.lineEnd(0))), data: { size: `${(text.length / 1048576).toFixed(1)} MiB`, limit: `${MAX_COMPOSE_BYTES / 1048576} MiB` } });
      return;
    }
    // `yaml` applies `maxAliasCount` only in `toJS()`, which the checks never call: they walk the nodes and
    // follow aliases themselves, within the expansion budget measured in `indexAliases` (see MAX_EXPANDED_NODES).
    // Its default of 100 would also reject ordinary files that reuse one anchor in 150 services.
    const doc = parseDocument(text, { lineCounter: this.lineCounter, merge: true, prettyErrors: false, keepSourceTokens: false, uniqueKeys: true, customTags: COMPOSE_TAGS });
    this.doc = doc;
    for (const e of doc.errors) {
      let end = e.pos[1];
      if (e.code === 'DUPLICATE_KEY') {
        // `yaml` points at the first character of the repeated key; cover the whole key.
        const m = /^("[^"\n]*"|'[^'\n]*'|[^:#\n]*?)\s*:/.exec(text.slice(e.pos[0], e.pos[0] + 300));
        if (m && m[1]) end = e.pos[0] + m[1].length;
      }
      this.problems.push({ kind: 'yaml', message: cleanYamlMessage(e.message), range: this.offsetRange(e.pos[0], end), data: { code: e.code } });
    }
    for (const w of doc.warnings) this.problems.push({ kind: 'yamlWarning', message: cleanYamlMessage(w.message), range: this.offsetRange(w.pos[0], w.pos[1]), data: { code: w.code } });
    this.indexAliases(doc);
    const contents = doc.contents;
    if (contents && isMap(contents)) this.root = contents;
    else if (contents && !(isScalar(contents) && (contents.value === null || contents.value === ''))) {
      const r = this.rangeOf(contents);
      this.problems.push({ kind: 'notAMapping', message: '', range: r });
    }
    this.indentUnit = detectIndent(this.root, this) ?? 2;
    const services = this.root ? this.get(this.root, 'services') : undefined;
    if (services?.value && isMap(services.value)) {
      for (const e of this.entries(services.value, services.via)) {
        const map = e.value && isMap(e.value) ? e.value : undefined;
        const entries = map ? this.entries(map, e.via) : [];
        const byKey = new Map(entries.map((x) => [x.key, x]));
        this.services.push({ name: e.key, entry: e, map, entries, get: (k) => byKey.get(k) });
      }
    }
  }

  // ---------------------------------------------------------------- positions and ranges

  /** 0-based position of an offset (the one place that converts `yaml`'s 1-based LineCounter positions). */
  position(offset: number): Position {
    const p = this.lineCounter.linePos(Math.max(0, Math.min(offset, this.text.length)));
    const line = Math.min(p.line - 1, this.lines.lineCount - 1);
    return { line, character: Math.min(p.col - 1, this.lines.lineLength(line)) };
  }

  offsetRange(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** The written text of a node: a scalar's value, or a collection up to its last item (no trailing blank lines). */
  rangeOf(node: YamlNode): Range {
    const [start] = node.range ?? [0, 0, 0];
    return this.offsetRange(start, this.contentEnd(node));
  }

  contentEnd(node: YamlNode): number {
    const r = node.range ?? [0, 0, 0];
    if (isMap(node) || isSeq(node)) {
      if (node.flow || node.items.length === 0) return r[1];
      const last = node.items[node.items.length - 1] as Pair | YamlNode;
      if (isPair(last)) {
        const v = last.value as YamlNode | null;
        if (v && v.range) return this.contentEnd(v);
        const k = last.key as YamlNode | null;
        return k?.range ? Math.max(k.range[1], this.colonEnd(k.range[1])) : r[1];
      }
      return (last as YamlNode).range ? this.contentEnd(last as YamlNode) : r[1];
    }
    return r[1];
  }

  /** Where the key is written, or the alias it came through. */
  keyRange(e: Entry): Range {
    return e.via ? this.rangeOf(e.via) : this.rangeOf(e.keyNode);
  }

  /** Where the value is written, or the alias it came through; the key when the value is empty. */
  valueRange(e: Entry): Range {
    if (e.via) return this.rangeOf(e.via);
    if (e.written && e.written.range) return this.rangeOf(e.written);
    return this.rangeOf(e.keyNode);
  }

  /** The whole entry, key to end of value (or the alias it came through). */
  entryRange(e: Entry): Range {
    if (e.via) return this.rangeOf(e.via);
    const start = e.keyNode.range?.[0] ?? 0;
    const end = e.written?.range ? this.contentEnd(e.written) : (e.keyNode.range?.[1] ?? start);
    return this.offsetRange(start, end);
  }

  /** Where a node reached through `via` is reported. */
  nodeRange(node: YamlNode, via?: Alias): Range {
    return via ? this.rangeOf(via) : this.rangeOf(node);
  }

  // ---------------------------------------------------------------- resolution

  /** Follows an alias to its anchored node (undefined for an unknown or blocked alias). */
  resolve(node: unknown): ComposeNode | null {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return this.aliasTargets.get(node) ?? null;
    if (isScalar(node) && node.value === null) return null;
    return node as ComposeNode;
  }

  /** Effective keys of a mapping, with `<<` merges applied (own keys win, earlier merge sources win). */
  entries(map: YAMLMap, via?: Alias): Entry[] {
    let base = this.entryCache.get(map);
    if (!base) {
      base = this.computeEntries(map, new Set());
      this.entryCache.set(map, base);
    }
    return via ? base.map((e) => (e.via ? e : { ...e, via })) : base;
  }

  get(map: YAMLMap | null | undefined, key: string, via?: Alias): Entry | undefined {
    if (!map) return undefined;
    let index = this.entryIndex.get(map);
    if (!index) {
      index = new Map();
      for (const e of this.entries(map)) index.set(e.key, e);
      this.entryIndex.set(map, index);
    }
    const e = index.get(key);
    return e && via && !e.via ? { ...e, via } : e;
  }

  /** Follows a path of keys from a mapping. */
  follow(map: YAMLMap | undefined, ...keys: string[]): Entry | undefined {
    let current: Entry | undefined;
    let m: YAMLMap | undefined = map;
    let via: Alias | undefined;
    for (const k of keys) {
      if (!m) return undefined;
      current = this.get(m, k, via);
      if (!current) return undefined;
      via = current.via;
      m = current.value && isMap(current.value) ? current.value : undefined;
    }
    return current;
  }

  /** Items of a sequence with aliases resolved; each with the alias it came through. */
  items(seq: YAMLSeq, via?: Alias): { node: ComposeNode | null; written: YamlNode | null; via?: Alias }[] {
    return seq.items.map((item) => {
      const written = item as YamlNode | null;
      const node = this.resolve(written);
      const itemVia = via ?? (isAlias(written) ? written : undefined);
      return { node, written, via: itemVia };
    });
  }

  private computeEntries(map: YAMLMap, visiting: Set<YAMLMap>): Entry[] {
    visiting.add(map);
    const own: Entry[] = [];
    const merged: Entry[] = [];
    for (const pair of map.items) {
      const keyNode = pair.key as YamlNode | null;
      if (!keyNode || !isScalar(keyNode)) continue;
      if (isMergeKey(keyNode)) {
        const sources: { map: YAMLMap; alias?: Alias }[] = [];
        const v = pair.value as YamlNode | null;
        const add = (n: YamlNode | null) => {
          if (isAlias(n)) {
            const t = this.resolve(n);
            if (t && isMap(t)) sources.push({ map: t, alias: n });
          } else if (n && isMap(n)) sources.push({ map: n });
        };
        if (v && isSeq(v)) v.items.forEach((i) => add(i as YamlNode));
        else add(v);
        for (const s of sources) {
          if (visiting.has(s.map)) continue;
          const inner = this.entryCache.get(s.map) ?? this.computeEntries(s.map, visiting);
          for (const e of inner) merged.push(s.alias ? { ...e, via: e.via ?? s.alias } : e);
        }
        continue;
      }
      const key = keyNode.value === null ? '' : String(keyNode.value);
      const written = (pair.value as YamlNode | null) ?? null;
      // `key: !reset …` removes the key from the merged result: the checks do not see it.
      if (isReset(written)) continue;
      own.push({ key, keyNode, value: this.resolve(written), written, pair, map });
    }
    visiting.delete(map);
    if (merged.length === 0) return own;
    const seen = new Set(own.map((e) => e.key));
    const out = [...own];
    for (const e of merged) {
      if (seen.has(e.key)) continue;
      seen.add(e.key);
      out.push(e);
    }
    return out;
  }

  private indexAliases(doc: Document.Parsed): void {
    // One pass in document order: an alias refers to the last anchor of that name before it.
    const anchors = new Map<string, ComposeNode>();
    const aliases: Alias[] = [];
    let nodes = 0;
    const stack: unknown[] = [doc.contents];
    while (stack.length) {
      const n = stack.pop();
      if (!n) continue;
      nodes++;
      if (isAlias(n)) {
        this.aliasTargets.set(n, anchors.get(n.source));
        aliases.push(n);
        continue;
      }
      if (isPair(n)) {
        stack.push(n.value, n.key);
        continue;
      }
      const node = n as ComposeNode;
      if (node.anchor) anchors.set(node.anchor, node);
      if (isScalar(node)) {
        if (node.type && node.type !== 'PLAIN' && node.range) this.quotedRanges.push([node.range[0], node.range[1]]);
        if (typeof node.value === 'string' && node.value.includes('$')) this.dollarScalars.push(node);
      }
      if (isMap(node) || isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
    this.quotedRanges.sort((a, b) => a[0] - b[0]);
    if (aliases.length === 0) return;
    // Expanded size of each anchored node, memoised; a cycle counts as unbounded.
    const sizes = new Map<YamlNode, number>();
    const inProgress = new Set<YamlNode>();
    const sizeOf = (n: unknown): number => {
      if (!n || typeof n !== 'object') return 1;
      if (isAlias(n)) {
        const t = this.aliasTargets.get(n);
        return t ? sizeOf(t) : 1;
      }
      if (isPair(n)) return sizeOf(n.key) + sizeOf(n.value);
      const node = n as YamlNode;
      if (!isMap(node) && !isSeq(node)) return 1;
      const known = sizes.get(node);
      if (known !== undefined) return known;
      if (inProgress.has(node)) return Number.POSITIVE_INFINITY;
      inProgress.add(node);
      let total = 1;
      for (const item of node.items) {
        total += sizeOf(item);
        if (total > 1e15) break;
      }
      inProgress.delete(node);
      sizes.set(node, total);
      return total;
    };
    let total = 0;
    try {
      total = sizeOf(doc.contents);
    } catch {
      total = Number.POSITIVE_INFINITY;
    }
    if (total <= MAX_EXPANDED_NODES || total <= nodes * MAX_EXPANSION_RATIO) return;
    let reported = false;
    for (const a of aliases) {
      const t = this.aliasTargets.get(a);
      const size = t ? sizeOf(t) : 1;
      if (size > MAX_EXPANDED_NODES / 10 || !Number.isFinite(size)) {
        this.blockedAliases.add(a);
        this.aliasTargets.set(a, undefined);
        if (!reported) {
          reported = true;
          this.problems.push({
            kind: 'aliasBomb',
            message: '',
            range: this.rangeOf(a),
            data: { alias: `*${a.source}`, size: Number.isFinite(size) ? size.toLocaleString('en-US') : 'endlessly many (it is used inside its own anchor)', total: Number.isFinite(total) ? total.toLocaleString('en-US') : 'endlessly many' },
          });
        }
      }
    }
  }

  /** Computes a fact about an object once per model. */
  cached<K extends object, V>(kind: string, key: K, compute: (key: K) => V): V {
    let table = this.memo.get(kind);
    if (!table) {
      table = new WeakMap();
      this.memo.set(kind, table);
    }
    if (table.has(key)) return table.get(key) as V;
    const v = compute(key);
    table.set(key, v);
    return v;
  }

  // ---------------------------------------------------------------- values

  /** A scalar as a string (numbers and booleans as written), or undefined for collections and empty values. */
  str(node: YamlNode | null | undefined): string | undefined {
    if (!node || !isScalar(node) || node.value === null || node.value === undefined) return undefined;
    if (typeof node.value === 'string') return node.value;
    if (typeof node.value === 'symbol') return undefined;
    return typeof node.source === 'string' ? node.source : String(node.value);
  }

  /** A scalar entry's value as a string. */
  value(e: Entry | undefined): string | undefined {
    return e ? this.str(e.value) : undefined;
  }

  /** Interpolates a string with the `.env` variables (cached). */
  interpolate(s: string): Interpolated {
    let r = this.interpCache.get(s);
    if (!r) {
      r = interpolate(s, this.env);
      this.interpCache.set(s, r);
    }
    return r;
  }

  /** A scalar's value after interpolation; undefined when it depends on a variable we cannot know. */
  resolved(node: YamlNode | null | undefined): string | undefined {
    const s = this.str(node);
    if (s === undefined) return undefined;
    return hasInterpolation(s) || s.includes('$$') ? this.interpolate(s).value : s;
  }

  /** True for `true`, `"true"` (and YAML 1.1 spellings Compose accepts). */
  isTrue(node: YamlNode | null | undefined): boolean {
    if (node && isScalar(node) && node.value === true) return true;
    const s = this.resolved(node);
    return s !== undefined && /^(true|yes|on|y)$/i.test(s);
  }

  /** Items of a list-or-string value (`cap_add: [ALL]`, `profiles: debug`) as strings with their nodes. */
  strings(e: Entry | undefined): { value: string; node: YamlNode; via?: Alias }[] {
    if (!e || !e.value) return [];
    if (isScalar(e.value)) {
      const s = this.str(e.value);
      return s === undefined ? [] : [{ value: s, node: e.written ?? e.value, via: e.via }];
    }
    if (!isSeq(e.value)) return [];
    const out: { value: string; node: YamlNode; via?: Alias }[] = [];
    for (const item of this.items(e.value, e.via ?? (isAlias(e.written) ? e.written : undefined))) {
      const s = this.str(item.node);
      if (s !== undefined && item.written) out.push({ value: s, node: item.written, via: item.via });
    }
    return out;
  }

  /** `environment`, `labels`, `build.args`: a mapping or a `KEY=VALUE` list, as name → value with locations. */
  keyValues(e: Entry | undefined): { name: string; value: string | undefined; nameRange: Range; valueRange: Range; node: YamlNode; entry?: Entry; via?: Alias }[] {
    if (!e || !e.value) return [];
    const out: { name: string; value: string | undefined; nameRange: Range; valueRange: Range; node: YamlNode; entry?: Entry; via?: Alias }[] = [];
    const via = e.via ?? (isAlias(e.written) ? e.written : undefined);
    if (isMap(e.value)) {
      for (const kv of this.entries(e.value, via)) {
        out.push({ name: kv.key, value: this.str(kv.value), nameRange: this.keyRange(kv), valueRange: this.valueRange(kv), node: kv.keyNode, entry: kv, via: kv.via });
      }
    } else if (isSeq(e.value)) {
      for (const item of this.items(e.value, via)) {
        const s = this.str(item.node);
        if (s === undefined || !item.written) continue;
        const eq = s.indexOf('=');
        const name = eq < 0 ? s : s.slice(0, eq);
        const r = this.nodeRange(item.written, item.via);
        const inner = !item.via && isScalar(item.written) ? this.scalarTextRange(item.written as Scalar, eq < 0 ? 0 : eq + 1, s.length) : r;
        out.push({ name, value: eq < 0 ? undefined : s.slice(eq + 1), nameRange: r, valueRange: inner ?? r, node: item.written, via: item.via });
      }
    }
    return out;
  }

  /**
   * The range of characters [from, to) of a scalar's value, when the scalar is written plainly or in
   * quotes without escapes (so value offsets map to text offsets); undefined otherwise.
   */
  scalarTextRange(node: Scalar, from: number, to: number): Range | undefined {
    const r = node.range;
    if (!r) return undefined;
    const raw = this.text.slice(r[0], r[1]);
    const value = this.str(node);
    if (value === undefined) return undefined;
    let offset: number;
    if (node.type === 'PLAIN') offset = r[0];
    else if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && raw.length === value.length + 2) offset = r[0] + 1;
    else return undefined;
    if (this.text.slice(offset, offset + value.length) !== value) return undefined;
    return this.offsetRange(offset + from, offset + to);
  }

  // ---------------------------------------------------------------- top level

  /** Top-level `networks`, `volumes`, `secrets`, `configs` declarations. */
  declarations(kind: 'networks' | 'volumes' | 'secrets' | 'configs' | 'services'): Entry[] {
    if (!this.root) return [];
    const e = this.get(this.root, kind);
    if (!e?.value || !isMap(e.value)) return [];
    return this.entries(e.value, e.via);
  }

  /**
   * Names declared in other files that Compose merges with this one: the base file for a layered file
   * (`compose.prod.yaml` over `compose.yaml`), the override for a base file, and `include`d files.
   * Returns null when a file that could declare names cannot be read (then nothing can be called undefined).
   */
  foreignDeclarations(kind: 'networks' | 'volumes' | 'secrets' | 'configs' | 'services'): Set<string> | null {
    if (this.foreignNames.has(kind)) return this.foreignNames.get(kind)!;
    let names: Set<string> | null = new Set();
    const sources: string[] = [];
    if (this.layered) {
      const bases = BASE_NAMES.filter((n) => this.files.exists?.(n));
      // An override whose base file is elsewhere (passed with `-f`): any name may be declared there.
      if (bases.length === 0) names = null;
      sources.push(...bases);
    }
    for (const inc of names ? this.includePaths() : []) {
      if (inc.path === undefined) {
        names = null;
        break;
      }
      sources.push(inc.path);
    }
    if (names && !this.layered) sources.push(...OVERRIDE_NAMES.filter((n) => this.files.exists?.(n)));
    if (names) {
      for (const src of sources) {
        if (this.files.path && src === baseName(this.files.path)) continue;
        const text = safeRead(this.files, src);
        if (text === undefined || text.length > MAX_COMPOSE_BYTES) {
          if (this.files.exists?.(src) !== false) {
            names = null;
            break;
          }
          continue;
        }
        try {
          const d = parseDocument(text, { merge: true, customTags: COMPOSE_TAGS });
          const section = d.get(kind, true);
          if (section && isMap(section)) for (const p of section.items) if (isScalar(p.key)) names.add(String(p.key.value));
        } catch {
          names = null;
          break;
        }
      }
    }
    this.foreignNames.set(kind, names);
    return names;
  }

  /** `include:` entries: their path (undefined when it depends on a variable) and node. */
  includePaths(): { path: string | undefined; node: YamlNode; via?: Alias }[] {
    if (!this.root) return [];
    const inc = this.get(this.root, 'include');
    if (!inc?.value || !isSeq(inc.value)) return [];
    const out: { path: string | undefined; node: YamlNode; via?: Alias }[] = [];
    for (const item of this.items(inc.value, inc.via)) {
      if (!item.node || !item.written) continue;
      if (isScalar(item.node)) out.push({ path: this.resolved(item.node), node: item.written, via: item.via });
      else if (isMap(item.node)) {
        const p = this.get(item.node, 'path', item.via);
        const paths = p?.value && isSeq(p.value) ? this.items(p.value, p.via).map((x) => x.node) : [p?.value ?? null];
        for (const x of paths) if (x) out.push({ path: this.resolved(x), node: x, via: item.via });
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- JSON view for the schema

  /**
   * The document as plain data for schema validation, merges applied. Blocked aliases become null.
   * Top-level `x-` extensions are left out (the schema accepts anything there).
   */
  toData(): unknown {
    if (!this.root) return undefined;
    const out: Record<string, unknown> = {};
    for (const e of this.entries(this.root)) {
      if (e.key.startsWith('x-')) {
        out[e.key] = null;
        continue;
      }
      out[e.key] = this.nodeToData(e.value, 0);
    }
    return out;
  }

  private nodeToData(node: YamlNode | null, depth: number): unknown {
    if (!node) return null;
    if (depth > 200) return null;
    if (isScalar(node)) {
      const v = node.value;
      return typeof v === 'symbol' ? '<<' : v instanceof Date ? this.str(node) : typeof v === 'bigint' ? Number(v) : v;
    }
    if (isMap(node)) {
      const o: Record<string, unknown> = {};
      for (const e of this.entries(node)) o[e.key] = this.nodeToData(e.value, depth + 1);
      return o;
    }
    if (isSeq(node)) return node.items.map((i) => this.nodeToData(this.resolve(i), depth + 1));
    return null;
  }

  /** Finds the node at a JSON pointer path of `toData()` (e.g. `/services/web/ports/0`). */
  locate(path: string): Located {
    const parts = path === '' ? [] : path.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node: YamlNode | null = this.root ?? null;
    let entry: Entry | undefined;
    let via: Alias | undefined;
    for (const part of parts) {
      if (node && isMap(node)) {
        entry = this.get(node, part, via);
        if (!entry) return { node, entry: undefined, via };
        via = entry.via;
        node = entry.value;
      } else if (node && isSeq(node)) {
        const written = node.items[Number(part)] as YamlNode | undefined;
        if (!written) return { node, via };
        if (!via && isAlias(written)) via = written;
        node = this.resolve(written);
        entry = undefined;
        if (!node) return { node: written, via };
      } else return { node, entry, via };
    }
    return { node, entry, via };
  }

  // ---------------------------------------------------------------- minimal text edits

  /** Column where the keys of a block mapping start. */
  indentOf(map: YAMLMap): number | undefined {
    for (const p of map.items) {
      const k = p.key as YamlNode | null;
      if (k?.range) return this.position(k.range[0]).character;
    }
    return undefined;
  }

  /** True when the learner wrote this mapping as a block (one key per line) we can insert into. */
  isBlockMap(map: YAMLMap | undefined): map is YAMLMap {
    return !!map && !map.flow && map.items.length > 0 && map.items.every((p) => isScalar(p.key));
  }

  /**
   * Inserts `lines` (already relative to the mapping's indentation: '' for the first level) as new
   * entries at the end of a block mapping, with the file's line breaks and indentation.
   */
  appendToMap(map: YAMLMap, lines: string[]): TextEdit | undefined {
    if (!this.isBlockMap(map)) return undefined;
    const indent = this.indentOf(map);
    if (indent === undefined) return undefined;
    const end = this.contentEnd(map);
    const at = this.position(end);
    const eol = this.lines.eol;
    const pad = ' '.repeat(indent);
    const body = lines.map((l) => pad + l).join(eol);
    return { range: { start: at, end: at }, newText: eol + body };
  }

  /** Text for one indentation level deeper. */
  get unit(): string {
    return ' '.repeat(this.indentUnit);
  }

  /** Deletes an entry written in a block mapping: its lines from the key to the end of the value. */
  removeEntry(e: Entry): TextEdit | undefined {
    if (e.via || e.map.flow) return undefined;
    const keyStart = e.keyNode.range?.[0];
    if (keyStart === undefined) return undefined;
    const startPos = this.position(keyStart);
    const before = this.lines.lineText(startPos.line).slice(0, startPos.character);
    if (before.trim() !== '') return undefined;
    const endNode = e.written ?? e.keyNode;
    const endPos = this.position(this.contentEnd(endNode));
    const afterValue = this.lines.lineText(endPos.line).slice(endPos.character);
    if (afterValue.trim() !== '' && !afterValue.trim().startsWith('#')) return undefined;
    const startOffset = this.lines.offsetAt({ line: startPos.line, character: 0 });
    const nextLine = endPos.line + 1;
    const endOffset = nextLine < this.lines.lineCount ? this.lines.offsetAt({ line: nextLine, character: 0 }) : this.text.length;
    return { range: this.lines.rangeOf(startOffset, endOffset), newText: '' };
  }

  /** Replaces a node's written text. */
  replace(node: YamlNode, newText: string): TextEdit | undefined {
    if (!node.range) return undefined;
    return { range: this.offsetRange(node.range[0], node.range[1]), newText };
  }

  /** Offset just after the `:` that follows an entry's key. */
  afterColon(e: Entry): number {
    const end = e.keyNode.range?.[1] ?? 0;
    return this.colonEnd(end);
  }

  /** Column of an entry's key. */
  keyColumn(e: Entry): number {
    return this.position(e.keyNode.range?.[0] ?? 0).character;
  }

  private colonEnd(offset: number): number {
    const i = this.text.indexOf(':', offset);
    return i < 0 || i - offset > 200 ? offset : i + 1;
  }
}

/**
 * Compose's own YAML tags for merging files: `!reset` (drop the value inherited from another file) and
 * `!override` (replace it instead of merging). They keep the value as written.
 */
const COMPOSE_TAGS: Tags = ['!reset', '!override'].flatMap((tag) => [
  { tag, resolve: (value: string) => value },
  { tag, collection: 'map' as const, resolve: (value: unknown) => value as YAMLMap },
  { tag, collection: 'seq' as const, resolve: (value: unknown) => value as YAMLSeq },
]) as unknown as Tags;

/** True when a node carries `!reset`: the key is removed from the merged result. */
export function isReset(node: YamlNode | null | undefined): boolean {
  return !!node && (node as { tag?: string }).tag === '!reset';
}

function isMergeKey(key: Scalar): boolean {
  return typeof key.value === 'symbol' || (key.type === 'PLAIN' && key.value === '<<');
}

function safeRead(files: FileContext, rel: string): string | undefined {
  try {
    return files.read?.(rel);
  } catch {
    return undefined;
  }
}

function baseName(p: string): string {
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}

function cleanYamlMessage(m: string): string {
  return m.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}

function detectIndent(root: YAMLMap | undefined, model: ComposeModel): number | undefined {
  if (!root) return undefined;
  for (const p of root.items) {
    const v = p.value as YamlNode | null;
    if (v && isMap(v) && !v.flow) {
      const col = model.indentOf(v);
      const rootCol = model.indentOf(root) ?? 0;
      if (col !== undefined && col > rootCol) return col - rootCol;
    }
  }
  return undefined;
}

export { hasInterpolation };
