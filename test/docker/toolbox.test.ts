import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type Docker from 'dockerode';
import { busyboxCandidates, chooseBusybox, HELLO_GREETING } from '../../src/core/course/toolbox';
import { buildCourseToolbox } from '../../src/docker/toolbox';
import { requireDaemon } from './support/daemon';

const RUN = `t${process.pid}-${Date.now().toString(36)}`;
const LABELS = { 'docker-course.lesson': 'c00-l2', 'docker-course.test-run': RUN };

function head(p: string): Uint8Array | undefined {
  try {
    return fs.readFileSync(p).subarray(0, 65536);
  } catch {
    return undefined;
  }
}

/** Runs a container from `image` with `cmd`, returns its exit code and output, and removes it. */
async function runOnce(client: Docker, image: string, cmd?: string[]): Promise<{ code: number; out: string }> {
  const c = await client.createContainer({ Image: image, Cmd: cmd, Labels: LABELS, Tty: true });
  try {
    await c.start();
    const { StatusCode } = await c.wait();
    const logs = await c.logs({ stdout: true, stderr: true });
    return { code: StatusCode, out: logs.toString() };
  } finally {
    await c.remove({ force: true });
  }
}

describe('real daemon: Build Course Toolbox', function () {
  this.timeout(120000);
  let client: Docker;
  const toolboxTag = `docker-course-test/toolbox:${RUN}`;
  const helloTag = `docker-course-test/hello:${RUN}`;

  before(async function () {
    client = (await requireDaemon(this))!;
  });

  after(async () => {
    if (!client) return;
    const images = await client.listImages({ filters: JSON.stringify({ label: [`docker-course.test-run=${RUN}`] }) });
    for (const img of images.filter((i) => (i.RepoTags ?? []).some((t) => t.startsWith('docker-course-test/')))) {
      for (const tag of img.RepoTags ?? []) await client.getImage(tag).remove().catch(() => undefined);
    }
  });

  it('builds the toolbox and the hello image from the static busybox, offline, and both run', async function () {
    const arch = (await client.version()).Arch;
    const choice = chooseBusybox(busyboxCandidates('/nonexistent', arch), arch, head, process.platform);
    if (choice.kind === 'none') {
      if (process.env.DOCKER_COURSE_REQUIRE_DAEMON === '1') assert.fail(choice.message);
      console.log(`    SKIPPED toolbox build: ${choice.message}`);
      this.skip();
    }
    const steps: string[] = [];
    const result = await buildCourseToolbox(client, fs.readFileSync(choice.path), { toolboxTag, helloTag, labels: LABELS, onProgress: (l) => steps.push(l) });
    assert.ok(steps.some((s) => /^Step \d+\/\d+ : FROM scratch/.test(s)), `progress lines: ${steps.join(' | ')}`);
    const toolbox = await client.getImage(toolboxTag).inspect();
    assert.equal(toolbox.Id, result.toolboxId);
    assert.equal(toolbox.Config.Labels?.['docker-course.lesson'], 'c00-l2');
    assert.ok(toolbox.Size < 4_000_000, `toolbox is ${toolbox.Size} bytes`);
    const helloInfo = await client.getImage(helloTag).inspect();
    assert.deepEqual(helloInfo.RootFS.Layers?.slice(0, toolbox.RootFS.Layers?.length), toolbox.RootFS.Layers, 'hello starts with the toolbox layers');
    const hello = await runOnce(client, helloTag);
    assert.equal(hello.code, 0);
    assert.ok(hello.out.includes(HELLO_GREETING), hello.out);
    const tools = await runOnce(client, toolboxTag, ['sh', '-c', 'for t in sh httpd wget nslookup nc sleep ps; do command -v $t >/dev/null || echo missing $t; done; echo done']);
    assert.equal(tools.out.trim(), 'done');
  });
});
