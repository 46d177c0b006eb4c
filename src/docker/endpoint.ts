/**
 * Finds the Docker endpoint the way the docker CLI does, as a pure function of its inputs:
 *   1. the `dockerCourse.docker.host` setting (machine-scoped, so a workspace cannot redirect it);
 *   2. DOCKER_HOST;
 *   3. DOCKER_CONTEXT;
 *   4. `currentContext` in $DOCKER_CONFIG/config.json (default ~/.docker), read from
 *      contexts/meta/<sha256(name)>/meta.json → Endpoints.docker.Host;
 *   5. platform defaults: Docker Desktop's ~/.docker/run/docker.sock, /var/run/docker.sock, the rootless
 *      $XDG_RUNTIME_DIR/docker.sock, Podman's sockets, and the Windows named pipe.
 * It returns the endpoint *and where it came from*, so every message can say "(from DOCKER_CONTEXT=colima)".
 * `ssh://` endpoints need a running SSH agent (SSH_AUTH_SOCK); that is reported as a problem when missing.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';

export type EndpointKind = 'unix' | 'npipe' | 'tcp' | 'ssh';

export interface Endpoint {
  kind: EndpointKind;
  /** Normalised address: unix:///var/run/docker.sock, npipe:////./pipe/docker_engine, tcp://host:2375, ssh://user@host. */
  url: string;
  socketPath?: string;
  host?: string;
  port?: number;
  protocol?: 'http' | 'https' | 'ssh';
  username?: string;
  tls?: { verify: boolean; certDir?: string };
  sshAgent?: string;
}

export interface ResolvedEndpoint {
  endpoint: Endpoint;
  /** Where the choice came from: `setting dockerCourse.docker.host`, `DOCKER_HOST`, `DOCKER_CONTEXT=colima`, … */
  source: string;
  /** Things the learner should know (an unreadable context, a missing SSH agent). Empty when all is well. */
  problems: string[];
}

export interface EndpointInputs {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform | string;
  homedir: string;
  readFile(file: string): string | undefined;
  exists(file: string): boolean;
  settings?: { host?: string };
  uid?: number;
}

const WINDOWS_PIPE = '//./pipe/docker_engine';

export function resolveEndpoint(inp: EndpointInputs): ResolvedEndpoint {
  const problems: string[] = [];
  const finish = (r: { endpoint: Endpoint; source: string }): ResolvedEndpoint => {
    if (r.endpoint.kind === 'ssh' && !inp.env.SSH_AUTH_SOCK) {
      problems.push('This is an ssh:// endpoint but no SSH agent is running (SSH_AUTH_SOCK is empty). Start ssh-agent and add your key, or the connection will fail.');
    }
    return { ...r, problems };
  };

  const setting = inp.settings?.host?.trim();
  if (setting) {
    const parsed = parseHost(setting, inp);
    if (parsed) return finish({ endpoint: parsed, source: 'setting dockerCourse.docker.host' });
    problems.push(`The setting dockerCourse.docker.host is "${setting}", which is not a Docker address (unix://, npipe://, tcp:// or ssh://); it was ignored.`);
  }

  const envHost = inp.env.DOCKER_HOST?.trim();
  if (envHost) {
    const parsed = parseHost(envHost, inp);
    if (parsed) return finish({ endpoint: parsed, source: 'DOCKER_HOST' });
    problems.push(`DOCKER_HOST is "${envHost}", which is not a Docker address; it was ignored.`);
  }

  const configDir = inp.env.DOCKER_CONFIG?.trim() || path.posix.join(toPosix(inp.homedir), '.docker');
  const envContext = inp.env.DOCKER_CONTEXT?.trim();
  if (envContext) {
    if (envContext === 'default') return finish(platformDefault(inp, 'DOCKER_CONTEXT=default'));
    const fromContext = readContext(configDir, envContext, inp, problems);
    if (fromContext) return finish({ endpoint: fromContext, source: `DOCKER_CONTEXT=${envContext}` });
  } else {
    const configText = inp.readFile(path.posix.join(configDir, 'config.json'));
    if (configText !== undefined) {
      let current: unknown;
      try {
        current = (JSON.parse(configText) as { currentContext?: unknown }).currentContext;
      } catch {
        problems.push(`${path.posix.join(configDir, 'config.json')} is not valid JSON; its currentContext was ignored.`);
      }
      if (typeof current === 'string' && current && current !== 'default') {
        const fromContext = readContext(configDir, current, inp, problems);
        if (fromContext) return finish({ endpoint: fromContext, source: `docker context "${current}" (currentContext in ${path.posix.join(configDir, 'config.json')})` });
      }
    }
  }
  return finish(platformDefault(inp, undefined));
}

