/**
 * Builds dockerode clients from a resolved endpoint with every connection field set explicitly, and
 * gives each call a deadline plus the caller's cancellation. docker-modem merges its DOCKER_HOST-derived
 * defaults under our options (Object.assign), so fields we leave out could be filled from the
 * environment behind our back: every field is therefore written, `undefined` included.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Docker from 'dockerode';
import type { DockerFailure } from '../core/course/checkpoints/types';
import { resolveEndpoint, type Endpoint, type ResolvedEndpoint } from './endpoint';
import { checkApiFloor, classifyDockerError, detectInstallation, type ClassifyContext } from './errors';

/** Default deadline of a request/response call (a setting, dockerCourse.docker.timeoutMs, can change it). */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** The probe before every checkpoint run. */
export const PING_TIMEOUT_MS = 3_000;

export function dockerOptions(endpoint: Endpoint, readFile: (file: string) => Buffer | undefined = readIfExists): Docker.DockerOptions {
  const tlsDir = endpoint.tls?.certDir;
  const pem = (name: string) => (tlsDir ? readFile(path.join(tlsDir, name)) : undefined);
  const opts: Record<string, unknown> = {
    socketPath: endpoint.kind === 'unix' || endpoint.kind === 'npipe' ? endpoint.socketPath : undefined,
    host: endpoint.kind === 'tcp' || endpoint.kind === 'ssh' ? endpoint.host : undefined,
    port: endpoint.kind === 'tcp' || endpoint.kind === 'ssh' ? endpoint.port : undefined,
    protocol: endpoint.kind === 'tcp' ? endpoint.protocol : endpoint.kind === 'ssh' ? 'ssh' : undefined,
    username: endpoint.kind === 'ssh' ? endpoint.username : undefined,
    sshOptions: endpoint.kind === 'ssh' ? { agent: endpoint.sshAgent } : undefined,
    ca: endpoint.protocol === 'https' ? pem('ca.pem') : undefined,
    cert: endpoint.protocol === 'https' ? pem('cert.pem') : undefined,
    key: endpoint.protocol === 'https' ? pem('key.pem') : undefined,
    checkServerIdentity: endpoint.tls && !endpoint.tls.verify ? () => undefined : undefined,
    // No global timeout: it fires on inactivity and would kill event and log streams. Deadlines are per call.
    timeout: undefined,
    version: undefined,
    pathPrefix: undefined,
  };
  return opts as Docker.DockerOptions;
}

function readIfExists(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Resolves the endpoint from this process's real environment (for the CLI and tests). */
export function resolveLocalEndpoint(settings?: { host?: string }, env: Record<string, string | undefined> = process.env): ResolvedEndpoint {
  return resolveEndpoint({
    env,
    platform: process.platform,
    homedir: os.homedir(),
    uid: typeof process.getuid === 'function' ? process.getuid() : undefined,
    readFile: (f) => {
      try {
        return fs.readFileSync(f, 'utf8');
      } catch {
        return undefined;
      }
    },
    exists: (f) => fs.existsSync(f),
    settings,
  });
}

/** A signal that fires after `ms` or when `outer` fires, whichever comes first. */
export function deadline(ms: number, outer?: AbortSignal): AbortSignal {
  const t = AbortSignal.timeout(ms);
  return outer ? AbortSignal.any([t, outer]) : t;
}

/** A client bound to its endpoint, with classification context and a default per-call deadline. */
export class DockerSession {
  readonly client: Docker;
  readonly classify: ClassifyContext;

  constructor(
    readonly resolved: ResolvedEndpoint,
    readonly timeoutMs: number = DEFAULT_TIMEOUT_MS,
  ) {
    this.client = new Docker(dockerOptions(resolved.endpoint));
    this.classify = {
      endpoint: resolved.endpoint,
      endpointSource: resolved.source,
      installation: detectInstallation({ env: process.env, platform: process.platform, exists: (f) => fs.existsSync(f) }),
    };
  }

  /** "unix:///var/run/docker.sock (from platform default (system socket))" */
  get describe(): string {
    return `${this.resolved.endpoint.url} (from ${this.resolved.source})`;
  }

  signal(outer?: AbortSignal, ms = this.timeoutMs): AbortSignal {
    return deadline(ms, outer);
  }

  failure(e: unknown, doing?: string): DockerFailure {
    return classifyDockerError(e, { ...this.classify, doing });
  }
}

/** dockerode accepts `abortSignal` on ping/version; its typings don't say so. */
function withSignals(client: Docker): {
  ping(o: { abortSignal: AbortSignal }): Promise<unknown>;
  version(o: { abortSignal: AbortSignal }): Promise<{ Version: string; ApiVersion: string; Os: string; Arch: string }>;
} {
  return client as unknown as ReturnType<typeof withSignals>;
}

export type EngineProbe =
  | { state: 'ok'; version: string; apiVersion: string; os: string; arch: string }
  | { state: 'unreachable'; failure: DockerFailure };

/** ping() with a short deadline, then version(); the result is a value, never an exception. */
export async function probeEngine(session: DockerSession, signal?: AbortSignal, timeoutMs = PING_TIMEOUT_MS): Promise<EngineProbe> {
  try {
    const c = withSignals(session.client);
    await c.ping({ abortSignal: deadline(timeoutMs, signal) });
    const v = await c.version({ abortSignal: deadline(timeoutMs, signal) });
    const tooOld = checkApiFloor(v.ApiVersion, session.classify);
    if (tooOld) return { state: 'unreachable', failure: tooOld };
    return { state: 'ok', version: v.Version, apiVersion: v.ApiVersion, os: v.Os, arch: v.Arch };
  } catch (e) {
    return { state: 'unreachable', failure: session.failure(e) };
  }
}

// ---- kept for the existing daemon suite and simple callers ----

export interface DockerEndpointOptions {
  socketPath?: string;
  host?: string;
  port?: number;
  protocol?: 'http' | 'https' | 'ssh';
}

export function createDockerClient(endpoint: DockerEndpointOptions): Docker {
  return new Docker({
    socketPath: endpoint.socketPath,
    host: endpoint.socketPath ? undefined : endpoint.host,
    port: endpoint.socketPath ? undefined : endpoint.port,
    protocol: endpoint.socketPath ? undefined : endpoint.protocol,
    timeout: undefined,
    version: undefined,
  } as Docker.DockerOptions);
}

/** The endpoint this process would use, as plain dockerode connection options. */
export function defaultEndpoint(env: Record<string, string | undefined> = process.env): DockerEndpointOptions {
  const { endpoint } = resolveLocalEndpoint(undefined, env);
  if (endpoint.socketPath) return { socketPath: endpoint.socketPath };
  return { host: endpoint.host, port: endpoint.port, protocol: endpoint.protocol };
}

/** Pings the daemon with a deadline; resolves to the API version or throws. */
export async function ping(client: Docker, timeoutMs = PING_TIMEOUT_MS): Promise<{ apiVersion: string; version: string }> {
  const c = withSignals(client);
  await c.ping({ abortSignal: AbortSignal.timeout(timeoutMs) });
  const v = await c.version({ abortSignal: AbortSignal.timeout(timeoutMs) });
  return { apiVersion: v.ApiVersion, version: v.Version };
}
