import { code, defineCheckpoint, findContainer, no, ok } from '../define';
import { resolves } from './shared';

export const checkpoint = defineCheckpoint({
  id: 'NET-02',
  lessonId: 'c07-l2',
  family: 'NET',
  kind: 'state',
  title: 'A network alias for the database',
  summary: '`db` has the alias `postgres` on `backend`, and `api` resolves `postgres`.',
  needsDocker: true,
  names: {
    backend: { default: 'backend', description: 'the network' },
    api: { default: 'api', description: 'the API container' },
    db: { default: 'db', description: 'the database container' },
  },
  params: { alias: 'postgres' },
  conditions: [
    {
      id: 'alias',
      label: '`db` answers to `postgres` on `backend`',
      expected: 'alias `postgres` on network `backend`',
      hints: [
        'An alias is an extra DNS name for a container on one network, so clients can use a stable role name.',
        'Set it with `--network-alias postgres` (with `--network backend`), or `docker network connect --alias postgres backend db`.',
        'Run `docker network disconnect backend db`, then `docker network connect --alias postgres backend db`.',
      ],
      async check(ctx) {
        const db = await findContainer(ctx, 'db');
        if (!db.value) return no(db.note);
        const ep = db.value.NetworkSettings.Networks?.[ctx.name('backend')];
        if (!ep) return no(`${code(ctx.name('db'))} is not on ${code(ctx.name('backend'))}`);
        const names = [...(ep.Aliases ?? []), ...(ep.DNSNames ?? [])];
        const alias = ctx.param('alias');
        // On API < 1.45, Aliases also holds the short container ID; only real names are shown.
        const shown = names.filter((n) => !/^[0-9a-f]{12}$/.test(n));
        return names.includes(alias) ? ok(`aliases ${shown.map(code).join(', ')}`) : no(shown.length ? `aliases ${shown.map(code).join(', ')}` : 'no alias');
      },
    },
    resolves('api-resolves-alias', 'api', (ctx) => ctx.param('alias'), true, 'From `api`, the name `postgres` resolves', [
      'Aliases are answered by the same embedded DNS as container names.',
      'Test it: `docker exec api nslookup postgres`.',
      'Make sure `api` is on `backend` too: `docker network connect backend api`.',
    ]),
  ],
});