/** sha256 of the context name, as the docker CLI names the folder under contexts/meta. */
export function contextDirName(name: string): string {
  return createHash('sha256').update(name).digest('hex');
}

function readContext(configDir: string, name: string, inp: EndpointInputs, problems: string[]): Endpoint | undefined {
  const hash = contextDirName(name);
  const metaFile = path.posix.join(configDir, 'contexts', 'meta', hash, 'meta.json');
  const text = inp.readFile(metaFile);
  if (text === undefined) {
    problems.push(`Docker context "${name}" is selected but ${metaFile} does not exist; using the platform default instead. Run \`docker context ls\` to see the contexts you have.`);
    return undefined;
  }
  let meta: { Name?: string; Endpoints?: { docker?: { Host?: string; SkipTLSVerify?: boolean } } };
  try {
    meta = JSON.parse(text);
  } catch {
    problems.push(`${metaFile} is not valid JSON; using the platform default instead.`);
    return undefined;
  }
  if (meta.Name !== undefined && meta.Name !== name) {
    problems.push(`${metaFile} belongs to context "${meta.Name}", not "${name}"; it was ignored.`);
    return undefined;
  }
  const host = meta.Endpoints?.docker?.Host;
  if (!host) {
    problems.push(`Docker context "${name}" has no docker endpoint in ${metaFile}; using the platform default instead.`);
    return undefined;
  }
  const endpoint = parseHost(host, inp, false);
  if (!endpoint) {
    problems.push(`Docker context "${name}" points at "${host}", which is not a Docker address.`);
    return undefined;
  }
  if (endpoint.kind === 'tcp') {
    const tlsDir = path.posix.join(configDir, 'contexts', 'tls', hash, 'docker');
    if (inp.exists(path.posix.join(tlsDir, 'ca.pem')) || inp.exists(path.posix.join(tlsDir, 'cert.pem'))) {
      endpoint.protocol = 'https';
      endpoint.tls = { verify: !meta.Endpoints?.docker?.SkipTLSVerify, certDir: tlsDir };
    }
  }
  return endpoint;
}

/**
 * Parses a Docker host string. `useTlsEnv` applies DOCKER_TLS_VERIFY/DOCKER_CERT_PATH (the CLI does that
 * for DOCKER_HOST and the setting, not for contexts, which carry their own TLS material).
 */
