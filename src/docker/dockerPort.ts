/**
 * The core DockerPort over dockerode's modem. Every call carries a deadline combined with the caller's
 * AbortSignal; 404 becomes `undefined`; every other failure is classified and thrown as PortError.
 * List calls always narrow by name or label (names are matched exactly, not as Docker's substring regex),
 * so a check costs the same on an engine with five containers or five hundred.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type {
  ContainerInspect,
  ContainerSummary,
  DiskUsage,
  EngineEvent,
  EngineInfo,
  EngineVersion,
  FsChange,
  HistoryEntry,
  ImageInspect,
  ImageSummary,
  NetworkInspect,
  PathStat,
  VolumeInspect,
} from '../core/course/checkpoints/engineApi';
import {
  PortError,
  type CallOptions,
  type ContainerFilter,
  type DockerPort,
  type ProbeResult,
  type ProbeRun,
  type RegistryProbe,
  type StatProbe,
} from '../core/course/checkpoints/types';
import { readTar } from '../core/util/tar';
import { deadline, DockerSession } from './client';

export const LESSON_LABEL = 'docker-course.lesson';
export const PROBE_LABEL = 'docker-course.probe';

interface DialOptions {
  path: string;
  method: 'GET' | 'POST' | 'HEAD' | 'DELETE';
  query?: Record<string, unknown>;
  body?: unknown;
  isStream?: boolean;
  doing: string;
  timeoutMs?: number;
}

type Modem = { dial(o: Record<string, unknown>, cb: (err: unknown, data: unknown) => void): void };

export interface DockerPortOptions {
  /** Extra labels on probe containers (the test rig adds its per-run label). */
  probeLabels?: Record<string, string>;
}

export class EngineDockerPort implements DockerPort {
  constructor(
    readonly session: DockerSession,
    private readonly options: DockerPortOptions = {},
  ) {}

  get describe(): string {
    return this.session.describe;
  }

  private dial<T>(d: DialOptions, o?: CallOptions): Promise<T> {
    const modem = (this.session.client as unknown as { modem: Modem }).modem;
    const hasQuery = d.query && Object.keys(d.query).length > 0;
    const options = d.method === 'POST' ? { _query: d.query ?? {}, _body: d.body ?? {} } : d.query ?? {};
    const signal = deadline(d.timeoutMs ?? this.session.timeoutMs, o?.signal);
    return new Promise<T>((resolve, reject) => {
      modem.dial(
        {
          path: d.path + (hasQuery || d.method === 'POST' ? '?' : ''),
          method: d.method,
          options,
          abortSignal: signal,
          isStream: d.isStream,
          allowEmpty: true,
          statusCodes: { 200: true, 201: true, 204: true, 304: true, 400: 'bad parameter', 404: 'not found', 409: 'conflict', 500: 'server error', 503: 'unavailable' },
        },
        (err, data) => (err ? reject(err) : resolve(data as T)),
      );
    });
  }

  /** Runs a call; 404 → undefined; other errors → PortError with a classified failure. */
  private async get<T>(d: DialOptions, o?: CallOptions): Promise<T | undefined> {
    try {
      return await this.dial<T>(d, o);
    } catch (e) {
      if ((e as { statusCode?: number }).statusCode === 404) return undefined;
      throw new PortError(this.session.failure(e, d.doing));
    }
  }

  private async must<T>(d: DialOptions, o?: CallOptions): Promise<T> {
    const r = await this.get<T>(d, o);
    if (r === undefined) throw new PortError(this.session.failure({ statusCode: 404, message: `${d.path} not found` }, d.doing));
    return r;
  }

  async ping(o?: CallOptions): Promise<void> {
    await this.must<unknown>({ path: '/_ping', method: 'GET', doing: 'pinging Docker', timeoutMs: 3000 }, o);
  }

  version(o?: CallOptions): Promise<EngineVersion> {
    return this.must({ path: '/version', method: 'GET', doing: 'reading the engine version' }, o);
  }

  info(o?: CallOptions): Promise<EngineInfo> {
    return this.must({ path: '/info', method: 'GET', doing: 'reading engine information' }, o);
  }

  inspectContainer(nameOrId: string, o?: CallOptions): Promise<ContainerInspect | undefined> {
    return this.get({ path: `/containers/${encodeURIComponent(nameOrId)}/json`, method: 'GET', doing: `inspecting container ${nameOrId}` }, o);
  }

