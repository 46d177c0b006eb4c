import { isAlias, isMap, isScalar, isSeq, type Alias, type Node as YamlNode } from 'yaml';
import { globToRegExp } from '../glob';
import type { Range, TextEdit } from '../../text/text';
import type { ComposeModel, Entry, Service } from './model';

// ------------------------------------------------------------------ images

export interface ImageName {
  /** As written after interpolation. */
  ref: string;
  registry: string | undefined;
  /** Repository path without registry, lowercased (`library/postgres` → `postgres`). */
  repository: string;
  /** Last path segment (`bitnami/postgresql` → `postgresql`). */
  base: string;
  tag: string | undefined;
  digest: string | undefined;
}

export function parseImage(ref: string): ImageName {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | undefined;
  const first = rest.split('/')[0];
  if (rest.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    rest = rest.slice(first.length + 1);
  }
  let repository = rest.toLowerCase();
  if (repository.startsWith('library/')) repository = repository.slice(8);
  const base = repository.slice(repository.lastIndexOf('/') + 1);
  return { ref, registry, repository, base, tag: tag || undefined, digest: digest || undefined };
}

/** Tags that move to another image over time (dclint's default list). */
export const FLOATING_TAGS = new Set(['latest', 'stable', 'edge', 'test', 'nightly', 'dev', 'beta', 'canary', 'lts', 'main', 'master', 'mainline', 'current', 'rolling']);

export interface DataService {
  kind: string;
  /** Where the engine keeps its data inside the container. */
  dataPaths: string[];
}

const DATA_IMAGES: [RegExp, DataService][] = [
  [/^(postgres|postgresql|postgis|timescaledb(-ha)?|pgvector|supabase-postgres)$/, { kind: 'PostgreSQL', dataPaths: ['/var/lib/postgresql/data', '/var/lib/postgresql', '/bitnami/postgresql', '/home/postgres/pgdata'] }],
  [/^(mysql|mysql-server|percona(-server)?)$/, { kind: 'MySQL', dataPaths: ['/var/lib/mysql', '/bitnami/mysql'] }],
  [/^mariadb(-server)?$/, { kind: 'MariaDB', dataPaths: ['/var/lib/mysql', '/bitnami/mariadb'] }],
  [/^(mongo|mongodb(-community-server)?)$/, { kind: 'MongoDB', dataPaths: ['/data/db', '/bitnami/mongodb'] }],
  [/^(redis|redis-stack(-server)?|valkey|keydb|dragonfly)$/, { kind: 'Redis', dataPaths: ['/data', '/bitnami/redis'] }],
  [/^(elasticsearch|opensearch)$/, { kind: 'Elasticsearch', dataPaths: ['/usr/share/elasticsearch/data', '/usr/share/opensearch/data'] }],
  [/^(cassandra|scylla)$/, { kind: 'Cassandra', dataPaths: ['/var/lib/cassandra', '/var/lib/scylla'] }],
  [/^couchdb$/, { kind: 'CouchDB', dataPaths: ['/opt/couchdb/data'] }],
  [/^neo4j$/, { kind: 'Neo4j', dataPaths: ['/data'] }],
  [/^(influxdb)$/, { kind: 'InfluxDB', dataPaths: ['/var/lib/influxdb', '/var/lib/influxdb2'] }],
  [/^clickhouse(-server)?$/, { kind: 'ClickHouse', dataPaths: ['/var/lib/clickhouse'] }],
  [/^rabbitmq$/, { kind: 'RabbitMQ', dataPaths: ['/var/lib/rabbitmq'] }],
  [/^(mssql|server)$/, { kind: 'SQL Server', dataPaths: ['/var/opt/mssql'] }],
  [/^memcached$/, { kind: 'Memcached', dataPaths: [] }],
];

/** Databases, caches and queues, recognised by image name. */
export function dataServiceOf(image: string | undefined): DataService | undefined {
  if (!image) return undefined;
  const img = parseImage(image);
  for (const [re, info] of DATA_IMAGES) {
    if (!re.test(img.base)) continue;
    if (img.base === 'server' && !img.repository.includes('mssql')) continue;
    return info;
  }
  return undefined;
}

