import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type Docker from 'dockerode';
import type { TarInput } from '../../../src/core/util/tar';
import { lessonById } from '../../../src/core/course/catalog';
import { labFolder } from '../../../src/core/course/types';
import { busyboxCandidates, chooseBusybox } from '../../../src/core/course/toolbox';
import { DockerSession, resolveLocalEndpoint } from '../../../src/docker/client';
import { buildImage } from '../../../src/docker/toolbox';
import { requireDaemon } from '../support/daemon';

/**
 * Builds and runs the reference solutions of the chapter c00-c02 labs against the real engine, offline: the
 * course toolbox is built under a per-run name and stands in for busybox:1.36 and busybox:1.36-musl, which the
 * test writes into the Dockerfiles (the learner tags the toolbox under those names instead; on a shared engine
 * a test must not take those names from other projects).
 */
const ROOT = path.resolve(__dirname, '../../../..');
const RUN = `l${process.pid}-${Date.now().toString(36)}`;
const BASE = `docker-course-test/toolbox:${RUN}`;

let shared: DockerSession | undefined;
function session(): DockerSession {
  shared ??= new DockerSession(resolveLocalEndpoint());
  return shared;
}

function labels(lesson: string): Record<string, string> {
  return { 'docker-course.lesson': lesson, 'docker-course.test-run': RUN };
}

/** The lab's files as the learner ends up with them: the starter files, with the solution files on top. */
function labContext(lessonId: string, variant: 'starter' | 'solution', dir = ''): TarInput[] {
  const lab = lessonById(lessonId)?.lab;
  assert.ok(lab, `${lessonId} has a lab`);
  const files = new Map<string, string>();
  for (const f of lab.starter) files.set(f, path.join(ROOT, labFolder(lessonId), 'starter', f));
  if (variant === 'solution') for (const f of lab.solution) files.set(f, path.join(ROOT, labFolder(lessonId), 'solution', f));
  const inDir = [...files].filter(([name]) => name.startsWith(dir)).map(([name, file]) => [name.slice(dir.length), file] as const);
  return inDir.map(([name, file]) => {
    let content = fs.readFileSync(file);
    if (/Dockerfile/.test(name)) content = Buffer.from(content.toString('utf8').replace(/busybox:1\.36(-musl)?/g, BASE));
    return { name, data: content };
  });
}

async function build(client: Docker, lessonId: string, variant: 'starter' | 'solution', tag: string, o: { dockerfile?: string; dir?: string } = {}): Promise<Docker.ImageInspectInfo> {
  let files = labContext(lessonId, variant, o.dir);
  if (o.dockerfile) {
    // The engine builds the file named Dockerfile: put the chosen one in its place.
    const chosen = files.find((f) => f.name === o.dockerfile);
    assert.ok(chosen, `${lessonId}: no ${o.dockerfile} in the lab`);
    files = [...files.filter((f) => f.name !== 'Dockerfile'), { name: 'Dockerfile', data: chosen.data }];
  }
  await buildImage(session(), { tag, labels: labels(lessonId), files });
  return client.getImage(tag).inspect();
}

function get(port: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/', timeout: 5000 }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
  });
}

