import { API_FLOOR, compareApiVersions } from '../engine';
import { cannot, code, defineCheckpoint, no, ok } from '../define';
import { PortError, type CheckContext, type Verdict } from '../types';
import type { EngineVersion } from '../engineApi';

/** Reads the engine's version once; an unreachable daemon is this lesson's failure, not a blocked check. */
async function reach(ctx: CheckContext): Promise<{ version?: EngineVersion; problem?: string }> {
  return ctx.memo('env:reach', async () => {
    try {
      await ctx.ports.docker.ping({ signal: ctx.signal });
      return { version: await ctx.ports.docker.version({ signal: ctx.signal }) };
    } catch (e) {
      if (e instanceof PortError && e.failure.kind !== 'cancelled') return { problem: e.failure.message };
      throw e;
    }
  });
}

export const checkpoint = defineCheckpoint({
  id: 'ENV-01',
  lessonId: 'c00-l1',
  family: 'ENV',
  kind: 'state',
  title: 'The Docker engine answers',
  summary: 'The daemon answers a ping, speaks API 1.41 or newer, and reports its version.',
  needsDocker: false,
  conditions: [
    {
      id: 'daemon-answers',
      label: 'The Docker daemon answers',
      expected: 'a reply to GET /_ping',
      hints: [
        'The docker command is only a client; a background service (the daemon, dockerd) does the work and must be running.',
        'Run `docker version`: a "Server:" section means the daemon answered; "Cannot connect to the Docker daemon" means it did not.',
        'Start Docker Desktop and wait for "Engine running", or on Linux run `sudo systemctl enable --now docker`. Then check again.',
      ],
      async check(ctx): Promise<Verdict> {
        const r = await reach(ctx);
        return r.version ? ok(`the daemon at ${ctx.ports.docker.describe} answered`) : no(r.problem ?? 'no answer');
      },
    },
    {
      id: 'api-version',
      label: `The engine speaks API ${API_FLOOR} or newer`,
      expected: `API ${API_FLOOR} or newer (Docker Engine 20.10+)`,
      after: ['daemon-answers'],
      hints: [
        'Client and daemon talk over a versioned HTTP API; old engines lack features the course uses.',
        'In `docker version`, read "API version" under "Server:".',
        'Update Docker Desktop, or install a current Docker Engine from your distribution or docker.com.',
      ],
      async check(ctx) {
        const v = (await reach(ctx)).version!;
        return compareApiVersions(v.ApiVersion, API_FLOOR) >= 0 ? ok(`API ${v.ApiVersion}`) : no(`API ${v.ApiVersion} (engine ${v.Version})`);
      },
    },
    {
      id: 'server-version',
      label: 'The engine reports its version, OS and architecture',
      expected: 'a server version with OS and architecture',
      after: ['daemon-answers'],
      hints: [
        'The server half of `docker version` describes the engine, which may run in a VM (Docker Desktop) rather than on your machine.',
        'Look for Version, OS/Arch under "Server: … Engine".',
        'If the Server section is missing, the daemon is not reachable: fix the first condition.',
      ],
      async check(ctx) {
        const v = (await reach(ctx)).version!;
        if (!v.Version) return cannot('the engine did not report a version');
        return ok(`Docker Engine ${v.Version} on ${v.Os}/${v.Arch}`);
      },
    },
  ],
});

export { reach as reachEngine };