// ------------------------------------------------------------------ ports

export interface PortMapping {
  hostIp: string | undefined;
  /** Published host port or range as written (`8080`, `8000-8010`); undefined when only the container port is given. */
  published: string | undefined;
  target: string;
  protocol: string;
}

/** Parses the short port syntax `[[IP:]HOST:]CONTAINER[/PROTOCOL]` (IPv6 in brackets). */
export function parsePortString(s: string): PortMapping | undefined {
  let rest = s.trim();
  let protocol = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    protocol = rest.slice(slash + 1).toLowerCase();
    rest = rest.slice(0, slash);
  }
  let hostIp: string | undefined;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return undefined;
    hostIp = rest.slice(1, close);
    rest = rest.slice(close + 1).replace(/^:/, '');
  }
  const parts = rest.split(':');
  if (parts.length === 1) return { hostIp, published: undefined, target: parts[0], protocol };
  if (parts.length === 2) return { hostIp, published: parts[0] === '' ? undefined : parts[0], target: parts[1], protocol };
  const target = parts.pop()!;
  const published = parts.pop()!;
  if (hostIp === undefined) hostIp = parts.join(':');
  return { hostIp, published: published === '' ? undefined : published, target, protocol };
}

export interface PortUse {
  mapping: PortMapping;
  /** The list item as written (a scalar or a long-syntax mapping). */
  node: YamlNode;
  via?: Alias;
  /** The scalar when written in short syntax. */
  short: boolean;
}

/** A service's `ports:` with short and long syntax parsed (values interpolated where possible). */
export function portsOf(model: ComposeModel, service: Service): PortUse[] {
  return model.cached('ports', service, () => computePorts(model, service));
}

function computePorts(model: ComposeModel, service: Service): PortUse[] {
  const e = service.get('ports');
  if (!e?.value || !isSeq(e.value)) return [];
  const out: PortUse[] = [];
  for (const item of model.items(e.value, e.via)) {
    if (!item.node || !item.written) continue;
    if (isScalar(item.node)) {
      const s = model.resolved(item.node);
      if (s === undefined) continue;
      const m = parsePortString(s);
      if (m) out.push({ mapping: m, node: item.written, via: item.via, short: true });
    } else if (isMap(item.node)) {
      const get = (k: string) => model.resolved(model.get(item.node as never, k)?.value);
      const target = get('target');
      if (target === undefined) continue;
      out.push({ mapping: { hostIp: get('host_ip'), published: get('published') || undefined, target, protocol: (get('protocol') ?? 'tcp').toLowerCase() }, node: item.written, via: item.via, short: false });
    }
  }
  return out;
}

export function isLoopback(ip: string | undefined): boolean {
  return !!ip && (/^127\./.test(ip) || ip === '::1' || ip === 'localhost');
}

/** Expands `8000-8002` into numbers; undefined for anything that is not a port or range. */
export function portNumbers(published: string): number[] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(published);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  if (b < a || b - a > 5000) return undefined;
  const out: number[] = [];
  for (let p = a; p <= b; p++) out.push(p);
  return out;
}

// ------------------------------------------------------------------ volumes

export interface VolumeMount {
  type: 'bind' | 'volume' | 'anonymous' | 'tmpfs' | 'other';
  source: string | undefined;
  target: string | undefined;
  readOnly: boolean;
  node: YamlNode;
  via?: Alias;
  short: boolean;
}

/** True when a short-syntax volume source is a host path (relative, absolute, home or Windows drive). */
export function isHostPath(source: string): boolean {
  return /^(\.|\/|~|\$|[A-Za-z]:[\\/]|\\\\)/.test(source);
}

