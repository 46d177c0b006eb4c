import { code, defineCheckpoint, foreignReason, no, ok, shortName } from '../define';
import type { ContainerInspect } from '../engineApi';
import type { CheckContext } from '../types';
import { ownVolume } from './shared';

async function users(ctx: CheckContext): Promise<{ c: ContainerInspect; rw: boolean }[]> {
  return ctx.memo('shared-users', async () => {
    const name = ctx.name('shared');
    const list = (await ctx.ports.docker.listContainers({ volume: name }, { signal: ctx.signal })).filter((c) => !foreignReason(c.Labels));
    const out: { c: ContainerInspect; rw: boolean }[] = [];
    for (const s of list) {
      const c = await ctx.ports.docker.inspectContainer(s.Id, { signal: ctx.signal });
      const m = c?.Mounts.find((x) => x.Type === 'volume' && x.Name === name);
      if (c && m) out.push({ c, rw: m.RW });
    }
    return out;
  });
}

const describe = (u: { c: ContainerInspect; rw: boolean }): string => `${code(shortName(u.c))} (${u.rw ? 'read-write' : 'read-only'})`;

export const checkpoint = defineCheckpoint({
  id: 'STO-09',
  lessonId: 'c06-l6',
  family: 'STO',
  kind: 'state',
  title: 'One volume, a writer and a read-only reader',
  summary: 'Two containers mount the volume `shared`, and one of them (`reader`) mounts it read-only.',
  needsDocker: true,
  names: { shared: { default: 'shared', description: 'the volume both containers mount' } },
  conditions: [
    {
      id: 'volume',
      label: 'Volume `shared` exists',
      expected: 'volume `shared`',
      hints: [
        'Containers share data through a volume that each of them mounts.',
        'Create it by name before you start the containers.',
        'Run `docker volume create --label docker-course.lesson=c06-l6 shared`.',
      ],
      async check(ctx) {
        const v = await ownVolume(ctx, 'shared');
        return v.value ? ok(v.note) : no(v.note);
      },
    },
    {
      id: 'two-containers',
      label: 'Two containers mount `shared`',
      expected: 'at least two containers with `shared` mounted',
      after: ['volume'],
      hints: [
        'Any number of containers can mount the same volume at the same time.',
        '`docker ps -a --filter volume=shared` lists the containers that use it.',
        'Start `writer` and `reader` as in the lab step "Share a volume".',
      ],
      async check(ctx) {
        const u = await users(ctx);
        return u.length >= 2 ? ok(u.map(describe).join(', ')) : no(u.length ? `only ${describe(u[0])}` : 'no container mounts it');
      },
    },
    {
      id: 'one-read-only',
      label: 'One of them mounts it read-only',
      expected: 'a read-only mount (`reader`) beside a read-write one',
      after: ['two-containers'],
      hints: [
        'A consumer that only reads should not be able to change the data: mount the volume with `:ro`.',
        '`docker inspect -f "{{json .Mounts}}" reader` shows `"RW": false` for a read-only mount.',
        'Re-create `reader` with `-v shared:/shared:ro`.',
      ],
      async check(ctx) {
        const u = await users(ctx);
        const ro = u.filter((x) => !x.rw);
        const rw = u.filter((x) => x.rw);
        if (!ro.length) return no(`all read-write: ${u.map(describe).join(', ')}`);
        if (!rw.length) return no(`all read-only, so nothing writes: ${u.map(describe).join(', ')}`);
        return ok(`${ro.map(describe).join(', ')} beside ${rw.map(describe).join(', ')}`);
      },
    },
  ],
});
