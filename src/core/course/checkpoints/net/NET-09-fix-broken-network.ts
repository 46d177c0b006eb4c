import { code, containerExists, defineCheckpoint, no, ok, probeFrom, the, toolboxMissing } from '../define';
import { resolves } from './shared';

export const checkpoint = defineCheckpoint({
  id: 'NET-09',
  lessonId: 'c07-l8',
  family: 'NET',
  kind: 'state',
  title: 'Troubleshooting: the shop front reaches its API again',
  summary: 'From `shop-web`, the name `api` resolves and http://api:8080/ answers 200 (the seeded setup had the API on the wrong network or without its alias).',
  needsDocker: true,
  names: { shopWeb: { default: 'shop-web', description: 'the client container' } },
  params: { host: 'api', url: 'http://api:8080/' },
  conditions: [
    containerExists('shopWeb', 'Container `shop-web` exists', [
      'The lab seeds two containers that cannot talk to each other.',
      'Start the lab with the Open lab button; it creates `shop-web` and `shop-api`.',
      'Re-run the lab\'s setup, then diagnose with `docker network inspect`.',
    ], 'exists'),
    resolves('resolves', 'shopWeb', (ctx) => ctx.param('host'), true, 'From `shop-web`, the name `api` resolves', [
      'A name resolves only if a container with that name or alias shares a network with the client.',
      'Compare `docker inspect -f "{{json .NetworkSettings.Networks}}"` for both containers; look at networks and aliases.',
      'Connect the API to the client\'s network with the alias the client uses: `docker network connect --alias api <network> shop-api`.',
    ], ['exists']),
    {
      id: 'http',
      label: 'From `shop-web`, http://api:8080/ answers 200',
      expected: 'HTTP 200 from inside `shop-web`',
      after: ['resolves'],
      hints: [
        'A name that resolves still needs a server listening on that port.',
        '`docker exec shop-web wget -q -O - http://api:8080/` shows what comes back.',
        'Check that the API listens on 8080 (`docker logs shop-api`) and that nothing blocks the port.',
      ],
      async check(ctx) {
        const c = await the(ctx, 'shopWeb');
        const url = ctx.param('url');
        const r = await probeFrom(ctx, c, ['wget', '-q', '-O', '-', url], `fetch ${url} from ${ctx.name('shopWeb')}`);
        if (!r) return toolboxMissing(ctx);
        return r.exitCode === 0 ? ok(`${url} answered (${r.output.trim().slice(0, 40)})`) : no(`${code(url)} failed from ${code(ctx.name('shopWeb'))}: ${r.output.trim().split('\n').pop()?.slice(0, 80) || `exit ${r.exitCode}`}`);
      },
    },
  ],
});