/** Parses `SOURCE:TARGET[:MODE]`, `TARGET` (anonymous), and Windows drive letters. */
export function parseVolumeString(s: string): { source: string | undefined; target: string | undefined; mode: string | undefined } {
  const parts: string[] = [];
  let rest = s;
  // Keep `C:\…` drive letters together.
  while (rest.length) {
    const drive = /^[A-Za-z]:[\\/]/.exec(rest);
    const from = drive ? 2 : 0;
    const i = rest.indexOf(':', from);
    if (i < 0) {
      parts.push(rest);
      break;
    }
    parts.push(rest.slice(0, i));
    rest = rest.slice(i + 1);
  }
  if (parts.length === 1) return { source: undefined, target: parts[0], mode: undefined };
  return { source: parts[0], target: parts[1], mode: parts.slice(2).join(':') || undefined };
}

export function volumesOf(model: ComposeModel, service: Service): VolumeMount[] {
  return model.cached('volumes', service, () => computeVolumes(model, service));
}

function computeVolumes(model: ComposeModel, service: Service): VolumeMount[] {
  const e = service.get('volumes');
  if (!e?.value || !isSeq(e.value)) return [];
  const out: VolumeMount[] = [];
  for (const item of model.items(e.value, e.via)) {
    if (!item.node || !item.written) continue;
    if (isScalar(item.node)) {
      const raw = model.str(item.node);
      if (raw === undefined) continue;
      const s = model.resolved(item.node) ?? raw;
      const v = parseVolumeString(s);
      const type = v.source === undefined ? 'anonymous' : isHostPath(v.source) ? 'bind' : 'volume';
      out.push({ type, source: v.source, target: v.target, readOnly: /(^|,)ro(,|$)/.test(v.mode ?? ''), node: item.written, via: item.via, short: true });
    } else if (isMap(item.node)) {
      const get = (k: string) => model.resolved(model.get(item.node as never, k)?.value);
      const t = get('type');
      const source = get('source');
      const type = t === 'bind' ? 'bind' : t === 'volume' ? (source ? 'volume' : 'anonymous') : t === 'tmpfs' ? 'tmpfs' : 'other';
      out.push({ type, source, target: get('target'), readOnly: model.isTrue(model.get(item.node, 'read_only')?.value), node: item.written, via: item.via, short: false });
    }
  }
  return out;
}

// ------------------------------------------------------------------ durations, names, misc

/** Compose durations: `1m30s`, `10s`, `500ms`, `1h`, `2.5s`. */
export function isDuration(s: string): boolean {
  return /^(\d+(\.\d+)?(us|µs|ms|s|m|h))+$/.test(s) || /^0$/.test(s);
}

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > 3) return Math.abs(m - n);
  const d: number[][] = [];
  for (let i = 0; i <= m; i++) {
    d.push(new Array<number>(n + 1).fill(0));
    d[i][0] = i;
  }
  for (let j = 0; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      // A swap of two neighbours counts as one edit (`restrat` → `restart`).
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[m][n];
}

/** The closest candidate within a small edit distance (or differing only in case, `-`/`_`), if any. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/-/g, '_');
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const limit = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
  for (const c of candidates) {
    if (norm(c) === norm(word)) return c;
    const d = editDistance(norm(word), norm(c));
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  if (bestDistance <= limit) return best;
  // `healthy` → `service_healthy`: a single candidate that contains the word.
  const containing = [...candidates].filter((c) => word.length >= 4 && norm(c).includes(norm(word)));
  return containing.length === 1 ? containing[0] : undefined;
}

/** A service's image reference after interpolation (undefined when unknown or absent). */
export function imageOf(model: ComposeModel, service: Service): string | undefined {
  return model.resolved(service.get('image')?.value);
}

/** Where to report something about a whole service: its key (or the alias it came through). */
export function serviceRange(model: ComposeModel, service: Service): Range {
  return model.keyRange(service.entry);
}

/** Names of the services a service depends on, with where each is written and its condition. */
export interface Dependency {
  name: string;
  range: Range;
  condition: string | undefined;
  node: YamlNode;
  entry?: Entry;
  via?: Alias;
}

export function dependenciesOf(model: ComposeModel, service: Service): Dependency[] {
  return model.cached('dependencies', service, () => computeDependencies(model, service));
}

