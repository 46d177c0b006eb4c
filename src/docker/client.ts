import Docker from 'dockerode';

export interface DockerEndpointOptions {
  socketPath?: string;
  host?: string;
  port?: number;
  protocol?: 'http' | 'https' | 'ssh';
}

/**
 * Builds a dockerode client with every connection field set explicitly, so nothing is picked up
 * from DOCKER_HOST behind the caller's back (docker-modem merges its env-derived defaults otherwise).
 */
export function createDockerClient(endpoint: DockerEndpointOptions): Docker {
  return new Docker({
    socketPath: endpoint.socketPath,
    host: endpoint.socketPath ? undefined : endpoint.host,
    port: endpoint.socketPath ? undefined : endpoint.port,
    protocol: endpoint.socketPath ? undefined : endpoint.protocol,
  } as Docker.DockerOptions);
}

/** The endpoint when nothing is configured: DOCKER_HOST if it is a unix socket, else the standard socket. */
export function defaultEndpoint(env: NodeJS.ProcessEnv = process.env): DockerEndpointOptions {
  const host = env.DOCKER_HOST;
  if (host?.startsWith('unix://')) return { socketPath: host.slice('unix://'.length) };
  if (host?.startsWith('tcp://')) {
    const url = new URL(host.replace(/^tcp:/, 'http:'));
    return { host: url.hostname, port: Number(url.port || 2375), protocol: 'http' };
  }
  return { socketPath: '/var/run/docker.sock' };
}

/** Pings the daemon with a deadline; resolves to the API version or throws. */
export async function ping(client: Docker, timeoutMs = 3000): Promise<{ apiVersion: string; version: string }> {
  await (client.ping as (opts: object) => Promise<unknown>).call(client, { abortSignal: AbortSignal.timeout(timeoutMs) });
  const v = (await (client.version as (opts: object) => Promise<{ ApiVersion: string; Version: string }>).call(client, { abortSignal: AbortSignal.timeout(timeoutMs) }));
  return { apiVersion: v.ApiVersion, version: v.Version };
}
