import { LESSON_LABEL } from '../../images';
import { code, defineCheckpoint, foreignReason, no, ok } from '../define';
import { isAnonymous, ownVolume } from './shared';

const LESSON = 'c06-l3';

export const checkpoint = defineCheckpoint({
  id: 'STO-03',
  lessonId: LESSON,
  family: 'STO',
  kind: 'state',
  title: 'A labelled named volume, and no anonymous leftovers',
  summary: 'Volume `pgdata` exists with `docker-course.lesson=c06-l3`, and every anonymous volume that this lesson\'s containers created since the lesson started has been removed again.',
  needsDocker: true,
  names: { pgdata: { default: 'pgdata', description: 'the named volume of the lesson' } },
  conditions: [
    {
      id: 'volume',
      label: 'Volume `pgdata` exists with the lesson label',
      expected: 'volume `pgdata` labelled `docker-course.lesson=c06-l3`',
      hints: [
        'A named volume is created once and then used by name; a label says what it belongs to.',
        '`docker volume create --label KEY=VALUE NAME` does both.',
        'Run `docker volume create --label docker-course.lesson=c06-l3 pgdata`.',
      ],
      async check(ctx) {
        const v = await ownVolume(ctx, 'pgdata');
        if (!v.value) return no(v.note);
        const l = v.value.Labels?.[LESSON_LABEL];
        if (l !== LESSON) return no(`${v.note} exists, but ${l === undefined ? 'without the label' : `labelled for ${code(l)}`}: remove it (\`docker volume rm ${ctx.name('pgdata')}\`) and create it with \`--label ${LESSON_LABEL}=${LESSON}\``);
        return ok(`${v.note}, driver ${v.value.Driver}, ${LESSON_LABEL}=${l}`);
      },
    },
    {
      id: 'no-anonymous-leftovers',
      label: 'No anonymous volume of this lesson is left behind',
      expected: 'every anonymous volume created by this lesson\'s containers since the lesson started is gone',
      hints: [
        '`-v /path` (no name) or a VOLUME line makes an anonymous volume; it stays after the container is removed unless you use `--rm` or `docker rm -v`.',
        '`docker volume ls` shows them as 64-character names; `docker ps -a --filter label=docker-course.lesson=c06-l3` the containers that hold them.',
        'Remove the stopped containers with their volumes: `docker rm -v $(docker ps -aq --filter label=docker-course.lesson=c06-l3)`, and use `-v pgdata:/var/lib/importer` with `--rm` in run-importer.sh.',
      ],
      async check(ctx) {
        const containerEvents = await ctx.events({ type: 'container' });
        const lessonContainers = new Set(
          containerEvents.filter((e) => e.Action === 'create' && e.Actor.Attributes?.[LESSON_LABEL] === LESSON && !foreignReason(e.Actor.Attributes)).map((e) => e.Actor.ID),
        );
        const current = await ctx.ports.docker.listContainers({ label: [`${LESSON_LABEL}=${LESSON}`] }, { signal: ctx.signal });
        for (const c of current) if (!foreignReason(c.Labels)) lessonContainers.add(c.Id);
        const volumeEvents = await ctx.events({ type: 'volume' });
        const created = new Set(volumeEvents.filter((e) => e.Action === 'create' && isAnonymous(e.Actor.ID)).map((e) => e.Actor.ID));
        const ours = new Set(volumeEvents.filter((e) => e.Action === 'mount' && created.has(e.Actor.ID) && lessonContainers.has(e.Actor.Attributes?.container ?? '')).map((e) => e.Actor.ID));
        const destroyed = new Set(volumeEvents.filter((e) => e.Action === 'destroy').map((e) => e.Actor.ID));
        const maybeLeft = [...ours].filter((v) => !destroyed.has(v));
        const left: string[] = [];
        for (const v of maybeLeft) if (await ctx.ports.docker.inspectVolume(v, { signal: ctx.signal })) left.push(v);
        if (left.length) return no(`${left.length} anonymous volume${left.length > 1 ? 's' : ''} from this lesson still exist${left.length > 1 ? '' : 's'}: ${left.map((v) => code(v.slice(0, 12))).join(', ')}`);
        if (ours.size === 1) return ok('the one anonymous volume this lesson\'s containers created is gone');
        return ok(ours.size ? `all ${ours.size} anonymous volumes this lesson\'s containers created are gone` : 'this lesson\'s containers created no anonymous volume');
      },
    },
  ],
});
