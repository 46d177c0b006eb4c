import { code, containerExists, defineCheckpoint, liveValue, no, ok, probeFrom, the, toolboxMissing } from '../define';
import { resolves } from './shared';

export const checkpoint = defineCheckpoint({
  id: 'NET-09',
  lessonId: 'c07-l8',
  family: 'NET',
  kind: 'state',
  title: 'Troubleshooting: the client reaches the catalogue again',
  summary: 'From `client`, the name `catalog` resolves and http://catalog:8080/ answers (the seeded setup had `client` on `shop-old` and nothing called `catalog`); your answer names the network `client` was created on.',
  needsDocker: true,
  names: { client: { default: 'client', description: 'the container that calls the catalogue' } },
  params: { host: 'catalog', url: 'http://catalog:8080/' },
  questions: [{ id: 'network', kind: 'value', prompt: 'Which network was `client` on before your fix?', placeholder: 'a network name' }],
  conditions: [
    containerExists('client', 'Container `client` exists', [
      'The lab seeds two containers that cannot talk to each other: `web` serves the catalogue, `client` calls it.',
      'Seed them with `sh labs/c07-l8/break.sh`.',
      'Run `sh labs/c07-l8/break.sh`, then diagnose with `sh labs/c07-l8/diagnose.sh`.',
    ], 'exists'),
    resolves('resolves', 'client', (ctx) => ctx.param('host'), true, 'From `client`, the name `catalog` resolves', [
      'A name resolves only if a container with that name or a network alias shares a network with the client.',
      'Compare `docker inspect -f "{{json .NetworkSettings.Networks}}"` of `client` and `web`: which networks, which aliases?',
      'Put `client` on `shop` (`docker network connect shop client`) and give `web` the alias there: `docker network disconnect shop web && docker network connect --alias catalog shop web`.',
    ], ['exists']),
    {
      id: 'http',
      label: 'From `client`, http://catalog:8080/ answers',
      expected: 'the catalogue page from inside `client`',
      after: ['resolves'],
      hints: [
        'A name that resolves still needs a server listening on that port.',
        '`docker exec client wget -q -O - http://catalog:8080/` shows what comes back.',
        'Check that `web` listens on 8080 (`docker logs web`) and answers on `shop`.',
      ],
      async check(ctx) {
        const c = await the(ctx, 'client');
        const url = ctx.param('url');
        const r = await probeFrom(ctx, c, ['wget', '-q', '-O', '-', url], `fetch ${url} from ${ctx.name('client')}`);
        if (!r) return toolboxMissing(ctx);
        return r.exitCode === 0 ? ok(`${url} answered (${r.output.trim().slice(0, 40)})`) : no(`${code(url)} failed from ${code(ctx.name('client'))}: ${r.output.trim().split('\n').pop()?.slice(0, 80) || `exit ${r.exitCode}`}`);
      },
    },
    liveValue({
      id: 'original-network',
      question: { id: 'network', kind: 'value', prompt: 'Which network was `client` on before your fix?' },
      label: 'Your answer names the network `client` was created on',
      after: ['exists'],
      compare: { kind: 'text' },
      hints: [
        'Connecting a container to another network adds an endpoint; the network it was created with stays in its configuration.',
        '`docker inspect -f "{{.HostConfig.NetworkMode}}" client` shows the network given to `docker run --network`.',
        'Run that command and type the network name it prints.',
      ],
      async truth(ctx) {
        return (await the(ctx, 'client')).HostConfig.NetworkMode ?? 'default';
      },
    }),
  ],
});