function computeDependencies(model: ComposeModel, service: Service): Dependency[] {
  const e = service.get('depends_on');
  if (!e?.value) return [];
  if (isSeq(e.value)) return model.strings(e).map((s) => ({ name: s.value, range: model.nodeRange(s.node, s.via), condition: undefined, node: s.node, via: s.via }));
  if (isMap(e.value)) {
    return model.entries(e.value, e.via).map((d) => ({
      name: d.key,
      range: model.keyRange(d),
      condition: d.value && isMap(d.value) ? model.resolved(model.get(d.value, 'condition')?.value) : undefined,
      node: d.keyNode,
      entry: d,
      via: d.via,
    }));
  }
  return [];
}

/** True when a service has a healthcheck that is not disabled. */
export function hasHealthcheck(model: ComposeModel, service: Service): boolean {
  const hc = service.get('healthcheck');
  if (!hc?.value || !isMap(hc.value)) return false;
  if (model.isTrue(model.get(hc.value, 'disable')?.value)) return false;
  const test = model.get(hc.value, 'test');
  if (test && isSeq(test.value) && model.str(test.value.items[0] as YamlNode) === 'NONE') return false;
  return true;
}

/** Where the Dockerfile of a build service lives, relative to the compose file (undefined for remote contexts or variables). */
export function dockerfilePathOf(model: ComposeModel, service: Service): string | undefined {
  const b = service.get('build');
  if (!b?.value) return undefined;
  let context: string | undefined;
  let dockerfile = 'Dockerfile';
  if (isScalar(b.value)) context = model.resolved(b.value);
  else if (isMap(b.value)) {
    context = model.resolved(model.get(b.value, 'context')?.value) ?? '.';
    if (model.get(b.value, 'dockerfile_inline')) return undefined;
    dockerfile = model.resolved(model.get(b.value, 'dockerfile')?.value) ?? 'Dockerfile';
  }
  if (context === undefined || /^[a-z]+:\/\/|^git@|\.git(#|$)/.test(context)) return undefined;
  if (dockerfile.startsWith('/')) return dockerfile;
  return joinPath(context, dockerfile);
}

/** The Dockerfile text of a build service, when it can be read. */
export function dockerfileOf(model: ComposeModel, service: Service): string | undefined {
  const b = service.get('build');
  if (b?.value && isMap(b.value)) {
    const inline = model.str(model.get(b.value, 'dockerfile_inline')?.value);
    if (inline !== undefined) return inline;
  }
  const p = dockerfilePathOf(model, service);
  if (!p) return undefined;
  try {
    return model.files.read?.(p);
  } catch {
    return undefined;
  }
}

export function joinPath(dir: string, file: string): string {
  if (dir === '' || dir === '.' || dir === './') return file;
  return `${dir.replace(/[\\/]+$/, '')}/${file.replace(/^\.\//, '')}`;
}

/** Services that run to completion (others wait for `service_completed_successfully`, or `restart: "no"`). */
export function oneShotServices(model: ComposeModel): Set<string> {
  return model.cached('oneShot', model, () => computeOneShot(model));
}

function computeOneShot(model: ComposeModel): Set<string> {
  const out = new Set<string>();
  for (const s of model.services) {
    for (const d of dependenciesOf(model, s)) if (d.condition === 'service_completed_successfully') out.add(d.name);
  }
  return out;
}

/** Development files (override, `*dev*`, `.devcontainer/`): production-hardening rules stay quiet there. */
export function isDevelopment(model: ComposeModel): boolean {
  return model.role === 'development';
}

/** Services expected to keep running: not the one-shot jobs others wait to complete. */
export function longRunningServices(model: ComposeModel): Service[] {
  const oneShot = oneShotServices(model);
  return model.services.filter((s) => s.map && !oneShot.has(s.name));
}

/** An edit appending keys to a service written as a block mapping in this file (none when it comes from an alias). */
export function appendToService(model: ComposeModel, service: Service, lines: string[]): TextEdit | undefined {
  if (!service.map || service.entry.via || isAlias(service.entry.written)) return undefined;
  return model.appendToMap(service.map, lines);
}

/** A ready-made healthcheck `test` for well-known images, to quote in messages. */
export function healthcheckHint(image: string | undefined): string | undefined {
  const kind = dataServiceOf(image)?.kind;
  switch (kind) {
    case 'PostgreSQL':
      return '["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres}"]';
    case 'MySQL':
      return '["CMD", "mysqladmin", "ping", "-h", "127.0.0.1"]';
    case 'MariaDB':
      return '["CMD", "healthcheck.sh", "--connect", "--innodb_initialized"]';
    case 'Redis':
      return '["CMD", "redis-cli", "ping"]';
    case 'MongoDB':
      return '["CMD", "mongosh", "--quiet", "--eval", "db.adminCommand(\'ping\')"]';
    default:
      return undefined;
  }
}

/**
 * Rewrites a short `depends_on` list (`[db, cache]`) as the long form, each dependency with the condition
 * `conditionOf(name)` gives; none when the list is not plain names written in this file.
 */
export function longDependsOnEdit(model: ComposeModel, e: Entry, conditionOf: (name: string) => string): TextEdit | undefined {
  if (e.via || !e.written || !isSeq(e.written) || e.map.flow) return undefined;
  const names: string[] = [];
  for (const item of e.written.items) {
    if (!isScalar(item) || typeof item.value !== 'string' || !/^[A-Za-z0-9._-]+$/.test(item.value)) return undefined;
    names.push(item.value);
  }
  if (names.length === 0) return undefined;
  const pad = ' '.repeat(model.keyColumn(e) + model.indentUnit);
  const eol = model.lines.eol;
  const body = names.map((n) => `${pad}${n}:${eol}${pad}${model.unit}condition: ${conditionOf(n)}`).join(eol);
  return { range: model.offsetRange(model.afterColon(e), model.contentEnd(e.written)), newText: eol + body };
}

// ------------------------------------------------------------------ .gitignore

/** True when a path (relative to the folder of the `.gitignore`, with `/`) is ignored by its patterns. */
export function gitIgnores(gitignore: string, relPath: string): boolean {
  let ignored = false;
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  for (const raw of gitignore.split(/\r?\n/)) {
    let line = raw.replace(/\s+$/, '');
    if (!line || line.startsWith('#')) continue;
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    }
    if (line.endsWith('/')) continue; // directory patterns do not name our files
    const anchored = line.includes('/') && !line.startsWith('**/');
    const pattern = line.replace(/^\//, '').replace(/^\*\*\//, '');
    const re = globToRegExp(pattern);
    const hit = anchored ? re.test(relPath) || parentMatches(relPath, re) : re.test(name) || re.test(relPath);
    if (hit) ignored = !negate;
  }
  return ignored;
}

function parentMatches(relPath: string, re: RegExp): boolean {
  const parts = relPath.split('/');
  for (let i = 1; i < parts.length; i++) if (re.test(parts.slice(0, i).join('/'))) return true;
  return false;
}

/** Secrets or configs a service uses (short `- name` or long `- source: name`), with `build.secrets` for secrets. */
export function referencesOf(model: ComposeModel, service: Service, kind: 'secrets' | 'configs'): { name: string; range: Range; node: YamlNode; via?: Alias }[] {
  const out: { name: string; range: Range; node: YamlNode; via?: Alias }[] = [];
  const collect = (e: Entry | undefined) => {
    if (!e?.value || !isSeq(e.value)) return;
    for (const item of model.items(e.value, e.via ?? (isAlias(e.written) ? e.written : undefined))) {
      if (!item.node || !item.written) continue;
      const name = isScalar(item.node) ? model.str(item.node) : isMap(item.node) ? model.str(model.get(item.node, 'source')?.value) : undefined;
      if (name) out.push({ name, range: model.nodeRange(item.written, item.via), node: item.written, via: item.via });
    }
  };
  collect(service.get(kind));
  const build = service.get('build');
  if (kind === 'secrets' && build?.value && isMap(build.value)) collect(model.get(build.value, 'secrets', build.via));
  return out;
}