  async listContainers(filter: ContainerFilter, o?: CallOptions): Promise<ContainerSummary[]> {
    const filters: Record<string, string[]> = {};
    if (filter.name) filters.name = [`^/${escapeRegex(filter.name)}$`];
    if (filter.label?.length) filters.label = filter.label;
    if (filter.ancestor) filters.ancestor = [filter.ancestor];
    if (filter.volume) filters.volume = [filter.volume];
    if (filter.network) filters.network = [filter.network];
    if (Object.keys(filters).length === 0) throw new Error('listContainers needs a name, label or other filter: checks never list a whole shared daemon');
    const list = (await this.get<ContainerSummary[]>({ path: '/containers/json', method: 'GET', query: { all: true, filters }, doing: 'listing containers' }, o)) ?? [];
    return filter.name ? list.filter((c) => c.Names?.includes(`/${filter.name}`)) : list;
  }

  async containerLogs(id: string, tail: number, o?: CallOptions): Promise<string | undefined> {
    const raw = await this.get<Buffer | string | object>(
      { path: `/containers/${encodeURIComponent(id)}/logs`, method: 'GET', query: { stdout: true, stderr: true, tail }, doing: `reading the logs of ${id}` },
      o,
    );
    if (raw === undefined) return undefined;
    if (Buffer.isBuffer(raw)) return demux(raw);
    return typeof raw === 'string' ? raw : JSON.stringify(raw);
  }

  async containerChanges(id: string, o?: CallOptions): Promise<FsChange[] | undefined> {
    const r = await this.get<FsChange[] | null>({ path: `/containers/${encodeURIComponent(id)}/changes`, method: 'GET', doing: `reading the filesystem changes of ${id}` }, o);
    return r === undefined ? undefined : r ?? [];
  }

  async statPath(id: string, path: string, o?: CallOptions): Promise<PathStat | undefined> {
    const res = await this.get<IncomingMessage>(
      { path: `/containers/${encodeURIComponent(id)}/archive`, method: 'HEAD', query: { path }, isStream: true, doing: `looking for ${path} in ${id}` },
      o,
    );
    if (!res) return undefined;
    res.resume();
    const header = res.headers['x-docker-container-path-stat'];
    if (typeof header !== 'string') return undefined;
    return JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as PathStat;
  }

