import { code, containerExists, defineCheckpoint, no, ok, the } from '../define';
import { describeMount, mountAt } from './shared';

export const checkpoint = defineCheckpoint({
  id: 'STO-04',
  lessonId: 'c06-l6',
  family: 'STO',
  kind: 'state',
  title: 'The data outlives the database container',
  summary: '`db` keeps its data directory on the named volume `pgdata`, and the `MARKER` file there is older than the current `db` container: it survived removing and re-creating it.',
  needsDocker: true,
  names: {
    db: { default: 'db', description: 'the database container' },
    pgdata: { default: 'pgdata', description: 'the database\'s named volume' },
  },
  params: { dataDir: '/var/lib/postgresql/data', marker: 'MARKER' },
  offline: 'Offline the database is the course stand-in (toolbox + healthcheck); the marker file is read the same way through the archive API.',
  conditions: [
    containerExists('db', 'Container `db` exists', [
      'The database runs in a container that you can throw away, because its data lives elsewhere.',
      'Run it with `--name db` and the volume mounted at its data directory.',
      'Run the lab step "Start the database on it" (`-v pgdata:/var/lib/postgresql/data`).',
    ]),
    {
      id: 'data-on-volume',
      label: 'The data directory is on the named volume `pgdata`',
      expected: 'volume `pgdata` → `/var/lib/postgresql/data`',
      after: ['db-exists'],
      hints: [
        'Without a named volume the data sits in an anonymous volume (from the image\'s VOLUME line) that a new container never sees again.',
        '`docker inspect -f "{{json .Mounts}}" db` shows what is mounted where.',
        'Re-create `db` with `-v pgdata:/var/lib/postgresql/data`.',
      ],
      async check(ctx) {
        const dir = ctx.param('dataDir');
        const m = mountAt(await the(ctx, 'db'), dir);
        if (!m) return no(`nothing is mounted at ${code(dir)}: the data is in the container's writable layer`);
        return m.Type === 'volume' && m.Name === ctx.name('pgdata') ? ok(describeMount(m)) : no(describeMount(m));
      },
    },
    {
      id: 'marker-survived',
      label: 'The marker was written before this `db` container was created',
      expected: '`MARKER` in the data directory, older than the container',
      after: ['data-on-volume'],
      hints: [
        'The proof of persistence: write something, remove the container, create a new one on the same volume, and find it again.',
        '`docker exec db ls -l /var/lib/postgresql/data/MARKER` and `docker inspect -f "{{.Created}}" db` give the two times.',
        'Write the marker (`docker exec db sh -c \'echo survives > /var/lib/postgresql/data/MARKER\'`), then `docker stop db && docker rm db` and run it again with the same volume.',
      ],
      async check(ctx) {
        const c = await the(ctx, 'db');
        const path = `${ctx.param('dataDir')}/${ctx.param('marker')}`;
        const stat = await ctx.ports.docker.statPath(c.Id, path, { signal: ctx.signal });
        if (!stat) return no(`no ${code(path)} in ${code(ctx.name('db'))}`);
        const written = stat.mtime ? Date.parse(stat.mtime) : NaN;
        const created = Date.parse(c.Created);
        if (Number.isNaN(written)) return ok(`${code(path)} exists (its time is not reported by this engine)`);
        const when = `written ${new Date(written).toISOString()}, container created ${new Date(created).toISOString()}`;
        return written < created ? ok(`${code(path)} ${when}`) : no(`${code(path)} is newer than the container (${when}): remove and re-create \`db\` to prove it survives`);
      },
    },
  ],
});
