import { createDockerClient, defaultEndpoint, ping } from '../../../src/docker/client';

/**
 * For real-daemon suites: returns a client, or skips the suite with a visible reason.
 * With DOCKER_COURSE_REQUIRE_DAEMON=1 (CI) a missing daemon fails instead of skipping.
 */
export async function requireDaemon(ctx: Mocha.Context) {
  const endpoint = defaultEndpoint();
  const client = createDockerClient(endpoint);
  try {
    await ping(client, 3000);
    return client;
  } catch (e) {
    const reason = `no Docker daemon answered at ${endpoint.socketPath ?? `${endpoint.host}:${endpoint.port}`} (${e instanceof Error ? e.message : String(e)})`;
    if (process.env.DOCKER_COURSE_REQUIRE_DAEMON === '1') throw new Error(`${reason}; DOCKER_COURSE_REQUIRE_DAEMON=1 requires one`);
    console.log(`    SKIPPED daemon tests: ${reason}`);
    ctx.skip();
  }
}
