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
} from './engineApi';

// ---------------------------------------------------------------------------------------------
// Infrastructure failures: classified at the Docker boundary (src/docker/errors.ts), carried here
// so the engine can report `blocked` with a reason the learner can act on.
// ---------------------------------------------------------------------------------------------

export type DockerFailureKind =
  | 'no-socket'
  | 'refused'
  | 'permission'
  | 'timeout'
  | 'tls'
  | 'api'
  | 'api-too-old'
  | 'cancelled'
  | 'unknown';

export interface DockerFailure {
  kind: DockerFailureKind;
  /** One or two sentences for the learner: what happened, why, and what to do next. */
  message: string;
  /** The raw library text, for the log only. */
  detail?: string;
  /** For `api`: the HTTP status and the engine's own message. */
  statusCode?: number;
  apiMessage?: string;
  /** For `no-socket`/`refused`: whether Docker looks installed but stopped, or not installed at all. */
  installation?: 'not-running' | 'not-installed' | 'unknown';
  /** The endpoint we were talking to and where that choice came from. */
  endpoint?: string;
  endpointSource?: string;
}

/** Thrown by ports for infrastructure problems; anything else thrown inside a check is a bug. */
export class PortError extends Error {
  constructor(readonly failure: DockerFailure) {
    super(failure.message);
    this.name = 'PortError';
  }
}

// ---------------------------------------------------------------------------------------------
// Ports: everything a checkpoint may observe. Implemented in src/docker (Node) and by fakes in tests.
// ---------------------------------------------------------------------------------------------

export interface CallOptions {
  signal?: AbortSignal;
}

/**
 * A filter for list calls. At least one of `name` or `label` (or another narrowing key) is always given:
 * checks never list every object on a shared daemon. `name` is an exact name, not Docker's substring regex.
 */
export interface ContainerFilter {
  name?: string;
  label?: string[];
  ancestor?: string;
  volume?: string;
  network?: string;
}

export interface ProbeRun {
  lessonId: string;
  /** What the probe is for, for the log and the probe container's label. */
  purpose: string;
  image: string;
  cmd: string[];
  /** Share this container's network namespace (see what the learner's container sees). */
  networkOf?: string;
  /** Or join this network. */
  network?: string;
  volumes?: { name: string; target: string; readOnly?: boolean }[];
  timeoutMs: number;
}

export interface ProbeResult {
  exitCode: number;
  output: string;
  timedOut: boolean;
}

export interface StatProbe {
  lessonId: string;
  purpose: string;
  image: string;
  volumes?: { name: string; target: string; readOnly?: boolean }[];
  paths: string[];
}

export type RegistryProbe = { state: 'online'; detail: string } | { state: 'offline'; detail: string };

