import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import type { EngineEvent } from '../../src/core/course/checkpoints/engineApi';
import { DockerSession, resolveLocalEndpoint } from '../../src/docker/client';
import { followEvents } from '../../src/docker/eventStream';
import { buildImage } from '../../src/docker/toolbox';
import { requireDaemon } from './support/daemon';

const RUN = randomBytes(4).toString('hex');
const LABEL = 'docker-course.test-run';

describe('real daemon: following /events for an open lesson', function () {
  this.timeout(60000);
  const session = new DockerSession(resolveLocalEndpoint());
  const image = `docker-course-test/events:${RUN}`;

  before(async function () {
    await requireDaemon(this);
    await buildImage(session, {
      tag: image,
      labels: { 'docker-course.test-image': RUN },
      files: [
        { name: 'busybox', data: fs.readFileSync('/bin/busybox'), mode: 0o755 },
        { name: 'Dockerfile', data: 'FROM scratch\nCOPY busybox /bin/busybox\nCMD ["/bin/busybox", "true"]\n' },
      ],
    });
  });

  after(async () => {
    const list = await session.client.listContainers({ all: true, filters: { label: [`${LABEL}=${RUN}`] } });
    for (const c of list) await session.client.getContainer(c.Id).remove({ force: true });
    await session.client.getImage(image).remove({ force: true }).catch(() => undefined);
  });

  const waitFor = async (events: EngineEvent[], pred: (e: EngineEvent) => boolean, what: string) => {
    const end = Date.now() + 15000;
    while (Date.now() < end) {
      if (events.some(pred)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.fail(`no ${what} event within 15 s; got ${events.map((e) => `${e.Type}:${e.Action}`).join(', ')}`);
  };

  it('replays what happened since the lesson started, then delivers live events once each', async () => {
    const since = Date.now() - 1000;
    const first = await session.client.createContainer({ Image: image, name: `ev-a-${RUN}`, Labels: { [LABEL]: RUN } });
    const seen: EngineEvent[] = [];
    const states: string[] = [];
    const follower = followEvents(session, { sinceMs: since, onEvent: (e) => seen.push(e), onState: (s) => states.push(s) });
    try {
      await waitFor(seen, (e) => e.Type === 'container' && e.Action === 'create' && e.Actor.ID === first.id, 'replayed create');
      const second = await session.client.createContainer({ Image: image, name: `ev-b-${RUN}`, Labels: { [LABEL]: RUN } });
      await second.start();
      await waitFor(seen, (e) => e.Actor.ID === second.id && e.Action === 'die', 'live die');
      assert.ok(states.includes('connected'));
      const keys = seen.map((e) => `${e.timeNano}|${e.Action}|${e.Actor.ID}`);
      assert.equal(new Set(keys).size, keys.length, 'no event is delivered twice');
      assert.ok(seen.every((e) => e.timeNano >= since * 1e6), 'nothing from before the lesson started');
    } finally {
      follower.stop();
    }
    assert.equal(follower.stopped, true);
    const count = seen.length;
    await session.client.createContainer({ Image: image, name: `ev-c-${RUN}`, Labels: { [LABEL]: RUN } });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(seen.length, count, 'a stopped follower delivers nothing more');
  });

  it('keeps trying, with a pause, while the engine cannot be reached, and says why', async () => {
    const broken = new DockerSession({ ...session.resolved, endpoint: { ...session.resolved.endpoint, socketPath: `/tmp/docker-course-missing-${RUN}.sock`, url: 'unix:///tmp/missing.sock' } });
    const states: string[] = [];
    const follower = followEvents(broken, { sinceMs: Date.now(), onEvent: () => undefined, onState: (s, d) => states.push(`${s}:${d ?? ''}`), pausesMs: [20] });
    try {
      const end = Date.now() + 5000;
      while (states.length < 3 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      assert.ok(states.length >= 3, `it kept trying: ${states.join(' | ')}`);
      assert.ok(states.every((s) => s.startsWith('disconnected:')), states.join(' | '));
      assert.match(states[0], /nothing listens at unix:\/\/\/tmp\/missing\.sock/);
    } finally {
      follower.stop();
    }
  });
});
