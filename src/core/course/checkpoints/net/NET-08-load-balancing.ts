import { code, defineCheckpoint, no, ok } from '../define';
import { proxyReachable, proxyUrl, replicaOf } from './proxy';

export const checkpoint = defineCheckpoint({
  id: 'NET-08',
  lessonId: 'c07-l6',
  family: 'NET',
  kind: 'state',
  title: 'Requests spread across two replicas',
  summary: 'Ten GETs of `/api/health` through the proxy are answered by at least two different app hostnames.',
  needsDocker: true,
  names: { proxy: { default: 'proxy', description: 'the reverse proxy' } },
  params: { port: '8080/tcp', path: '/api/health', marker: 'driftwood-app ok', requests: '10', minReplicas: '2' },
  conditions: [
    proxyReachable([
      'Load balancing happens behind the one published entry point.',
      'Start the replicas and the proxy with the lab script.',
      'Run `sh driftwood/proxy/up.sh offline` (or `online`) from the course folder.',
    ]),
    {
      id: 'spread',
      label: 'Ten requests reach at least two replicas',
      expected: 'at least 2 distinct app hostnames in 10 answers',
      after: ['proxy-published'],
      hints: [
        'Two containers with the same network alias share one DNS name; Docker\'s DNS returns both addresses in rotating order.',
        'Count the answers: `for i in $(seq 10); do curl -s http://127.0.0.1:8080/api/health; done | sort | uniq -c`. The proxy must resolve `app` again for each request (nginx: a `resolver` and a variable in `proxy_pass`).',
        'Run both replicas with `--network-alias app`, point the proxy at `app:8080` instead of `app1`, and restart.',
      ],
      async check(ctx) {
        const u = await proxyUrl(ctx, ctx.param('path'));
        if (typeof u !== 'string') return no(u.problem);
        const counts = new Map<string, number>();
        let failures = 0;
        let lastProblem = '';
        for (let i = 0; i < Number(ctx.param('requests')); i++) {
          const r = await ctx.ports.http.get(u, 5000, ctx.signal);
          const host = r.ok && r.status === 200 ? replicaOf(r.body, ctx.param('marker')) : undefined;
          if (host) counts.set(host, (counts.get(host) ?? 0) + 1);
          else {
            failures++;
            lastProblem = r.ok ? `HTTP ${r.status} ${r.body.trim().slice(0, 60)}` : r.error;
          }
        }
        const shown = [...counts].map(([h, n]) => `${code(h)} ×${n}`).join(', ') || 'no replica answered';
        const tail = failures ? ` (${failures} request${failures > 1 ? 's' : ''} failed: ${lastProblem})` : '';
        return counts.size >= Number(ctx.param('minReplicas')) ? ok(`${shown}${tail}`) : no(`${shown}${tail}`);
      },
    },
  ],
});