export interface DockerPort {
  /** A short label for messages: `unix:///var/run/docker.sock (default socket)`. */
  readonly describe: string;
  ping(o?: CallOptions): Promise<void>;
  version(o?: CallOptions): Promise<EngineVersion>;
  info(o?: CallOptions): Promise<EngineInfo>;
  inspectContainer(nameOrId: string, o?: CallOptions): Promise<ContainerInspect | undefined>;
  listContainers(filter: ContainerFilter, o?: CallOptions): Promise<ContainerSummary[]>;
  containerLogs(id: string, tail: number, o?: CallOptions): Promise<string | undefined>;
  containerChanges(id: string, o?: CallOptions): Promise<FsChange[] | undefined>;
  /** HEAD /containers/{id}/archive: file presence without running anything. */
  statPath(id: string, path: string, o?: CallOptions): Promise<PathStat | undefined>;
  /** GET /containers/{id}/archive of one regular file; undefined when absent. */
  readFile(id: string, path: string, maxBytes: number, o?: CallOptions): Promise<Uint8Array | undefined>;
  inspectImage(ref: string, o?: CallOptions): Promise<ImageInspect | undefined>;
  imageHistory(ref: string, o?: CallOptions): Promise<HistoryEntry[] | undefined>;
  listImages(filter: { reference?: string; label?: string[] }, o?: CallOptions): Promise<ImageSummary[]>;
  inspectVolume(name: string, o?: CallOptions): Promise<VolumeInspect | undefined>;
  listVolumes(filter: { name?: string; label?: string[]; dangling?: boolean }, o?: CallOptions): Promise<VolumeInspect[]>;
  inspectNetwork(nameOrId: string, o?: CallOptions): Promise<NetworkInspect | undefined>;
  listNetworks(filter: { name?: string; label?: string[] }, o?: CallOptions): Promise<NetworkInspect[]>;
  /** Bounded: returns the engine's backlog between `sinceMs` and `untilMs`. */
  events(q: { sinceMs: number; untilMs: number; type?: string; container?: string }, o?: CallOptions): Promise<EngineEvent[]>;
  diskUsage(o?: CallOptions): Promise<DiskUsage>;
  /** Runs a labelled, local-image-only probe container and removes it. Undefined when the image is missing. */
  runProbe(p: ProbeRun, o?: CallOptions): Promise<ProbeResult | undefined>;
  /** Creates (never starts) a labelled container from `image`, stats paths, removes it. Undefined when the image is missing. */
  statInImage(p: StatProbe, o?: CallOptions): Promise<Record<string, PathStat | undefined> | undefined>;
  /** Asks a registry for a tiny manifest with a short deadline; changes nothing locally. */
  registryProbe(ref: string, timeoutMs: number, o?: CallOptions): Promise<RegistryProbe>;
}

export interface WorkspacePort {
  /** Absolute path of the course folder, when there is one. */
  readonly root: string | undefined;
  /** Contents of a file relative to the root (the editor's unsaved buffer where one is open). */
  readFile(rel: string): Promise<Uint8Array | undefined>;
  list(relDir: string): Promise<string[] | undefined>;
  stat(rel: string): Promise<{ size: number; uid?: number; isDirectory: boolean } | undefined>;
  /** The commit the workspace's Git HEAD points at, or undefined when it is not a Git checkout. */
  gitHead(): Promise<string | undefined>;
}

export type HttpResult = { ok: true; status: number; body: string } | { ok: false; error: string };

export interface HttpPort {
  /** A host-side GET (127.0.0.1 only in the course); network errors are values, not exceptions. */
  get(url: string, timeoutMs: number, signal?: AbortSignal): Promise<HttpResult>;
}

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Facts about the machine the checks run on (the extension host or the CLI), not the engine. */
export interface HostFacts {
  platform: 'linux' | 'darwin' | 'win32' | string;
  uid?: number;
}

// ---------------------------------------------------------------------------------------------
// Checkpoints
// ---------------------------------------------------------------------------------------------

export type ConditionStatus = 'passed' | 'failed' | 'blocked' | 'not-checkable';

/** Three rungs: the concept, then the flag or field, then the fix. */
export type HintLadder = readonly [concept: string, detail: string, fix: string];

export type Verdict =
  | { status: 'passed'; actual: string; expected?: string }
  | { status: 'failed'; actual: string; expected?: string; hint?: HintLadder }
  | { status: 'not-checkable'; why: string };

export interface Condition {
  /** Stable within the checkpoint, kebab-case (`restart-policy`). */
  id: string;
  /** What must be true, as a sentence: "Container `web` restarts unless stopped". */
  label: string;
  /** The expected value in words; a verdict can make it more precise. */
  expected: string;
  hints: HintLadder;
  /** Condition ids that must pass first; otherwise this one fails with "not checked yet". */
  after?: string[];
  check(ctx: CheckContext): Promise<Verdict>;
}

export type QuestionKind = 'value' | 'single' | 'multiple' | 'order';

