/**
 * Wraps real ports and writes what a check saw into an EngineSnapshot, so the real-engine rig can save
 * fixtures that unit tests replay with FakeDockerPort. Listed objects are inspected in full, so the fake
 * can answer list calls with Docker's own filter semantics later.
 */
import type { ContainerInspect, ImageInspect } from '../../../src/core/course/checkpoints/engineApi';
import { PortError, type CallOptions, type ContainerFilter, type DockerPort, type HttpPort, type HttpResult, type ProbeRun, type StatProbe, type WorkspacePort } from '../../../src/core/course/checkpoints/types';
import { probeKey, statKey, type EngineSnapshot } from './fakeDocker';

const NOISY_CONTAINER_KEYS = ['GraphDriver', 'LogPath', 'HostnamePath', 'HostsPath', 'ResolvConfPath', 'ExecIDs', 'AppArmorProfile', 'Platform', 'Driver', 'MountLabel', 'ProcessLabel', 'SizeRw', 'SizeRootFs'];

function trimContainer(c: ContainerInspect): ContainerInspect {
  const out = { ...c } as Record<string, unknown>;
  for (const k of NOISY_CONTAINER_KEYS) delete out[k];
  const st = { ...(c.State as object) } as Record<string, unknown>;
  if (st.Health && typeof st.Health === 'object') st.Health = { ...(st.Health as object), Log: [] };
  out.State = st;
  return out as ContainerInspect;
}

function trimImage(i: ImageInspect): ImageInspect {
  const out = { ...i } as Record<string, unknown>;
  for (const k of ['GraphDriver', 'ContainerConfig', 'Metadata', 'Container']) delete out[k];
  return out as ImageInspect;
}

export class RecordingDockerPort implements DockerPort {
  constructor(
    readonly real: DockerPort,
    readonly snap: EngineSnapshot,
  ) {}

  get describe(): string {
    return this.real.describe;
  }

  private keepContainer(c: ContainerInspect | undefined): void {
    if (!c) return;
    const i = this.snap.containers.findIndex((x) => x.Id === c.Id);
    if (i >= 0) this.snap.containers[i] = trimContainer(c);
    else this.snap.containers.push(trimContainer(c));
  }

  private keepImage(img: ImageInspect | undefined, history?: EngineSnapshot['images'][number]['history']): void {
    if (!img) return;
    const i = this.snap.images.findIndex((x) => x.inspect.Id === img.Id);
    if (i >= 0) {
      this.snap.images[i].inspect = trimImage(img);
      if (history) this.snap.images[i].history = history;
    } else this.snap.images.push({ inspect: trimImage(img), history });
  }

