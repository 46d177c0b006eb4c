import { code, findContainer, hostUrl, no, ok, publishedPorts } from '../define';
import type { CheckContext, Condition, HintLadder } from '../types';

/** The URL of the proxy's published port (8080/tcp in the lab). */
export async function proxyUrl(ctx: CheckContext, path: string): Promise<string | { problem: string }> {
  const p = await findContainer(ctx, 'proxy');
  if (!p.value) return { problem: p.note };
  if (!p.value.State.Running) return { problem: `${code(ctx.name('proxy'))} is ${p.value.State.Status}` };
  const b = publishedPorts(p.value, ctx.param('port'))[0];
  if (!b) return { problem: `${code(ctx.name('proxy'))} publishes no host port for ${ctx.param('port')}` };
  return hostUrl(b, path);
}

/** The hostname an app replica puts after its marker (`driftwood-app ok <hostname>`). */
export function replicaOf(body: string, marker: string): string | undefined {
  const i = body.indexOf(marker);
  if (i < 0) return undefined;
  return body.slice(i + marker.length).trim().split(/\s+/)[0] || undefined;
}

export function proxyReachable(hints: HintLadder): Condition {
  return {
    id: 'proxy-published',
    label: '`proxy` runs and is published on the host',
    expected: '`proxy` running with a host port for 8080/tcp',
    hints,
    async check(ctx) {
      const u = await proxyUrl(ctx, '/');
      return typeof u === 'string' ? ok(`${code(ctx.name('proxy'))} at ${u}`) : no(u.problem);
    },
  };
}
