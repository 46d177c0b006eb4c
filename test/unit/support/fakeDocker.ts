/**
 * FakeDockerPort: an in-memory engine loaded from JSON recorded on a real one (test/fixtures/docker-api/).
 * Inspect and list calls are answered from the recorded objects with Docker's filter semantics, so tests
 * can add or change objects (another project's twins, a broken field); logs, archives and probe results
 * are answered only when recorded, and an unrecorded one is a test failure, never a guess.
 */
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
} from '../../../src/core/course/checkpoints/engineApi';
import {
  PortError,
  type CallOptions,
  type Clock,
  type ContainerFilter,
  type DockerFailure,
  type DockerPort,
  type HttpPort,
  type HttpResult,
  type ProbeResult,
  type ProbeRun,
  type RegistryProbe,
  type StatProbe,
  type WorkspacePort,
} from '../../../src/core/course/checkpoints/types';

/** Everything a checkpoint saw on a real engine, plus the workspace and HTTP answers. */
export interface EngineSnapshot {
  version: EngineVersion;
  info?: EngineInfo;
  containers: ContainerInspect[];
  images: { inspect: ImageInspect; history?: HistoryEntry[] }[];
  volumes: VolumeInspect[];
  networks: NetworkInspect[];
  events: EngineEvent[];
  logs: Record<string, string>;
  changes: Record<string, FsChange[]>;
  /** `${containerId}:${path}` → stat (null = absent) and base64 content when read. */
  files: Record<string, { stat: PathStat | null; base64?: string }>;
  /** `${networkOf}|${cmd}` → result (null = probe image missing). */
  probes: Record<string, ProbeResult | null>;
  /** `${image}|${volumes}|${path}` → stat or null; `${image}|missing` when the image was missing. */
  imageStats: Record<string, PathStat | null>;
  registry?: Record<string, RegistryProbe>;
  diskUsage?: DiskUsage;
  /** Answers to host-side GETs per URL, in the order they were given. */
  http: Record<string, HttpResult[]>;
  workspace: { root?: string; files: Record<string, string | null>; dirs: Record<string, string[] | null>; stats: Record<string, { size: number; uid?: number; isDirectory: boolean } | null>; gitHead?: string | null };
  clockMs: number;
  /** When the daemon could not be reached at all, the classified failure it gave. */
  failure?: DockerFailure;
}

export function emptySnapshot(version: EngineVersion, clockMs: number): EngineSnapshot {
  return {
    version,
    containers: [],
    images: [],
    volumes: [],
    networks: [],
    events: [],
    logs: {},
    changes: {},
    files: {},
    probes: {},
    imageStats: {},
    http: {},
    workspace: { files: {}, dirs: {}, stats: {} },
    clockMs,
  };
}

export const probeKey = (p: { networkOf?: string; network?: string; cmd: string[] }): string => `${p.networkOf ?? p.network ?? ''}|${p.cmd.join(' ')}`;
export const statKey = (p: { image: string; volumes?: { name: string; target: string; readOnly?: boolean }[] }, path: string): string =>
  `${p.image}|${(p.volumes ?? []).map((v) => `${v.name}:${v.target}`).join(',')}|${path}`;

function labelMatch(labels: Record<string, string> | null | undefined, filters: readonly string[] | undefined): boolean {
  if (!filters?.length) return true;
  return filters.every((f) => {
    const i = f.indexOf('=');
    if (i < 0) return !!labels && f in labels;
    return labels?.[f.slice(0, i)] === f.slice(i + 1);
  });
}

export class UnrecordedCall extends Error {}

export class FakeDockerPort implements DockerPort {
  readonly describe = 'unix:///var/run/docker.sock (fake engine)';
  /** When set, every call throws this classified failure (the daemon is "down"). */
  failure?: DockerFailure;
  readonly calls: string[] = [];

  constructor(readonly snap: EngineSnapshot) {
    this.failure = snap.failure;
  }

  private enter(name: string): void {
    this.calls.push(name);
    if (this.failure) throw new PortError(this.failure);
  }

  async ping(_o?: CallOptions): Promise<void> {
    this.enter('ping');
  }
  async version(): Promise<EngineVersion> {
    this.enter('version');
    return this.snap.version;
  }
  async info(): Promise<EngineInfo> {
    this.enter('info');
    if (!this.snap.info) throw new UnrecordedCall('info() was not recorded');
    return this.snap.info;
  }

  private container(nameOrId: string): ContainerInspect | undefined {
    return (
      this.snap.containers.find((c) => c.Id === nameOrId) ??
      this.snap.containers.find((c) => c.Name === `/${nameOrId}`) ??
      this.snap.containers.find((c) => nameOrId.length >= 4 && c.Id.startsWith(nameOrId))
    );
  }

  async inspectContainer(nameOrId: string): Promise<ContainerInspect | undefined> {
    this.enter(`inspectContainer ${nameOrId}`);
    return structuredClone(this.container(nameOrId));
  }

