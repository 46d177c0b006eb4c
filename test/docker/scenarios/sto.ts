/** STO (chapter C06): reference solutions and broken setups, with per-run volume and container names. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TOOLBOX_IMAGE } from '../../../src/core/course/images';
import type { Rig } from '../support/rig';
import type { Group } from '../support/scenario';
import { answers, labFiles, lessonLabel } from './images';

const L6 = 'docker-course.lesson=c06-l6';
const DB_IMAGE = 'course/db-standin:1';
const DATA = '/var/lib/postgresql/data';

const cow = (volumeLine: string) => `FROM ${TOOLBOX_IMAGE}
COPY conf/ /etc/driftwood/
RUN mkdir /data && chown 65534:65534 /data
${volumeLine}USER 65534:65534
CMD ["httpd", "-f", "-p", "8080", "-h", "/etc/driftwood"]
`;

async function cowSetup(r: Rig, volumeLine: string): Promise<Record<string, string>> {
  const files = labFiles(r, 'labs/c06-l1', { Dockerfile: cow(volumeLine), 'conf/app.conf': 'listen=8080\n' });
  await r.build(r.n('learner/cow:1'), files, { labels: lessonLabel('c06-l1'), buildkit: true });
  await r.docker('run', '-d', '--init', '--name', r.n('cow'), '--label', 'docker-course.lesson=c06-l1', r.n('learner/cow:1'));
  await r.docker('exec', r.n('cow'), 'sh', '-c', 'echo "remember the milk" > /data/note.txt');
  return { driver: String((await r.port.info()).Driver) };
}

async function storeDemo(r: Rig, bindSuffix: string, tmpfs: string): Promise<void> {
  r.write('labs/c06-l2/config', { 'app.conf': 'listen=8080\n' });
  await r.docker('volume', 'create', r.n('appdata'));
  await r.docker(
    'run', '-d', '--init', '--name', r.n('store-demo'), '--label', 'docker-course.lesson=c06-l2',
    '-v', `${r.n('appdata')}:/data`, '-v', `${path.join(r.workspace(), 'labs/c06-l2/config')}:/config${bindSuffix}`, '--tmpfs', tmpfs,
    TOOLBOX_IMAGE, 'sleep', '1d',
  );
}

/** The importer of lesson c06-l3: `--rm` with the named volume (fixed) or an anonymous volume left behind (starter). */
async function importer(r: Rig, fixed: boolean): Promise<void> {
  const mount = fixed ? [`${r.n('pgdata')}:/var/lib/importer`] : ['/var/lib/importer'];
  await r.docker('run', ...(fixed ? ['--rm'] : []), '--label', 'docker-course.lesson=c06-l3', '-v', mount[0], TOOLBOX_IMAGE, 'sh', '-c', 'date -u +%FT%TZ >> /var/lib/importer/runs.log');
}

/** Database on a named volume, a marker, and (when `recreate`) the container removed and started again. */
async function db(r: Rig, recreate: boolean): Promise<void> {
  await r.docker('volume', 'create', '--label', L6, r.n('pgdata'));
  const run = () => r.docker('run', '-d', '--init', '--name', r.n('db'), '--label', L6, '-v', `${r.n('pgdata')}:${DATA}`, DB_IMAGE);
  await run();
  await r.docker('exec', r.n('db'), 'sh', '-c', `echo "survives: bookmark https://example.org" > ${DATA}/MARKER`);
  if (recreate) {
    await r.docker('rm', '-f', r.n('db'));
    await run();
  }
}

async function backupAndRestore(r: Rig): Promise<void> {
  const backups = path.join(r.workspace(), 'driftwood/backups');
  fs.mkdirSync(backups, { recursive: true });
  await r.docker('stop', '-t', '1', r.n('db'));
  await r.docker('run', '--rm', '--label', L6, '-v', `${r.n('pgdata')}:/data:ro`, '-v', `${backups}:/backup`, TOOLBOX_IMAGE, 'sh', '-c', 'tar -C /data -cf /backup/pgdata-20260101-120000.tar .');
  await r.docker('start', r.n('db'));
  await r.docker('volume', 'create', '--label', L6, r.n('pgdata-restored'));
  await r.docker('run', '--rm', '--label', L6, '-v', `${r.n('pgdata-restored')}:/data`, '-v', `${backups}:/backup:ro`, TOOLBOX_IMAGE, 'sh', '-c', 'tar -C /data -xpf "$(ls -t /backup/pgdata-*.tar | head -n 1)"');
}

async function shared(r: Rig, readerMode: string): Promise<void> {
  await r.docker('volume', 'create', '--label', L6, r.n('shared'));
  await r.docker('run', '-d', '--init', '--name', r.n('writer'), '--label', L6, '-v', `${r.n('shared')}:/shared`, TOOLBOX_IMAGE, 'sh', '-c', 'while true; do date -u +%T >> /shared/heartbeat.log; sleep 2; done');
  await r.docker('run', '-d', '--init', '--name', r.n('reader'), '--label', L6, '-v', `${r.n('shared')}:/shared${readerMode}`, TOOLBOX_IMAGE, 'sleep', '1d');
}

