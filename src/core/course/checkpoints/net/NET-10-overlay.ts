import { code, defineCheckpoint, findNetwork, no, ok } from '../define';

export const checkpoint = defineCheckpoint({
  id: 'NET-10',
  lessonId: 'c07-l9',
  family: 'NET',
  kind: 'state',
  title: 'An attachable overlay network on a one-node swarm',
  summary: 'The engine is in swarm mode (`Swarm.LocalNodeState` is `active`), and network `ov` has driver `overlay` and `Attachable=true`. Run `cleanup.sh` after the check: the course never leaves a swarm by itself.',
  needsDocker: true,
  names: { ov: { default: 'ov', description: 'the overlay network' } },
  conditions: [
    {
      id: 'swarm-active',
      label: 'The engine is a swarm node',
      expected: '`Swarm.LocalNodeState` = `active`',
      hints: [
        'Overlay networks are distributed by swarm\'s control plane, so the engine must be in swarm mode, even alone.',
        '`docker info --format "{{.Swarm.LocalNodeState}}"` shows the state; the lab script runs `docker swarm init` when it is inactive.',
        'Run `sh labs/c07-l9/overlay.sh` (check first that the engine is not part of a swarm you use for something else).',
      ],
      async check(ctx) {
        const s = (await ctx.info()).Swarm?.LocalNodeState ?? 'inactive';
        return s === 'active' ? ok('active') : no(s === 'inactive' ? 'inactive: this engine is not in swarm mode' : code(s));
      },
    },
    {
      id: 'overlay-attachable',
      label: '`ov` is an attachable overlay network',
      expected: 'driver `overlay`, `Attachable=true`',
      after: ['swarm-active'],
      hints: [
        'An overlay network spans hosts; by default only swarm services may join it, `--attachable` lets plain `docker run` containers in.',
        '`docker network inspect -f "{{.Driver}} {{.Attachable}}" ov` shows both.',
        'Run `sh labs/c07-l9/cleanup.sh`, add `--attachable` to the `docker network create` line of overlay.sh, and run it again.',
      ],
      async check(ctx) {
        const n = await findNetwork(ctx, ctx.name('ov'));
        if (!n.value) return no(n.note);
        const problems: string[] = [];
        if (n.value.Driver !== 'overlay') problems.push(`driver ${code(n.value.Driver)}`);
        if (!n.value.Attachable) problems.push('not attachable');
        return problems.length ? no(`${code(n.value.Name)}: ${problems.join(', ')}`) : ok(`${code(n.value.Name)}: driver overlay, attachable, scope ${n.value.Scope ?? 'swarm'}`);
      },
    },
  ],
});
