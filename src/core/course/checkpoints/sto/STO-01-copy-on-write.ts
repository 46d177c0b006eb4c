import { code, containerExists, defineCheckpoint, liveValue, no, ok, the } from '../define';
import { mountAt } from './shared';

export const checkpoint = defineCheckpoint({
  id: 'STO-01',
  lessonId: 'c06-l1',
  family: 'STO',
  kind: 'state',
  title: 'Writes land in the container\'s writable layer',
  summary: '`docker diff cow` lists `A /data/note.txt` (added in the writable layer), and your answer names the engine\'s storage driver.',
  needsDocker: true,
  names: { cow: { default: 'cow', description: 'the container of the copy-on-write lab' } },
  params: { path: '/data/note.txt' },
  questions: [{ id: 'driver', kind: 'value', prompt: 'Which storage driver does your engine use?', placeholder: 'overlay2' }],
  conditions: [
    containerExists('cow', 'Container `cow` exists', [
      'Every container gets its own thin writable layer on top of the read-only image layers.',
      'Start it from the lab image with `--name cow`.',
      'Run `docker run -d --init --name cow --label docker-course.lesson=c06-l1 learner/cow:1`.',
    ]),
    {
      id: 'note-added',
      label: '`docker diff cow` shows `A /data/note.txt`',
      expected: '`/data/note.txt` added (kind A) in the writable layer',
      after: ['cow-exists'],
      hints: [
        '`docker diff` lists what the writable layer holds: A added, C changed (copied up), D deleted (a whiteout).',
        'A path under a VOLUME (or any mount) is not in the writable layer, so `docker diff` never lists it; check `docker inspect -f "{{json .Mounts}}" cow`.',
        'Remove the `VOLUME /data` line from the lab Dockerfile, rebuild, recreate `cow` and write the note again.',
      ],
      async check(ctx) {
        const c = await the(ctx, 'cow');
        const path = ctx.param('path');
        const changes = (await ctx.ports.docker.containerChanges(c.Id, { signal: ctx.signal })) ?? [];
        const hit = changes.find((x) => x.Path === path);
        if (hit?.Kind === 1) return ok(`A ${path} (${changes.length} changes in all)`);
        if (hit) return no(`${path} is listed as ${hit.Kind === 0 ? 'C (changed)' : 'D (deleted)'}, not added`);
        const dir = path.slice(0, path.lastIndexOf('/')) || '/';
        const m = mountAt(c, dir);
        if (m) {
          const what = m.Type === 'volume' && /^[0-9a-f]{64}$/.test(m.Name ?? '') ? 'an anonymous volume (from a VOLUME line in the image)' : `a ${m.Type} mount`;
          return no(`${code(path)} is not in the writable layer: ${code(dir)} is ${what}, so the write went there`);
        }
        return no(`no entry for ${code(path)} among ${changes.length} changes: the note was not written yet`);
      },
    },
    liveValue({
      id: 'driver',
      question: { id: 'driver', kind: 'value', prompt: 'Which storage driver does your engine use?' },
      label: 'Your answer names the storage driver',
      compare: { kind: 'text', caseInsensitive: true },
      hints: [
        'The storage driver is the engine component that stacks the layers and adds each container\'s writable one.',
        '`docker info --format "{{.Driver}}"` prints it.',
        'Run that command and type its answer.',
      ],
      async truth(ctx) {
        return (await ctx.info()).Driver ?? 'unknown';
      },
    }),
  ],
});
