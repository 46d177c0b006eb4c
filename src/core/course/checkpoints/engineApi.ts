/**
 * The parts of the Docker Engine API (v1.41 and later) that checkpoints read, typed as the engine sends
 * them. Fields are optional where older or newer engines leave them out; unknown fields pass through.
 * Recorded fixtures in test/fixtures/docker-api/ are exactly this JSON.
 */

export type Labels = Record<string, string>;

export interface EngineVersion {
  Version: string;
  ApiVersion: string;
  MinAPIVersion?: string;
  Os: string;
  Arch: string;
  KernelVersion?: string;
  Platform?: { Name: string };
  Components?: { Name: string; Version: string; Details?: Record<string, string> }[];
}

export interface EngineInfo {
  ID?: string;
  Name?: string;
  NCPU: number;
  MemTotal: number;
  OperatingSystem: string;
  OSType?: string;
  Architecture?: string;
  Driver?: string;
  LoggingDriver?: string;
  CgroupVersion?: string;
  DockerRootDir?: string;
  SecurityOptions?: string[];
  ServerVersion?: string;
  Swarm?: { LocalNodeState?: string; NodeID?: string; ControlAvailable?: boolean };
  Runtimes?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface PortBinding {
  HostIp: string;
  HostPort: string;
}

export interface MountPoint {
  Type: 'bind' | 'volume' | 'tmpfs' | 'npipe' | string;
  Name?: string;
  Source: string;
  Destination: string;
  Driver?: string;
  Mode?: string;
  RW: boolean;
  Propagation?: string;
}

export interface HealthcheckConfig {
  Test?: string[];
  Interval?: number;
  Timeout?: number;
  Retries?: number;
  StartPeriod?: number;
}

export interface EndpointSettings {
  Aliases?: string[] | null;
  DNSNames?: string[] | null;
  NetworkID?: string;
  IPAddress?: string;
  Links?: string[] | null;
  [key: string]: unknown;
}

export interface ContainerInspect {
  Id: string;
  Name: string;
  Created: string;
  Path: string;
  Args: string[];
  Image: string;
  RestartCount: number;
  State: {
    Status: 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead' | string;
    Running: boolean;
    Paused?: boolean;
    Restarting?: boolean;
    OOMKilled: boolean;
    Dead?: boolean;
    Pid: number;
    ExitCode: number;
    Error?: string;
    StartedAt?: string;
    FinishedAt?: string;
    Health?: { Status: 'starting' | 'healthy' | 'unhealthy' | string; FailingStreak?: number; Log?: unknown[] };
  };
  HostConfig: {
    NetworkMode?: string;
    PortBindings?: Record<string, PortBinding[] | null> | null;
    RestartPolicy?: { Name: string; MaximumRetryCount: number };
    AutoRemove?: boolean;
    Binds?: string[] | null;
    Tmpfs?: Record<string, string> | null;
    Mounts?: { Type: string; Source?: string; Target: string; ReadOnly?: boolean; TmpfsOptions?: { SizeBytes?: number } }[] | null;
    Memory?: number;
    MemorySwap?: number;
    NanoCpus?: number;
    CpuQuota?: number;
    CpuPeriod?: number;
    PidsLimit?: number | null;
    PidMode?: string;
    Init?: boolean | null;
    Privileged?: boolean;
    ReadonlyRootfs?: boolean;
    CapAdd?: string[] | null;
    CapDrop?: string[] | null;
    SecurityOpt?: string[] | null;
    LogConfig?: { Type: string; Config: Record<string, string> };
    [key: string]: unknown;
  };
  Config: {
    Hostname?: string;
    User?: string;
    Env?: string[] | null;
    Cmd?: string[] | null;
    Entrypoint?: string[] | null;
    Image: string;
    WorkingDir?: string;
    Labels?: Labels | null;
    ExposedPorts?: Record<string, object> | null;
    Healthcheck?: HealthcheckConfig;
    StopSignal?: string;
    [key: string]: unknown;
  };
  Mounts: MountPoint[];
  NetworkSettings: {
    Ports?: Record<string, PortBinding[] | null> | null;
    Networks?: Record<string, EndpointSettings>;
    IPAddress?: string;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** The fields of `GET /containers/json` that checks use (all present in 1.41). */
export interface ContainerSummary {
  Id: string;
  Names: string[];
  Image: string;
  ImageID?: string;
  Created: number;
  State: string;
  Status?: string;
  Labels: Labels;
}

export interface ImageInspect {
  Id: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Parent?: string;
  Created: string;
  Size: number;
  VirtualSize?: number;
  Architecture?: string;
  Os?: string;
  Config: {
    User?: string;
    Env?: string[] | null;
    Cmd?: string[] | null;
    Entrypoint?: string[] | null;
    WorkingDir?: string;
    Labels?: Labels | null;
    ExposedPorts?: Record<string, object> | null;
    Healthcheck?: HealthcheckConfig;
    StopSignal?: string;
    [key: string]: unknown;
  } | null;
  RootFS: { Type: string; Layers?: string[] };
  [key: string]: unknown;
}

export interface ImageSummary {
  Id: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Created: number;
  Size: number;
  Labels?: Labels | null;
}

export interface HistoryEntry {
  Id: string;
  Created: number;
  CreatedBy: string;
  Tags?: string[] | null;
  Size: number;
  Comment?: string;
}

export interface VolumeInspect {
  Name: string;
  Driver: string;
  Mountpoint: string;
  CreatedAt?: string;
  Labels?: Labels | null;
  Options?: Record<string, string> | null;
  Scope?: string;
}

export interface NetworkInspect {
  Name: string;
  Id: string;
  Created?: string;
  Driver: string;
  Scope?: string;
  Internal: boolean;
  Attachable?: boolean;
  EnableIPv6?: boolean;
  Labels?: Labels | null;
  Options?: Record<string, string> | null;
  Containers?: Record<string, { Name: string; IPv4Address?: string; EndpointID?: string }> | null;
}

/** One line of `GET /events`. `time` is seconds, `timeNano` nanoseconds since the epoch. */
export interface EngineEvent {
  Type: 'container' | 'image' | 'volume' | 'network' | 'daemon' | 'plugin' | 'service' | 'node' | 'secret' | 'config' | string;
  Action: string;
  Actor: { ID: string; Attributes?: Record<string, string> };
  scope?: string;
  time: number;
  timeNano: number;
}

/** `docker diff` entries: Kind 0 = changed, 1 = added, 2 = deleted. */
export interface FsChange {
  Path: string;
  Kind: 0 | 1 | 2;
}

/** The `X-Docker-Container-Path-Stat` header of `HEAD /containers/{id}/archive`. */
export interface PathStat {
  name: string;
  size: number;
  mode: number;
  mtime?: string;
  linkTarget?: string;
}

export interface DiskUsage {
  BuildCache?: { ID: string; Type?: string; Description?: string; Size: number; CreatedAt: string; LastUsedAt?: string | null; UsageCount?: number; InUse?: boolean; Shared?: boolean }[] | null;
  LayersSize?: number;
}
