import { code, defineCheckpoint, findContainer, networksOf, no, ok } from '../define';
import type { Condition } from '../types';
import { resolves } from './shared';

function onlyOn(id: string, key: string, want: (ctx: Parameters<Condition['check']>[0]) => string[], label: string, hints: Condition['hints']): Condition {
  return {
    id,
    label,
    expected: label.replace(/^`[^`]+` is /, ''),
    hints,
    async check(ctx) {
      const c = await findContainer(ctx, key);
      if (!c.value) return no(c.note);
      const nets = networksOf(c.value);
      const w = want(ctx).sort();
      return nets.join() === w.join() ? ok(`on ${nets.map(code).join(', ')}`) : no(`on ${nets.length ? nets.map(code).join(', ') : 'no network'}`, `on ${w.map(code).join(' and ')} only`);
    },
  };
}

export const checkpoint = defineCheckpoint({
  id: 'NET-03',
  lessonId: 'c07-l2',
  family: 'NET',
  kind: 'state',
  title: 'Tiers: the proxy cannot see the database',
  summary: '`proxy` is on `frontend` only, `api` on both, `db` on `backend` only; `db` resolves from `api` but not from `proxy`.',
  needsDocker: true,
  names: {
    frontend: { default: 'frontend', description: 'the public-facing network' },
    backend: { default: 'backend', description: 'the private network' },
    proxy: { default: 'proxy', description: 'the proxy container' },
    api: { default: 'api', description: 'the API container' },
    db: { default: 'db', description: 'the database container' },
  },
  conditions: [
    onlyOn('proxy-networks', 'proxy', (ctx) => [ctx.name('frontend')], '`proxy` is on `frontend` only', [
      'Segmenting networks limits what a compromised front end can reach.',
      'A container can be connected and disconnected: `docker network connect|disconnect NET CONTAINER`.',
      'Run `docker network disconnect backend proxy` (and connect it to `frontend` if needed).',
    ]),
    onlyOn('api-networks', 'api', (ctx) => [ctx.name('backend'), ctx.name('frontend')], '`api` is on `frontend` and `backend`', [
      'The API is the only tier that talks to both sides.',
      'A second network is added with `docker network connect frontend api`.',
      'Run `docker network connect frontend api`.',
    ]),
    onlyOn('db-networks', 'db', (ctx) => [ctx.name('backend')], '`db` is on `backend` only', [
      'The database should be reachable only from the tier that needs it.',
      'Check with `docker inspect -f "{{json .NetworkSettings.Networks}}" db`.',
      'Disconnect `db` from every network except `backend`.',
    ]),
    resolves('api-sees-db', 'api', (ctx) => ctx.name('db'), true, 'From `api`, `db` resolves', [
      'The API must still reach its database.',
      'Test with `docker exec api nslookup db`.',
      'Attach `api` and `db` to `backend`.',
    ]),
    resolves('proxy-blind-to-db', 'proxy', (ctx) => ctx.name('db'), false, 'From `proxy`, `db` does not resolve', [
      'Names resolve only on shared networks, so isolation shows up as a failed lookup.',
      'Test with `docker exec proxy nslookup db`: it should fail.',
      'Take `proxy` off `backend`: `docker network disconnect backend proxy`.',
    ]),
  ],
});