export function parseHost(raw: string, inp: Pick<EndpointInputs, 'env' | 'homedir'>, useTlsEnv = true): Endpoint | undefined {
  const s = raw.trim();
  if (s.startsWith('unix://')) {
    const socketPath = s.slice('unix://'.length);
    if (!socketPath) return undefined;
    return { kind: 'unix', url: `unix://${socketPath}`, socketPath };
  }
  if (s.startsWith('npipe://')) {
    const pipe = s.slice('npipe://'.length).replace(/\\/g, '/') || WINDOWS_PIPE;
    return { kind: 'npipe', url: `npipe://${pipe}`, socketPath: pipe };
  }
  if (s.startsWith('ssh://')) {
    let u: URL;
    try {
      u = new URL(s);
    } catch {
      return undefined;
    }
    if (!u.hostname) return undefined;
    return {
      kind: 'ssh',
      url: `ssh://${u.username ? `${u.username}@` : ''}${u.hostname}${u.port ? `:${u.port}` : ''}`,
      host: u.hostname,
      port: u.port ? Number(u.port) : 22,
      protocol: 'ssh',
      username: u.username || undefined,
      sshAgent: inp.env.SSH_AUTH_SOCK,
    };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s) && !/^(tcp|http|https):\/\//i.test(s)) return undefined; // fd://, unknown schemes
  let u: URL;
  try {
    u = new URL(/^[a-z]+:\/\//i.test(s) ? s.replace(/^tcp:/i, 'http:') : `http://${s}`);
  } catch {
    return undefined;
  }
  if (!u.hostname) return undefined;
  const tlsVerify = useTlsEnv && inp.env.DOCKER_TLS_VERIFY !== undefined && inp.env.DOCKER_TLS_VERIFY !== '' && inp.env.DOCKER_TLS_VERIFY !== '0';
  const explicitHttps = /^https:/i.test(s);
  const port = u.port ? Number(u.port) : tlsVerify || explicitHttps ? 2376 : 2375;
  const https = tlsVerify || explicitHttps || port === 2376;
  const certDir = useTlsEnv ? inp.env.DOCKER_CERT_PATH || path.posix.join(toPosix(inp.homedir), '.docker') : undefined;
  return {
    kind: 'tcp',
    url: `tcp://${u.hostname}:${port}`,
    host: u.hostname,
    port,
    protocol: https ? 'https' : 'http',
    tls: https ? { verify: tlsVerify || explicitHttps, certDir } : undefined,
  };
}

/** The sockets a local engine typically listens on, most specific first. */
export function defaultSocketCandidates(inp: Pick<EndpointInputs, 'env' | 'platform' | 'homedir' | 'uid'>): { path: string; what: string }[] {
  const home = toPosix(inp.homedir);
  const runtimeDir = inp.env.XDG_RUNTIME_DIR || (inp.uid !== undefined && inp.uid !== 0 ? `/run/user/${inp.uid}` : undefined);
  const list: { path: string; what: string }[] = [
    { path: path.posix.join(home, '.docker', 'run', 'docker.sock'), what: 'Docker Desktop socket' },
    { path: '/var/run/docker.sock', what: 'system socket' },
  ];
  if (runtimeDir) {
    list.push({ path: path.posix.join(runtimeDir, 'docker.sock'), what: 'rootless Docker socket' });
    list.push({ path: path.posix.join(runtimeDir, 'podman', 'podman.sock'), what: 'rootless Podman socket' });
  }
  list.push({ path: '/run/podman/podman.sock', what: 'Podman socket' });
  if (inp.platform === 'darwin') {
    list.push({ path: path.posix.join(home, '.colima', 'default', 'docker.sock'), what: 'Colima socket' });
    list.push({ path: path.posix.join(home, '.rd', 'docker.sock'), what: 'Rancher Desktop socket' });
  }
  return list;
}

function platformDefault(inp: EndpointInputs, sourceOverride: string | undefined): { endpoint: Endpoint; source: string } {
  if (inp.platform === 'win32') {
    return { endpoint: { kind: 'npipe', url: `npipe://${WINDOWS_PIPE}`, socketPath: WINDOWS_PIPE }, source: sourceOverride ?? 'platform default (Windows named pipe)' };
  }
  for (const c of defaultSocketCandidates(inp)) {
    if (inp.exists(c.path)) {
      return { endpoint: { kind: 'unix', url: `unix://${c.path}`, socketPath: c.path }, source: sourceOverride ?? `platform default (${c.what})` };
    }
  }
  return {
    endpoint: { kind: 'unix', url: 'unix:///var/run/docker.sock', socketPath: '/var/run/docker.sock' },
    source: sourceOverride ?? 'platform default (no Docker socket found on this machine)',
  };
}

function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

/** "unix:///var/run/docker.sock (from DOCKER_HOST)" */
export function describeEndpoint(r: ResolvedEndpoint): string {
  return `${r.endpoint.url} (from ${r.source})`;
}