  async ping(o?: CallOptions) {
    try {
      return await this.real.ping(o);
    } catch (e) {
      if (e instanceof PortError) this.snap.failure = e.failure;
      throw e;
    }
  }
  async version(o?: CallOptions) {
    const v = await this.real.version(o);
    this.snap.version = v;
    return v;
  }
  async info(o?: CallOptions) {
    const i = await this.real.info(o);
    this.snap.info = i;
    return i;
  }
  async inspectContainer(id: string, o?: CallOptions) {
    const c = await this.real.inspectContainer(id, o);
    this.keepContainer(c);
    return c;
  }
  async listContainers(f: ContainerFilter, o?: CallOptions) {
    const l = await this.real.listContainers(f, o);
    for (const c of l) this.keepContainer(await this.real.inspectContainer(c.Id, o));
    return l;
  }
  async containerLogs(id: string, tail: number, o?: CallOptions) {
    const l = await this.real.containerLogs(id, tail, o);
    const c = await this.real.inspectContainer(id, o);
    if (c && l !== undefined) {
      this.keepContainer(c);
      this.snap.logs[c.Id] = l;
    }
    return l;
  }
  async containerChanges(id: string, o?: CallOptions) {
    const ch = await this.real.containerChanges(id, o);
    const c = await this.real.inspectContainer(id, o);
    if (c && ch) {
      this.keepContainer(c);
      this.snap.changes[c.Id] = ch;
    }
    return ch;
  }
  async statPath(id: string, path: string, o?: CallOptions) {
    const s = await this.real.statPath(id, path, o);
    const c = await this.real.inspectContainer(id, o);
    if (c) {
      this.keepContainer(c);
      this.snap.files[`${c.Id}:${path}`] = { ...this.snap.files[`${c.Id}:${path}`], stat: s ?? null };
    }
    return s;
  }
  async readFile(id: string, path: string, maxBytes: number, o?: CallOptions) {
    const b = await this.real.readFile(id, path, maxBytes, o);
    const c = await this.real.inspectContainer(id, o);
    if (c) {
      this.keepContainer(c);
      const stat = b ? (await this.real.statPath(id, path, o)) ?? null : null;
      this.snap.files[`${c.Id}:${path}`] = { stat, base64: b ? Buffer.from(b).toString('base64') : undefined };
    }
    return b;
  }
  async inspectImage(ref: string, o?: CallOptions) {
    const i = await this.real.inspectImage(ref, o);
    this.keepImage(i);
    return i;
  }
  async imageHistory(ref: string, o?: CallOptions) {
    const h = await this.real.imageHistory(ref, o);
    if (h) this.keepImage(await this.real.inspectImage(ref, o), h);
    return h;
  }
  async listImages(f: { reference?: string; label?: string[] }, o?: CallOptions) {
    const l = await this.real.listImages(f, o);
    for (const i of l) this.keepImage(await this.real.inspectImage(i.Id, o));
    return l;
  }
  async inspectVolume(name: string, o?: CallOptions) {
    const v = await this.real.inspectVolume(name, o);
    if (v && !this.snap.volumes.some((x) => x.Name === v.Name)) this.snap.volumes.push(v);
    return v;
  }
  async listVolumes(f: { name?: string; label?: string[]; dangling?: boolean }, o?: CallOptions) {
    const l = await this.real.listVolumes(f, o);
    for (const v of l) if (!this.snap.volumes.some((x) => x.Name === v.Name)) this.snap.volumes.push(v);
    if (f.dangling !== undefined) {
      // The fake derives "dangling" from container mounts: record the containers that use these volumes.
      for (const v of l) for (const c of await this.real.listContainers({ volume: v.Name }, o)) this.keepContainer(await this.real.inspectContainer(c.Id, o));
    }
    return l;
  }
  async inspectNetwork(id: string, o?: CallOptions) {
    const n = await this.real.inspectNetwork(id, o);
    if (n) {
      const i = this.snap.networks.findIndex((x) => x.Id === n.Id);
      if (i >= 0) this.snap.networks[i] = n;
      else this.snap.networks.push(n);
    }
    return n;
  }
  async listNetworks(f: { name?: string; label?: string[] }, o?: CallOptions) {
    const l = await this.real.listNetworks(f, o);
    for (const n of l) await this.inspectNetwork(n.Id, o);
    return l;
  }
  async events(q: { sinceMs: number; untilMs: number; type?: string; container?: string }, o?: CallOptions) {
    const l = await this.real.events(q, o);
    const key = (e: (typeof l)[number]) => `${e.timeNano}|${e.Type}|${e.Action}|${e.Actor.ID}`;
    const have = new Set(this.snap.events.map(key));
    for (const e of l) if (!have.has(key(e))) this.snap.events.push(e);
    this.snap.events.sort((a, b) => a.timeNano - b.timeNano);
    return l;
  }
  async diskUsage(o?: CallOptions) {
    const d = await this.real.diskUsage(o);
    this.snap.diskUsage = { BuildCache: d.BuildCache, LayersSize: d.LayersSize };
    return d;
  }
  async runProbe(p: ProbeRun, o?: CallOptions) {
    const r = await this.real.runProbe(p, o);
    this.snap.probes[probeKey(p)] = r ?? null;
    return r;
  }
  async statInImage(p: StatProbe, o?: CallOptions) {
    const r = await this.real.statInImage(p, o);
    if (!r) this.snap.imageStats[`${p.image}|missing`] = null;
    else for (const path of p.paths) this.snap.imageStats[statKey(p, path)] = r[path] ?? null;
    return r;
  }
  async registryProbe(ref: string, timeoutMs: number, o?: CallOptions) {
    const r = await this.real.registryProbe(ref, timeoutMs, o);
    this.snap.registry = { ...this.snap.registry, [ref]: r };
    return r;
  }
}

export class RecordingWorkspace implements WorkspacePort {
  constructor(
    readonly real: WorkspacePort,
    readonly snap: EngineSnapshot['workspace'],
  ) {
    snap.root = real.root;
  }
  get root() {
    return this.real.root;
  }
  async readFile(rel: string) {
    const b = await this.real.readFile(rel);
    this.snap.files[rel] = b ? Buffer.from(b).toString('base64') : null;
    return b;
  }
  async list(rel: string) {
    const l = await this.real.list(rel);
    this.snap.dirs[rel] = l ?? null;
    return l;
  }
  async stat(rel: string) {
    const s = await this.real.stat(rel);
    this.snap.stats[rel] = s ?? null;
    return s;
  }
  async gitHead() {
    const h = await this.real.gitHead();
    this.snap.gitHead = h ?? null;
    return h;
  }
}

export class RecordingHttp implements HttpPort {
  constructor(
    readonly real: HttpPort,
    readonly snap: Record<string, HttpResult[]>,
  ) {}
  async get(url: string, timeoutMs: number, signal?: AbortSignal) {
    const r = await this.real.get(url, timeoutMs, signal);
    (this.snap[url] ??= []).push(r);
    return r;
  }
}
