/**
 * Classifies whatever dockerode/docker-modem/Node throws into a small closed union with a message a
 * learner can act on. Raw library text ("(HTTP code 404) no such container - …") goes to `detail`,
 * which only the log shows.
 */
import * as path from 'node:path';
import type { DockerFailure } from '../core/course/checkpoints/types';
import type { Endpoint } from './endpoint';

/** The oldest Engine API the course supports (Docker Engine 20.10). */
export const API_FLOOR = '1.41';

export interface ClassifyContext {
  endpoint?: Endpoint;
  endpointSource?: string;
  /** Whether Docker looks installed on this machine (see detectInstallation). */
  installation?: 'installed' | 'not-installed' | 'unknown';
  /** What we were doing, for the message: "checking container `web`". */
  doing?: string;
}

interface ErrorLike {
  name?: string;
  code?: string | number;
  errno?: string | number;
  syscall?: string;
  message?: string;
  statusCode?: number;
  reason?: string;
  json?: unknown;
  cause?: unknown;
}

export function classifyDockerError(err: unknown, ctx: ClassifyContext = {}): DockerFailure {
  const e = (typeof err === 'object' && err !== null ? err : { message: String(err) }) as ErrorLike;
  const code = String(e.code ?? (e.cause as ErrorLike | undefined)?.code ?? '');
  const raw = rawText(e);
  const where = ctx.endpoint ? `${ctx.endpoint.url}${ctx.endpointSource ? ` (from ${ctx.endpointSource})` : ''}` : 'the Docker endpoint';
  const doing = ctx.doing ? `While ${ctx.doing}: ` : '';
  const base = { detail: raw, endpoint: ctx.endpoint?.url, endpointSource: ctx.endpointSource };

  if (e.name === 'AbortError' && !/timeout/i.test(raw)) {
    return { ...base, kind: 'cancelled', message: `${doing}the check was cancelled.` };
  }
  if (e.name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT' || /timed? ?out/i.test(raw) && !e.statusCode) {
    return {
      ...base,
      kind: 'timeout',
      message: `${doing}Docker at ${where} did not answer in time. The engine may be starting up or overloaded; wait a moment and retry. If it keeps happening, restart Docker.`,
    };
  }
  if (typeof e.statusCode === 'number') {
    const apiMessage = apiMessageOf(e);
    const tooOld = /client version .* is too (new|old)|minimum supported API version/i.test(apiMessage ?? '');
    if (tooOld) return tooOldFailure(apiMessage ?? raw, ctx, raw);
    return {
      ...base,
      kind: 'api',
      statusCode: e.statusCode,
      apiMessage,
      message: `${doing}Docker refused the request (HTTP ${e.statusCode}): ${apiMessage ?? 'no reason given'}.`,
    };
  }
  const configured = !!ctx.endpointSource && !/^platform default|^DOCKER_CONTEXT=default/.test(ctx.endpointSource);
  if ((code === 'ENOENT' || (code === '' && /ENOENT/.test(raw))) && configured) {
    return {
      ...base,
      kind: 'no-socket',
      installation: 'unknown',
      message: `There is no Docker socket at ${where}. That address was configured explicitly: check that it is right and that the engine behind it is running, or clear it to use your local Docker.`,
    };
  }
  if (code === 'ENOENT' || (code === '' && /ENOENT/.test(raw))) {
    const notInstalled = ctx.installation === 'not-installed';
    return {
      ...base,
      kind: 'no-socket',
      installation: notInstalled ? 'not-installed' : ctx.installation === 'installed' ? 'not-running' : 'unknown',
      message: notInstalled
        ? `Docker isn't installed on this machine: there is no Docker socket at ${where} and no docker program. Install Docker Desktop or Docker Engine (lesson c00-l1), then retry.`
        : ctx.installation === 'installed'
          ? `Docker is installed but not running: nothing listens at ${where}. Start Docker Desktop (or \`sudo systemctl start docker\` on Linux), wait until it says it is running, then retry.`
          : `Docker isn't running or isn't installed: there is no Docker socket at ${where}. Start Docker (or install it, lesson c00-l1), then retry.`,
    };
  }
  if (code === 'ECONNREFUSED') {
    const local = ctx.endpoint?.kind === 'unix' || ctx.endpoint?.kind === 'npipe';
    return {
      ...base,
      kind: 'refused',
      installation: local ? 'not-running' : 'unknown',
      message: local
        ? `Docker is installed but its engine is not running: the socket ${where} exists but nothing answers on it. Start Docker Desktop (or \`sudo systemctl start docker\`), then retry.`
        : `Nothing accepted the connection at ${where}. Check that the remote engine is running and listening on that port, or clear DOCKER_HOST / the dockerCourse.docker.host setting to use your local engine.`,
    };
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return {
      ...base,
      kind: 'permission',
      message: `You don't have permission to use the Docker socket ${where}. On Linux, add yourself to the docker group (\`sudo usermod -aG docker $USER\`), then log out and back in (or run \`newgrp docker\`); or use rootless Docker. Running the course with sudo is not the fix.`,
    };
  }
  if (/^(ERR_TLS|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_SSL|EPROTO)/.test(code) || /certificate|SSL routines|TLS/i.test(raw)) {
    return {
      ...base,
      kind: 'tls',
      message: `The TLS handshake with ${where} failed (${code || 'certificate problem'}). Check DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem) and DOCKER_TLS_VERIFY, or the TLS files of your Docker context.`,
    };
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'ECONNRESET' || code === 'EPIPE') {
    return {
      ...base,
      kind: 'refused',
      installation: 'unknown',
      message: `Could not reach Docker at ${where} (${code}). Check the host name and that the engine is running there.`,
    };
  }
  return { ...base, kind: 'unknown', message: `${doing}talking to Docker at ${where} failed in an unexpected way. The log has the details; retry, and if it persists restart Docker.` };
}