  async listContainers(f: ContainerFilter): Promise<ContainerSummary[]> {
    this.enter(`listContainers ${JSON.stringify(f)}`);
    if (!f.name && !f.label?.length && !f.ancestor && !f.volume && !f.network) throw new Error('unfiltered listContainers: checks must narrow by name or label');
    return this.snap.containers
      .filter((c) => !f.name || c.Name === `/${f.name}`)
      .filter((c) => labelMatch(c.Config.Labels, f.label))
      .filter((c) => !f.ancestor || c.Config.Image === f.ancestor || c.Image === f.ancestor || c.Config.Image === `${f.ancestor}:latest`)
      .filter((c) => !f.volume || c.Mounts.some((m) => m.Name === f.volume || m.Source === f.volume))
      .filter((c) => !f.network || Object.keys(c.NetworkSettings.Networks ?? {}).includes(f.network))
      .map((c) => ({
        Id: c.Id,
        Names: [c.Name],
        Image: c.Config.Image,
        ImageID: c.Image,
        Created: Math.floor(Date.parse(c.Created) / 1000),
        State: c.State.Status,
        Labels: c.Config.Labels ?? {},
      }));
  }

  async containerLogs(id: string): Promise<string | undefined> {
    this.enter(`containerLogs ${id}`);
    if (!this.container(id)) return undefined;
    const l = this.snap.logs[this.container(id)!.Id];
    if (l === undefined) throw new UnrecordedCall(`logs of ${id} were not recorded`);
    return l;
  }

  async containerChanges(id: string): Promise<FsChange[] | undefined> {
    this.enter(`containerChanges ${id}`);
    const c = this.container(id);
    if (!c) return undefined;
    const ch = this.snap.changes[c.Id];
    if (ch === undefined) throw new UnrecordedCall(`changes of ${id} were not recorded`);
    return ch;
  }

  private file(id: string, path: string) {
    const c = this.container(id);
    if (!c) return { missing: true as const };
    const f = this.snap.files[`${c.Id}:${path}`];
    if (f === undefined) throw new UnrecordedCall(`archive ${path} of ${id} was not recorded`);
    return { f };
  }

  async statPath(id: string, path: string): Promise<PathStat | undefined> {
    this.enter(`statPath ${id} ${path}`);
    const r = this.file(id, path);
    return 'missing' in r ? undefined : r.f.stat ?? undefined;
  }

  async readFile(id: string, path: string, maxBytes: number): Promise<Uint8Array | undefined> {
    this.enter(`readFile ${id} ${path}`);
    const r = this.file(id, path);
    if ('missing' in r || !r.f.stat) return undefined;
    if (r.f.base64 === undefined) throw new UnrecordedCall(`content of ${path} in ${id} was not recorded`);
    return Buffer.from(r.f.base64, 'base64').subarray(0, maxBytes);
  }

  private image(ref: string) {
    const full = ref.includes(':') || ref.includes('@') ? ref : `${ref}:latest`;
    return this.snap.images.find(
      (i) => i.inspect.Id === ref || i.inspect.Id === `sha256:${ref}` || i.inspect.RepoTags?.includes(full) || i.inspect.RepoDigests?.includes(ref) || (ref.length >= 12 && i.inspect.Id.replace('sha256:', '').startsWith(ref)),
    );
  }

  async inspectImage(ref: string): Promise<ImageInspect | undefined> {
    this.enter(`inspectImage ${ref}`);
    return structuredClone(this.image(ref)?.inspect);
  }

  async imageHistory(ref: string): Promise<HistoryEntry[] | undefined> {
    this.enter(`imageHistory ${ref}`);
    const i = this.image(ref);
    if (!i) return undefined;
    if (!i.history) throw new UnrecordedCall(`history of ${ref} was not recorded`);
    return structuredClone(i.history);
  }

  async listImages(f: { reference?: string; label?: string[] }): Promise<ImageSummary[]> {
    this.enter(`listImages ${JSON.stringify(f)}`);
    const refMatch = (tags: string[] | null | undefined) => {
      if (!f.reference) return true;
      const want = f.reference.includes(':') ? f.reference : undefined;
      return (tags ?? []).some((t) => (want ? t === want : t.slice(0, t.lastIndexOf(':')) === f.reference));
    };
    return this.snap.images
      .filter((i) => refMatch(i.inspect.RepoTags) && labelMatch(i.inspect.Config?.Labels, f.label))
      .map((i) => ({ Id: i.inspect.Id, RepoTags: i.inspect.RepoTags, RepoDigests: i.inspect.RepoDigests, Created: Math.floor(Date.parse(i.inspect.Created) / 1000), Size: i.inspect.Size, Labels: i.inspect.Config?.Labels }));
  }

  async inspectVolume(name: string): Promise<VolumeInspect | undefined> {
    this.enter(`inspectVolume ${name}`);
    return structuredClone(this.snap.volumes.find((v) => v.Name === name));
  }