async function dev(r: Rig, mount: 'src' | 'app', user: string): Promise<void> {
  labFiles(r, 'driftwood/app', { 'src/VERSION': '1.1.0-dev\n', 'src/index.html': '<h1>Driftwood (dev)</h1>\n' });
  const app = path.join(r.workspace(), 'driftwood/app');
  fs.chmodSync(path.join(app, 'src'), 0o777);
  const bind = mount === 'src' ? `${app}/src:/app/src` : `${app}:/app`;
  await r.docker('run', '-d', '--init', '--name', r.n('dev'), '--label', 'docker-course.lesson=c06-l4', '--user', user, '-p', '127.0.0.1::8080', '-v', bind, TOOLBOX_IMAGE, 'sh', '-c', 'exec httpd -f -p 8080 -h /app/src');
  await answers(r, r.n('dev'), '/VERSION');
  await r.docker('exec', r.n('dev'), 'sh', '-c', 'date > /app/src/last-write.txt');
}

export const groups: Group[] = [
  {
    name: 'sto-cow',
    setup: (r) => cowSetup(r, ''),
    checks: [{ id: 'STO-01', expect: 'pass', input: (s) => ({ answers: { driver: s.driver } }) }],
  },
  {
    name: 'sto-cow-volume',
    setup: (r) => cowSetup(r, 'VOLUME /data\n'),
    checks: [
      { id: 'STO-01', expect: { fail: 'note-added', actual: /`\/data` is an anonymous volume \(from a VOLUME line in the image\)/ }, input: (s) => ({ answers: { driver: s.driver } }) },
      { id: 'STO-01', name: 'sto-cow-wrong-driver', expect: { fail: 'driver', actual: /you answered `aufs`, which does not match/ }, input: { answers: { driver: 'aufs' } } },
    ],
  },
  {
    name: 'sto-mounts',
    setup: (r) => storeDemo(r, ':ro', '/run/cache:size=16m'),
    checks: [{ id: 'STO-02', expect: 'pass' }],
  },
  {
    name: 'sto-mounts-writable',
    setup: (r) => storeDemo(r, '', '/run/cache'),
    checks: [
      { id: 'STO-02', expect: { fail: 'bind-readonly', actual: /\(read-write\): add `:ro`$/ } },
      { id: 'STO-02', name: 'sto-mounts-unsized', expect: { fail: 'tmpfs', actual: /^tmpfs \/run\/cache without a size/ } },
    ],
  },
  {
    name: 'sto-volume',
    async setup(r) {
      await r.docker('volume', 'create', '--label', 'docker-course.lesson=c06-l3', r.n('pgdata'));
      await importer(r, true);
      // An anonymous volume that was cleaned up with its container does not count.
      await r.docker('run', '--rm', '--label', 'docker-course.lesson=c06-l3', '-v', '/scratch', TOOLBOX_IMAGE, 'true');
    },
    checks: [{ id: 'STO-03', expect: 'pass' }],
  },
  {
    name: 'sto-volume-leftovers',
    async setup(r) {
      await r.docker('volume', 'create', r.n('pgdata'));
      await importer(r, false);
    },
    checks: [
      { id: 'STO-03', expect: { fail: 'volume', actual: /exists, but without the label/ } },
      { id: 'STO-03', name: 'sto-volume-anonymous', expect: { fail: 'no-anonymous-leftovers', actual: /^1 anonymous volume from this lesson still exists: `[0-9a-f]{12}`$/ } },
    ],
  },
  {
    name: 'sto-db',
    async setup(r) {
      await db(r, true);
      await backupAndRestore(r);
      await shared(r, ':ro');
    },
    checks: [
      { id: 'STO-04', expect: 'pass' },
      { id: 'STO-08', expect: 'pass' },
      { id: 'STO-09', expect: 'pass' },
    ],
  },
  {
    name: 'sto-db-not-recreated',
    async setup(r) {
      await db(r, false);
      await r.docker('volume', 'create', '--label', L6, r.n('pgdata-restored'));
      await shared(r, '');
    },
    checks: [
      { id: 'STO-04', expect: { fail: 'marker-survived', actual: /is newer than the container/ } },
      { id: 'STO-08', expect: { fail: 'backup', actual: /^no `driftwood\/backups\/pgdata-\*\.tar`/ } },
      { id: 'STO-08', name: 'sto-db-empty-restore', expect: { fail: 'restored-marker', actual: /^no `MARKER` at the top of `pgdata-restored-/ } },
      { id: 'STO-09', expect: { fail: 'one-read-only', actual: /^all read-write: / } },
    ],
  },
  {
    name: 'sto-dev',
    setup: (r) => dev(r, 'src', `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`),
    checks: [
      { id: 'STO-05', expect: 'pass' },
      { id: 'STO-06', expect: 'pass' },
    ],
  },
  {
    name: 'sto-dev-whole-app',
    setup: (r) => dev(r, 'app', '4321:4321'),
    checks: [
      { id: 'STO-05', expect: { fail: 'bind', actual: /^nothing is mounted at `\/app\/src`$/ } },
      { id: 'STO-06', expect: { fail: 'owner', actual: /^owner 4321, your user ID is \d+$/ } },
    ],
  },
  {
    name: 'sto-ramdisk',
    async setup(r) {
      await r.docker('volume', 'create', '--driver', 'local', '--opt', 'type=tmpfs', '--opt', 'device=tmpfs', '--opt', 'o=size=16m', '--label', 'docker-course.lesson=c06-l5', r.n('ramdisk'));
    },
    checks: [{ id: 'STO-07', expect: 'pass' }],
  },
  {
    name: 'sto-ramdisk-unsized',
    async setup(r) {
      await r.docker('volume', 'create', '--driver', 'local', '--opt', 'type=tmpfs', '--opt', 'device=tmpfs', '--label', 'docker-course.lesson=c06-l5', r.n('ramdisk'));
    },
    checks: [{ id: 'STO-07', expect: { fail: 'options', actual: /^device=tmpfs, type=tmpfs: `o` has no size=16m$/ } }],
  },
];