export function tooOldFailure(reason: string, ctx: ClassifyContext, detail?: string): DockerFailure {
  return {
    kind: 'api-too-old',
    detail: detail ?? reason,
    endpoint: ctx.endpoint?.url,
    endpointSource: ctx.endpointSource,
    message: `Your Docker engine is too old for the course: ${reason}. The course needs Engine API ${API_FLOOR} or newer (Docker Engine 20.10+, any current Docker Desktop). Update Docker, then retry.`,
  };
}

/** Compares dotted API versions: -1, 0 or 1. */
export function compareApi(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

export function checkApiFloor(apiVersion: string, ctx: ClassifyContext = {}): DockerFailure | undefined {
  if (!/^\d+\.\d+$/.test(apiVersion)) return undefined;
  if (compareApi(apiVersion, API_FLOOR) < 0) return tooOldFailure(`it speaks API ${apiVersion}`, ctx);
  return undefined;
}

/**
 * Whether Docker looks installed: a `docker` program on PATH or a Docker Desktop install. Pure in its
 * inputs so the "not running" vs "not installed" decision is testable.
 */
export function detectInstallation(inp: { env: Record<string, string | undefined>; platform: string; exists(file: string): boolean }): 'installed' | 'not-installed' {
  const sep = inp.platform === 'win32' ? ';' : ':';
  const names = inp.platform === 'win32' ? ['docker.exe', 'podman.exe'] : ['docker', 'dockerd', 'podman'];
  const join = inp.platform === 'win32' ? path.win32.join : path.posix.join;
  for (const dir of (inp.env.PATH ?? inp.env.Path ?? '').split(sep).filter(Boolean)) {
    for (const n of names) if (inp.exists(join(dir, n))) return 'installed';
  }
  const desktop =
    inp.platform === 'darwin'
      ? ['/Applications/Docker.app']
      : inp.platform === 'win32'
        ? ['C:\\Program Files\\Docker\\Docker\\Docker Desktop.exe']
        : ['/opt/docker-desktop', '/usr/bin/docker', '/usr/bin/dockerd'];
  return desktop.some((p) => inp.exists(p)) ? 'installed' : 'not-installed';
}

function apiMessageOf(e: ErrorLike): string | undefined {
  const j = e.json as { message?: unknown } | string | undefined;
  if (j && typeof j === 'object' && typeof j.message === 'string') return j.message.trim();
  if (typeof j === 'string' && j.trim()) return j.trim();
  if (Buffer.isBuffer(j)) return j.toString('utf8').trim() || undefined;
  const m = /\(HTTP code \d+\) [^-]*- (.*)$/.exec(e.message ?? '');
  return m ? m[1].trim() : undefined;
}

function rawText(e: ErrorLike): string {
  const parts = [e.name, e.code, e.message].filter((x) => x !== undefined && x !== '');
  return parts.join(': ');
}
