import { readTar } from '../../../util/tar';
import { code, defineCheckpoint, no, ok, toolboxMissing } from '../define';
import { ownVolume } from './shared';

export const checkpoint = defineCheckpoint({
  id: 'STO-08',
  lessonId: 'c06-l6',
  family: 'STO',
  kind: 'state',
  title: 'Back up a volume and restore it elsewhere',
  summary: '`driftwood/backups/pgdata-*.tar` is a non-empty tar archive, and the volume `pgdata-restored` holds `MARKER`.',
  needsDocker: true,
  names: { restored: { default: 'pgdata-restored', description: 'the volume restored from the backup' } },
  params: { backups: 'driftwood/backups', prefix: 'pgdata-', marker: 'MARKER' },
  conditions: [
    {
      id: 'backup',
      label: 'A backup `driftwood/backups/pgdata-*.tar` exists',
      expected: 'a non-empty tar archive',
      hints: [
        'A volume is backed up by a helper container that mounts it read-only and writes a tar file into a bind-mounted host folder.',
        'Stop the database first, so the files are consistent; the lab names the file `pgdata-<date>.tar`.',
        'Run the lab step "Back up the volume while the database is stopped".',
      ],
      async check(ctx) {
        const dir = ctx.param('backups');
        const names = ((await ctx.ports.workspace.list(dir)) ?? []).filter((n) => n.startsWith(ctx.param('prefix')) && n.endsWith('.tar')).sort();
        if (!names.length) return no(`no ${code(`${dir}/${ctx.param('prefix')}*.tar`)} in the course folder`);
        const newest = `${dir}/${names[names.length - 1]}`;
        const b = await ctx.ports.workspace.readFile(newest);
        if (!b || b.length === 0) return no(`${code(newest)} is empty`);
        const entries = readTar(b);
        if (!entries.length) return no(`${code(newest)} is not a tar archive`);
        const hasMarker = entries.some((e) => e.name.replace(/^\.?\//, '') === ctx.param('marker'));
        return ok(`${code(newest)}: ${entries.length} entries, ${b.length} bytes${hasMarker ? `, ${ctx.param('marker')} included` : ''}`);
      },
    },
    {
      id: 'restored-volume',
      label: 'Volume `pgdata-restored` exists',
      expected: 'volume `pgdata-restored`',
      hints: [
        'Restoring means unpacking the archive into a fresh volume with another helper container.',
        '`docker volume create pgdata-restored`, then a container that mounts it and runs `tar -x`.',
        'Run the lab step "Restore the newest backup into pgdata-restored".',
      ],
      async check(ctx) {
        const v = await ownVolume(ctx, 'restored');
        return v.value ? ok(`${v.note}, driver ${v.value.Driver}`) : no(v.note);
      },
    },
    {
      id: 'restored-marker',
      label: '`pgdata-restored` holds `MARKER`',
      expected: '`MARKER` at the top of the restored volume',
      after: ['restored-volume'],
      hints: [
        'tar keeps the paths it was given: archive the content of the data directory (`tar -C /data -cf … .`), and extract it at the volume\'s root.',
        'Look inside: `docker run --rm -v pgdata-restored:/data:ro course/toolbox:1 ls -la /data`.',
        'Extract the newest backup into the volume again: `tar -C /data -xpf /backup/pgdata-….tar` in a helper container.',
      ],
      async check(ctx) {
        const name = ctx.name('restored');
        const path = `/data/${ctx.param('marker')}`;
        const r = await ctx.ports.docker.statInImage(
          { lessonId: ctx.lessonId, purpose: `look for ${ctx.param('marker')} in ${name}`, image: ctx.ports.probeImage, volumes: [{ name, target: '/data', readOnly: true }], paths: [path] },
          { signal: ctx.signal },
        );
        if (!r) return toolboxMissing(ctx);
        return r[path] ? ok(`${code(ctx.param('marker'))} found (${r[path]!.size} bytes)`) : no(`no ${code(ctx.param('marker'))} at the top of ${code(name)}`);
      },
    },
  ],
});
