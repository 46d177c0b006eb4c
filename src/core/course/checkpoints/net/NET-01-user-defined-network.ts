import { code, defineCheckpoint, no, ok } from '../define';
import { attached, networkOrFail, resolves } from './shared';

export const checkpoint = defineCheckpoint({
  id: 'NET-01',
  lessonId: 'c07-l1',
  family: 'NET',
  kind: 'state',
  title: 'Names resolve on a user-defined network',
  summary: 'Network `backend` (bridge) has `api` and `db` attached, and from `api` the name `db` resolves.',
  needsDocker: true,
  names: {
    backend: { default: 'backend', description: 'the user-defined network' },
    api: { default: 'api', description: 'the API container' },
    db: { default: 'db', description: 'the database container' },
  },
  conditions: [
    {
      id: 'network',
      label: 'Network `backend` exists and is a bridge network',
      expected: 'a network `backend` with driver `bridge`',
      hints: [
        'The default bridge network has no name resolution; a network you create does.',
        '`docker network create backend` makes a bridge network (the default driver).',
        'Run `docker network create backend`.',
      ],
      async check(ctx) {
        const n = await networkOrFail(ctx, 'backend');
        if (!n.value) return no(n.note);
        return n.value.Driver === 'bridge' ? ok(`${code(n.value.Name)}, driver bridge`) : no(`${code(n.value.Name)} uses driver ${code(n.value.Driver)}`);
      },
    },
    attached('api-attached', 'api', 'backend', [
      'A container only reaches names on the networks it is attached to.',
      'Use `--network backend` on `docker run`, or `docker network connect backend api` for a running container.',
      'Run `docker network connect backend api` (or re-create api with `--network backend`).',
    ], ['network']),
    attached('db-attached', 'db', 'backend', [
      'Both ends of a conversation must share a network.',
      'Use `--network backend` when you run `db`.',
      'Run `docker network connect backend db`.',
    ], ['network']),
    resolves('api-resolves-db', 'api', (ctx) => ctx.name('db'), true, 'From `api`, the name `db` resolves', [
      'Docker runs a DNS server (127.0.0.11) for user-defined networks that answers with container names.',
      'Test it: `docker exec api nslookup db`.',
      'Attach both containers to `backend`; on the default bridge network this lookup fails.',
    ], ['api-attached', 'db-attached']),
  ],
});