/** Runs the image with its own command, published on a random loopback port, and fetches `/`. */
async function serve(client: Docker, image: string, lessonId: string, containerPort: number): Promise<{ status: number; body: string }> {
  const c = await client.createContainer({
    Image: image,
    Labels: labels(lessonId),
    ExposedPorts: { [`${containerPort}/tcp`]: {} },
    HostConfig: { PortBindings: { [`${containerPort}/tcp`]: [{ HostIp: '127.0.0.1', HostPort: '' }] } },
  });
  try {
    await c.start();
    const port = Number((await c.inspect()).NetworkSettings.Ports[`${containerPort}/tcp`]?.[0]?.HostPort);
    for (let i = 0; ; i++) {
      try {
        return await get(port);
      } catch (e) {
        if (i >= 20) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    await c.remove({ force: true });
  }
}

async function layersAbove(client: Docker, image: Docker.ImageInspectInfo): Promise<number> {
  const base = await client.getImage(BASE).inspect();
  return image.RootFS.Layers!.length - base.RootFS.Layers!.length;
}

describe('real daemon: the c00-c02 lab solutions build and run offline', function () {
  this.timeout(180000);
  let client: Docker;

  before(async function () {
    client = (await requireDaemon(this))!;
    const arch = (await client.version()).Arch;
    const choice = chooseBusybox(busyboxCandidates('/nonexistent', arch), arch, (p) => (fs.existsSync(p) ? fs.readFileSync(p).subarray(0, 65536) : undefined), process.platform);
    if (choice.kind === 'none') {
      if (process.env.DOCKER_COURSE_REQUIRE_DAEMON === '1') throw new Error(choice.message);
      console.log(`    SKIPPED lab builds: ${choice.message}`);
      this.skip();
    }
    await buildImage(session(), {
      tag: BASE,
      labels: labels('c00-l2'),
      files: [
        { name: 'Dockerfile', data: 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox","--install","-s","/bin"]\nCMD ["/bin/sh"]\n' },
        { name: 'busybox', data: fs.readFileSync(choice.path), mode: 0o755 },
      ],
    });
  });

  after(async () => {
    if (!client) return;
    const filters = JSON.stringify({ label: [`docker-course.test-run=${RUN}`] });
    for (const c of await client.listContainers({ all: true, filters })) await client.getContainer(c.Id).remove({ force: true }).catch(() => undefined);
    for (const img of await client.listImages({ filters })) for (const tag of img.RepoTags ?? []) if (tag.startsWith('docker-course-test/')) await client.getImage(tag).remove().catch(() => undefined);
  });

  it('c00-l3: the fixed Driftwood Dockerfile builds and serves the front page', async () => {
    const img = await build(client, 'c00-l3', 'solution', `docker-course-test/driftwood-preview:${RUN}`, { dir: 'app/' });
    assert.deepEqual(img.Config.Cmd, ['httpd', '-f', '-p', '8080', '-h', '/www']);
    const res = await serve(client, img.Id, 'c00-l3', 8080);
    assert.equal(res.status, 200);
    assert.match(res.body, /<h1>Driftwood<\/h1>/);
  });

  it('c02-l1: the starter adds five layers and keeps the 8 MB; the solution adds three and does not', async () => {
    const starter = await build(client, 'c02-l1', 'starter', `docker-course-test/layers-starter:${RUN}`);
    const solution = await build(client, 'c02-l1', 'solution', `docker-course-test/layers:${RUN}`);
    assert.equal(await layersAbove(client, starter), 5);
    assert.equal(await layersAbove(client, solution), 3);
    assert.ok(starter.Size - solution.Size > 8_000_000, `starter ${starter.Size} B, solution ${solution.Size} B`);
    const res = await serve(client, solution.Id, 'c02-l1', 8080);
    assert.match(res.body, /Layers lab/);
  });

  it('c02-l2: the pinned Dockerfile builds; three tags name one image', async () => {
    const img = await build(client, 'c02-l2', 'solution', `docker-course-test/app:1.0.0-${RUN}`);
    for (const t of [`1.0-${RUN}`, `1-${RUN}`]) await client.getImage(img.Id).tag({ repo: 'docker-course-test/app', tag: t });
    const ids = await Promise.all([`1.0.0-${RUN}`, `1.0-${RUN}`, `1-${RUN}`].map(async (t) => (await client.getImage(`docker-course-test/app:${t}`).inspect()).Id));
    assert.deepEqual(new Set(ids).size, 1);
    assert.equal((await serve(client, img.Id, 'c02-l2', 8080)).status, 200);
  });

  it('c02-l4: inspect and history show what the lesson asks about, including what the image hides', async () => {
    const img = await build(client, 'c02-l4', 'starter', `docker-course-test/mystery:${RUN}`);
    assert.equal(img.Config.User, '65534:65534');
    assert.deepEqual(img.Config.Entrypoint, ['httpd', '-f', '-p', '8088']);
    assert.deepEqual(img.Config.Cmd, ['-h', '/srv/status']);
    assert.deepEqual(Object.keys(img.Config.ExposedPorts ?? {}), ['8088/tcp']);
    const history = (await client.getImage(img.Id).history()) as { CreatedBy: string; Size: number }[];
    assert.ok(history.some((h) => h.CreatedBy.includes('RELEASE_CHANNEL=internal-beta') && h.CreatedBy.includes('echo')), 'the build argument shows in the history of the RUN after it');
    assert.ok(history.some((h) => /COPY file:.* in \/tmp\/build-notes.txt/.test(h.CreatedBy) && h.Size > 0), 'the COPY of the notes is a layer with content');
    const res = await serve(client, img.Id, 'c02-l4', 8088);
    assert.match(res.body, /Driftwood status/);
  });

  it('c02-l5: both bases build and serve the page, and the scratch variant is smaller', async () => {
    const busybox = await build(client, 'c02-l5', 'solution', `docker-course-test/site:busybox-${RUN}`, { dockerfile: 'Dockerfile.busybox' });
    const scratch = await build(client, 'c02-l5', 'solution', `docker-course-test/site:scratch-${RUN}`, { dockerfile: 'Dockerfile.scratch' });
    assert.ok(scratch.Size < busybox.Size, `scratch ${scratch.Size} B, busybox ${busybox.Size} B`);
    for (const img of [busybox, scratch]) assert.match((await serve(client, img.Id, 'c02-l5', 8080)).body, /<h1>Driftwood<\/h1>/);
  });
});