  async listVolumes(f: { name?: string; label?: string[]; dangling?: boolean }): Promise<VolumeInspect[]> {
    this.enter(`listVolumes ${JSON.stringify(f)}`);
    const used = new Set(this.snap.containers.flatMap((c) => c.Mounts.filter((m) => m.Type === 'volume').map((m) => m.Name)));
    return this.snap.volumes
      .filter((v) => !f.name || v.Name === f.name)
      .filter((v) => labelMatch(v.Labels, f.label))
      .filter((v) => f.dangling === undefined || f.dangling === !used.has(v.Name));
  }

  async inspectNetwork(nameOrId: string): Promise<NetworkInspect | undefined> {
    this.enter(`inspectNetwork ${nameOrId}`);
    return structuredClone(this.snap.networks.find((n) => n.Id === nameOrId || n.Name === nameOrId));
  }

  async listNetworks(f: { name?: string; label?: string[] }): Promise<NetworkInspect[]> {
    this.enter(`listNetworks ${JSON.stringify(f)}`);
    return this.snap.networks.filter((n) => (!f.name || n.Name === f.name) && labelMatch(n.Labels, f.label)).map((n) => ({ ...structuredClone(n), Containers: {} }));
  }

  async events(q: { sinceMs: number; untilMs: number; type?: string; container?: string }): Promise<EngineEvent[]> {
    this.enter(`events ${JSON.stringify({ type: q.type, container: q.container })}`);
    return this.snap.events.filter(
      (e) =>
        e.timeNano / 1e6 >= q.sinceMs - 1 &&
        e.timeNano / 1e6 <= q.untilMs + 1 &&
        (!q.type || e.Type === q.type) &&
        (!q.container || e.Actor.Attributes?.name === q.container || e.Actor.ID === q.container),
    );
  }

  async diskUsage(): Promise<DiskUsage> {
    this.enter('diskUsage');
    if (!this.snap.diskUsage) throw new UnrecordedCall('disk usage was not recorded');
    return this.snap.diskUsage;
  }

  async runProbe(p: ProbeRun): Promise<ProbeResult | undefined> {
    this.enter(`runProbe ${probeKey(p)}`);
    const key = probeKey(p);
    if (!(key in this.snap.probes)) throw new UnrecordedCall(`probe ${key} was not recorded`);
    return this.snap.probes[key] ?? undefined;
  }

  async statInImage(p: StatProbe): Promise<Record<string, PathStat | undefined> | undefined> {
    this.enter(`statInImage ${p.image}`);
    if (this.snap.imageStats[`${p.image}|missing`] === null) return undefined;
    const out: Record<string, PathStat | undefined> = {};
    for (const path of p.paths) {
      const k = statKey(p, path);
      if (!(k in this.snap.imageStats)) throw new UnrecordedCall(`stat ${k} was not recorded`);
      out[path] = this.snap.imageStats[k] ?? undefined;
    }
    return out;
  }

  async registryProbe(ref: string): Promise<RegistryProbe> {
    this.enter(`registryProbe ${ref}`);
    const r = this.snap.registry?.[ref];
    if (!r) throw new UnrecordedCall(`registry probe of ${ref} was not recorded`);
    return r;
  }
}

export class FakeWorkspace implements WorkspacePort {
  constructor(readonly snap: EngineSnapshot['workspace']) {}
  get root(): string | undefined {
    return this.snap.root;
  }
  async readFile(rel: string): Promise<Uint8Array | undefined> {
    if (!(rel in this.snap.files)) throw new UnrecordedCall(`workspace file ${rel} was not recorded`);
    const v = this.snap.files[rel];
    return v === null ? undefined : Buffer.from(v, 'base64');
  }
  async list(rel: string): Promise<string[] | undefined> {
    if (!(rel in this.snap.dirs)) throw new UnrecordedCall(`workspace folder ${rel} was not recorded`);
    return this.snap.dirs[rel] ?? undefined;
  }
  async stat(rel: string) {
    if (!(rel in this.snap.stats)) throw new UnrecordedCall(`workspace stat ${rel} was not recorded`);
    return this.snap.stats[rel] ?? undefined;
  }
  async gitHead(): Promise<string | undefined> {
    if (this.snap.gitHead === undefined) throw new UnrecordedCall('git HEAD was not recorded');
    return this.snap.gitHead ?? undefined;
  }
}

export class FakeHttp implements HttpPort {
  private readonly served = new Map<string, number>();
  constructor(readonly answers: Record<string, HttpResult[]>) {}
  async get(url: string): Promise<HttpResult> {
    const r = this.answers[url];
    if (!r?.length) throw new UnrecordedCall(`HTTP GET ${url} was not recorded`);
    const i = this.served.get(url) ?? 0;
    this.served.set(url, i + 1);
    return r[Math.min(i, r.length - 1)];
  }
}

/** A clock that stands still unless a check sleeps (testcontainers' IntervalRetry idea). */
export class FakeClock implements Clock {
  constructor(public ms: number) {}
  now(): number {
    return this.ms;
  }
  async sleep(ms: number): Promise<void> {
    this.ms += ms;
  }
}