export interface Question {
  id: string;
  kind: QuestionKind;
  prompt: string;
  /** For single/multiple/order: the choices, and the correct ids (in order for `order`). */
  choices?: { id: string; text: string }[];
  answer?: string[];
  /** Shown after a wrong answer. */
  explain?: string;
  placeholder?: string;
}

export interface NameParam {
  /** What the lesson calls this object: `web`. The learner may substitute their own name. */
  default: string;
  description: string;
}

export type CheckpointKind = 'state' | 'live-value' | 'quiz';
export type CheckpointFamily = 'ENV' | 'RUN' | 'IMG' | 'BLD' | 'STO' | 'NET' | 'CMP' | 'QZ' | 'LV';

export interface Checkpoint {
  id: string;
  lessonId: string;
  family: CheckpointFamily;
  kind: CheckpointKind;
  title: string;
  /** "Passes when …", from the catalogue. */
  summary: string;
  /** Whether the engine pings the daemon first (false for checks of the daemon itself and for quizzes). */
  needsDocker: boolean;
  /** Names of lab objects the learner may choose (defaults as the lesson writes them). */
  names?: Record<string, NameParam>;
  /** Other tunables with defaults (numbers, paths); strings so they can come from a CLI flag. */
  params?: Record<string, string>;
  questions?: Question[];
  /** How the checkpoint works without a registry (CURRICULUM §1.8), when that differs. */
  offline?: string;
  conditions: Condition[];
}

export interface RunInput {
  /** Learner-chosen names: lesson name → actual name (`{ web: 'my-web' }`). */
  names?: Record<string, string>;
  params?: Record<string, string>;
  /** Answers to live-value and quiz questions, by question id. */
  answers?: Record<string, string>;
  /** When the lesson was started (ms since the epoch); bounds event and "created after" conditions. */
  lessonStartMs?: number;
  /** Values the extension generated for the lesson (a build token, a secret). */
  values?: Record<string, string>;
  mode?: 'online' | 'offline';
}

export interface Ports {
  docker: DockerPort;
  workspace: WorkspacePort;
  http: HttpPort;
  clock: Clock;
  host: HostFacts;
  /** Events kept while the lesson was open (by the extension's /events stream), merged with the engine's backlog. */
  trail?: { events(lessonId: string): readonly EngineEvent[] };
  /** The image used for probes: the course toolbox, local only. */
  probeImage: string;
}

export interface CheckContext {
  readonly checkpoint: Checkpoint;
  readonly lessonId: string;
  readonly ports: Ports;
  readonly input: RunInput;
  readonly signal: AbortSignal;
  /** The learner's name for a lesson object. */
  name(key: string): string;
  param(key: string): string;
  answer(questionId: string): string | undefined;
  /** Per-run memo, so conditions share one inspect of the same object. */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Engine facts from the preflight (undefined for checkpoints that skip it). */
  readonly engine?: { version: EngineVersion };
  info(): Promise<EngineInfo>;
  /** Events since the lesson started: the kept trail merged with the engine's backlog. */
  events(filter: { type?: string; container?: string }): Promise<EngineEvent[]>;
  lessonStartMs(): number | undefined;
  /** Records a fact for the result (ENV-02 records the online/offline mode). */
  fact(key: string, value: string): void;
}

export interface ConditionResult {
  id: string;
  label: string;
  status: ConditionStatus;
  expected: string;
  actual: string;
  /** Present unless passed: all three rungs; UIs choose the level. */
  hints?: HintLadder;
  /** For blocked: the classified reason. For not-checkable: why. */
  failure?: DockerFailure;
  why?: string;
  durationMs: number;
}

export type CheckStatus = 'passed' | 'failed' | 'blocked' | 'not-checkable';

export interface CheckResult {
  checkpointId: string;
  lessonId: string;
  title: string;
  status: CheckStatus;
  conditions: ConditionResult[];
  /** Facts a check established on the way (ENV-02 sets `mode`). */
  facts?: Record<string, string>;
  durationMs: number;
}