  async readFile(id: string, path: string, maxBytes: number, o?: CallOptions): Promise<Uint8Array | undefined> {
    const res = await this.get<IncomingMessage>(
      { path: `/containers/${encodeURIComponent(id)}/archive`, method: 'GET', query: { path }, isStream: true, doing: `reading ${path} from ${id}` },
      o,
    );
    if (!res) return undefined;
    const limit = maxBytes + 64 * 1024;
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of res as AsyncIterable<Buffer>) {
        chunks.push(chunk);
        total += chunk.length;
        if (total > limit) {
          res.destroy();
          break;
        }
      }
    } catch (e) {
      throw new PortError(this.session.failure(e, `reading ${path} from ${id}`));
    }
    const entry = readTar(Buffer.concat(chunks)).find((e) => e.type === 'file');
    return entry ? entry.data.slice(0, maxBytes) : undefined;
  }

  inspectImage(ref: string, o?: CallOptions): Promise<ImageInspect | undefined> {
    return this.get({ path: `/images/${ref}/json`, method: 'GET', doing: `inspecting image ${ref}` }, o);
  }

  imageHistory(ref: string, o?: CallOptions): Promise<HistoryEntry[] | undefined> {
    return this.get({ path: `/images/${ref}/history`, method: 'GET', doing: `reading the history of image ${ref}` }, o);
  }

  async listImages(filter: { reference?: string; label?: string[] }, o?: CallOptions): Promise<ImageSummary[]> {
    const filters: Record<string, string[]> = {};
    if (filter.reference) filters.reference = [filter.reference];
    if (filter.label?.length) filters.label = filter.label;
    if (Object.keys(filters).length === 0) throw new Error('listImages needs a reference or label filter');
    return (await this.get<ImageSummary[]>({ path: '/images/json', method: 'GET', query: { filters }, doing: 'listing images' }, o)) ?? [];
  }

  inspectVolume(name: string, o?: CallOptions): Promise<VolumeInspect | undefined> {
    return this.get({ path: `/volumes/${encodeURIComponent(name)}`, method: 'GET', doing: `inspecting volume ${name}` }, o);
  }

  async listVolumes(filter: { name?: string; label?: string[]; dangling?: boolean }, o?: CallOptions): Promise<VolumeInspect[]> {
    const filters: Record<string, string[]> = {};
    if (filter.name) filters.name = [filter.name];
    if (filter.label?.length) filters.label = filter.label;
    if (filter.dangling !== undefined) filters.dangling = [String(filter.dangling)];
    if (!filter.name && !filter.label?.length) throw new Error('listVolumes needs a name or label filter');
    const r = await this.get<{ Volumes: VolumeInspect[] | null }>({ path: '/volumes', method: 'GET', query: { filters }, doing: 'listing volumes' }, o);
    const list = r?.Volumes ?? [];
    return filter.name ? list.filter((v) => v.Name === filter.name) : list;
  }

  inspectNetwork(nameOrId: string, o?: CallOptions): Promise<NetworkInspect | undefined> {
    return this.get({ path: `/networks/${encodeURIComponent(nameOrId)}`, method: 'GET', doing: `inspecting network ${nameOrId}` }, o);
  }

  async listNetworks(filter: { name?: string; label?: string[] }, o?: CallOptions): Promise<NetworkInspect[]> {
    const filters: Record<string, string[]> = {};
    if (filter.name) filters.name = [filter.name];
    if (filter.label?.length) filters.label = filter.label;
    if (Object.keys(filters).length === 0) throw new Error('listNetworks needs a name or label filter');
    const list = (await this.get<NetworkInspect[]>({ path: '/networks', method: 'GET', query: { filters }, doing: 'listing networks' }, o)) ?? [];
    return filter.name ? list.filter((n) => n.Name === filter.name) : list;
  }

  async events(q: { sinceMs: number; untilMs: number; type?: string; container?: string }, o?: CallOptions): Promise<EngineEvent[]> {
    const filters: Record<string, string[]> = {};
    if (q.type) filters.type = [q.type];
    if (q.container) filters.container = [q.container];
    const res = await this.get<IncomingMessage>(
      { path: '/events', method: 'GET', query: { since: toSeconds(q.sinceMs), until: toSeconds(q.untilMs), filters }, isStream: true, doing: 'reading Docker events' },
      o,
    );
    if (!res) return [];
    let text = '';
    try {
      for await (const chunk of res as AsyncIterable<Buffer>) text += chunk.toString('utf8');
    } catch (e) {
      throw new PortError(this.session.failure(e, 'reading Docker events'));
    }
    return parseEventLines(text);
  }

  diskUsage(o?: CallOptions): Promise<DiskUsage> {
    return this.must({ path: '/system/df', method: 'GET', doing: 'reading disk usage', timeoutMs: Math.max(this.session.timeoutMs, 30_000) }, o);
  }

  private async createProbe(
    p: { lessonId: string; purpose: string; image: string; cmd: string[]; networkOf?: string; network?: string; volumes?: ProbeRun['volumes'] },
    o?: CallOptions,
  ): Promise<string | undefined> {
    const name = `docker-course-probe-${randomBytes(5).toString('hex')}`;
    const body = {
      Image: p.image,
      Cmd: p.cmd,
      Entrypoint: [],
      Labels: { [LESSON_LABEL]: p.lessonId, [PROBE_LABEL]: p.purpose, ...this.options.probeLabels },
      AttachStdout: true,
      AttachStderr: true,
      HostConfig: {
        Init: true,
        NetworkMode: p.networkOf ? `container:${p.networkOf}` : p.network ?? 'none',
        Binds: (p.volumes ?? []).map((v) => `${v.name}:${v.target}${v.readOnly ? ':ro' : ''}`),
        LogConfig: { Type: 'json-file', Config: {} },
      },
    };
    try {
      const r = await this.dial<{ Id: string }>({ path: '/containers/create', method: 'POST', query: { name }, body, doing: `creating a probe container (${p.purpose})` }, o);
      return r.Id;
    } catch (e) {
      const status = (e as { statusCode?: number }).statusCode;
      if (status === 404) return undefined; // the image is not on this engine; we never pull
      throw new PortError(this.session.failure(e, `creating a probe container (${p.purpose})`));
    }
  }

  private async removeProbe(id: string): Promise<void> {
    try {
      await this.dial({ path: `/containers/${id}`, method: 'DELETE', query: { force: true, v: true }, doing: 'removing a probe container', timeoutMs: 15_000 });
    } catch {
      // Best effort: the probe is labelled with its lesson, so Reset Lesson removes any leftover.
    }
  }

  async runProbe(p: ProbeRun, o?: CallOptions): Promise<ProbeResult | undefined> {
    const id = await this.createProbe(p, o);
    if (!id) return undefined;
    try {
      // Attach before starting, so the output is ours even if something removes the container right after
      // it exits (on a shared daemon, another tool may prune by label).
      const chunks: Buffer[] = [];
      let ended: Promise<void> = Promise.resolve();
      try {
        const stream = (await this.session.client.getContainer(id).attach({ stream: true, stdout: true, stderr: true, abortSignal: deadline(p.timeoutMs + 2000, o?.signal) } as object)) as NodeJS.ReadableStream;
        stream.on('data', (c: Buffer) => chunks.push(c));
        ended = new Promise<void>((resolve) => {
          stream.on('end', () => resolve());
          stream.on('close', () => resolve());
          stream.on('error', () => resolve());
        });
      } catch (e) {
        throw new PortError(this.session.failure(e, `attaching to a probe (${p.purpose})`));
      }
      await this.must({ path: `/containers/${id}/start`, method: 'POST', doing: `starting a probe (${p.purpose})` }, o);
      let timedOut = false;
      let exitCode = -1;
      try {
        const w = await this.dial<{ StatusCode: number }>({ path: `/containers/${id}/wait`, method: 'POST', doing: `waiting for a probe (${p.purpose})`, timeoutMs: p.timeoutMs }, o);
        exitCode = w.StatusCode;
      } catch (e) {
        if (o?.signal?.aborted) throw new PortError(this.session.failure(e, `running a probe (${p.purpose})`));
        timedOut = true;
      }
      await Promise.race([ended, new Promise((r) => setTimeout(r, timedOut ? 0 : 1000))]);
      return { exitCode, output: demux(Buffer.concat(chunks)), timedOut };
    } finally {
      await this.removeProbe(id);
    }
  }

  async statInImage(p: StatProbe, o?: CallOptions): Promise<Record<string, PathStat | undefined> | undefined> {
    const id = await this.createProbe({ ...p, cmd: ['/docker-course-never-started'] }, o);
    if (!id) return undefined;
    try {
      const out: Record<string, PathStat | undefined> = {};
      for (const path of p.paths) out[path] = await this.statPath(id, path, o);
      return out;
    } finally {
      await this.removeProbe(id);
    }
  }

  async registryProbe(ref: string, timeoutMs: number, o?: CallOptions): Promise<RegistryProbe> {
    try {
      await this.dial({ path: `/distribution/${ref}/json`, method: 'GET', doing: `asking the registry about ${ref}`, timeoutMs }, o);
      return { state: 'online', detail: `the registry answered for ${ref}` };
    } catch (e) {
      const err = e as { statusCode?: number; name?: string; json?: { message?: string }; message?: string };
      const message = err.json?.message ?? err.message ?? String(e);
      if (err.statusCode === 401 || err.statusCode === 403) return { state: 'online', detail: `the registry answered (HTTP ${err.statusCode}: ${message})` };
      if (err.statusCode !== undefined) return { state: 'offline', detail: message.trim() };
      if (err.name === 'TimeoutError' || (err.name === 'AbortError' && !o?.signal?.aborted)) return { state: 'offline', detail: `no answer within ${timeoutMs} ms` };
      throw new PortError(this.session.failure(e, `asking the registry about ${ref}`));
    }
  }
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function toSeconds(ms: number): string {
  const s = Math.floor(ms / 1000);
  const nanos = Math.round((ms - s * 1000) * 1e6);
  return `${s}.${String(nanos).padStart(9, '0')}`;
}

export function parseEventLines(text: string): EngineEvent[] {
  const out: EngineEvent[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    try {
      out.push(JSON.parse(t) as EngineEvent);
    } catch {
      // A partial line at the end of a cut stream; ignore.
    }
  }
  return out;
}

/** Splits Docker's multiplexed stdout/stderr frames; TTY output (no frames) passes through. */
export function demux(buf: Buffer): string {
  if (buf.length >= 8 && buf[0] <= 2 && buf[1] === 0 && buf[2] === 0 && buf[3] === 0) {
    let off = 0;
    const parts: Buffer[] = [];
    while (off + 8 <= buf.length) {
      const len = buf.readUInt32BE(off + 4);
      parts.push(buf.subarray(off + 8, off + 8 + len));
      off += 8 + len;
    }
    return Buffer.concat(parts).toString('utf8');
  }
  return buf.toString('utf8');
}
