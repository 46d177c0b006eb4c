import { LESSON_LABEL } from '../../images';
import { code, defineCheckpoint, findContainer, foreignReason, no, ok, shortName } from '../define';
import { proxyReachable, proxyUrl } from './proxy';

const LESSON = 'c07-l6';

export const checkpoint = defineCheckpoint({
  id: 'NET-07',
  lessonId: LESSON,
  family: 'NET',
  kind: 'state',
  title: 'One way in: the reverse proxy',
  summary: 'A GET from the host to `127.0.0.1:<proxy port>/api/health` answers 200 with the app\'s marker (`driftwood-app ok`), and no app container of the lesson publishes a host port.',
  needsDocker: true,
  names: {
    proxy: { default: 'proxy', description: 'the reverse proxy' },
    app1: { default: 'app1', description: 'the first app replica' },
    app2: { default: 'app2', description: 'the second app replica' },
  },
  params: { port: '8080/tcp', path: '/api/health', marker: 'driftwood-app ok' },
  offline: 'Offline the proxy is the toolbox forwarder (busybox nc and wget, GET only) from the lab; the check is the same.',
  conditions: [
    proxyReachable([
      'A reverse proxy is the single entry point: clients talk to it, it talks to the apps on a private network.',
      'Publish only the proxy, on the loopback address: `-p 127.0.0.1:8080:8080`.',
      'Run `sh driftwood/proxy/up.sh offline` (or `online`) from the course folder.',
    ]),
    {
      id: 'health-through-proxy',
      label: '`/api/health` through the proxy answers with the app\'s marker',
      expected: 'HTTP 200 with `driftwood-app ok`',
      after: ['proxy-published'],
      hints: [
        'The proxy forwards the request to the name `app` on the shared network; Docker\'s DNS answers with a replica\'s address.',
        'Try `curl -s http://127.0.0.1:8080/api/health`; a 502 means the proxy could not reach its upstream (`docker logs proxy` says which).',
        'Give both replicas `--network-alias app` on `frontend` and point the proxy at `app:8080`, then restart with the lab script.',
      ],
      async check(ctx) {
        const u = await proxyUrl(ctx, ctx.param('path'));
        if (typeof u !== 'string') return no(u.problem);
        const r = await ctx.ports.http.get(u, 5000, ctx.signal);
        if (!r.ok) return no(`${u}: ${r.error}`);
        if (r.status !== 200) return no(`${u} → HTTP ${r.status}${r.body.trim() ? `: ${code(r.body.trim().slice(0, 80))}` : ''}`);
        return r.body.includes(ctx.param('marker')) ? ok(`${u} → 200 ${code(r.body.trim().slice(0, 80))}`) : no(`${u} → 200, but without the marker: ${code(r.body.trim().slice(0, 80))}`);
      },
    },
    {
      id: 'no-side-doors',
      label: 'No app container publishes a host port',
      expected: 'only the proxy is reachable from the host',
      hints: [
        'A published app port is a side door past the proxy and everything it enforces.',
        '`docker ps --filter label=docker-course.lesson=c07-l6 --format "{{.Names}} {{.Ports}}"` shows which containers publish what.',
        'Remove the `-p` options from the app replicas in up.sh and start again.',
      ],
      async check(ctx) {
        const proxy = (await findContainer(ctx, 'proxy')).value;
        const seen = new Map<string, { name: string; ports: string[] }>();
        const add = (id: string, name: string, ports: Record<string, { HostIp: string; HostPort: string }[] | null> | null | undefined) => {
          const published = Object.entries(ports ?? {}).flatMap(([p, bs]) => (bs ?? []).filter((b) => b.HostPort).map((b) => `${b.HostIp || '0.0.0.0'}:${b.HostPort}→${p}`));
          seen.set(id, { name, ports: published });
        };
        for (const key of ['app1', 'app2']) {
          const c = (await findContainer(ctx, key)).value;
          if (c) add(c.Id, shortName(c), c.NetworkSettings.Ports);
        }
        const labelled = await ctx.ports.docker.listContainers({ label: [`${LESSON_LABEL}=${LESSON}`] }, { signal: ctx.signal });
        for (const s of labelled) {
          if (foreignReason(s.Labels) || s.Id === proxy?.Id || seen.has(s.Id)) continue;
          const c = await ctx.ports.docker.inspectContainer(s.Id, { signal: ctx.signal });
          if (c) add(c.Id, shortName(c), c.NetworkSettings.Ports);
        }
        const open = [...seen.values()].filter((x) => x.ports.length);
        if (open.length) return no(open.map((x) => `${code(x.name)} publishes ${x.ports.join(', ')}`).join('; '));
        return ok(seen.size ? `${[...seen.values()].map((x) => code(x.name)).join(', ')} publish nothing` : 'no app container of this lesson publishes a port');
      },
    },
  ],
});
