/**
 * Benchmark: median wall time of checking a whole lesson on the local engine, then the same with 500
 * unrelated containers on the engine (created, not started). Targets: < 150 ms without probes, < 1 s
 * with probe containers, and less than 2x slower with the 500 extra containers (checks filter by name
 * and label, never list everything). Everything it creates is labelled and removed by label afterwards.
 * Run: npx tsc -p . && node out/test/bench/checkpoints.js [rounds]
 */
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCheckpoints } from '../../src/core/course/checkpoints/engine';
import { checkpointsForLesson } from '../../src/core/course/checkpoints/index';
import type { Ports, RunInput } from '../../src/core/course/checkpoints/types';
import { TOOLBOX_IMAGE } from '../../src/core/course/images';
import { DockerSession, resolveLocalEndpoint } from '../../src/docker/client';
import { EngineDockerPort } from '../../src/docker/dockerPort';
import { FsWorkspace, NodeHttp, systemClock } from '../../src/docker/host';
import { buildCourseImages, buildImage } from '../../src/docker/toolbox';

const RUN = randomBytes(4).toString('hex');
const LABEL = `docker-course.bench=${RUN}`;
const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8' }).trim();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Case {
  lesson: string;
  probes: boolean;
  input: RunInput;
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 15);
  const session = new DockerSession(resolveLocalEndpoint());
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-course-bench-'));
  const ports: Ports = {
    docker: new EngineDockerPort(session, { probeLabels: { 'docker-course.bench': RUN } }),
    workspace: new FsWorkspace(workspace),
    http: new NodeHttp(),
    clock: systemClock,
    host: { platform: process.platform, uid: process.getuid?.() },
    probeImage: TOOLBOX_IMAGE,
  };
  const n = (x: string) => `${x}-${RUN}`;
  const lessonStartMs = Date.now();
  try {
    await buildCourseImages(session, { labels: { 'docker-course.bench-image': RUN } });
    await buildImage(session, {
      tag: 'learner/web:1',
      labels: { 'docker-course.bench-image': RUN },
      files: [
        { name: 'Dockerfile', data: `FROM ${TOOLBOX_IMAGE}\nCOPY index.html /www/index.html\nEXPOSE 8080\nCMD ["httpd","-f","-p","8080","-h","/www"]\n` },
        { name: 'index.html', data: '<h1>bench</h1>\n' },
      ],
    });
    docker('run', '-d', '--init', '--label', LABEL, '--name', n('web'), '-p', '127.0.0.1::8080', '-e', 'APP_ENV=dev', '--restart', 'unless-stopped', 'learner/web:1');
    docker('exec', n('web'), 'ls', '/');
    fs.mkdirSync(path.join(workspace, 'lab/out'), { recursive: true });
    docker('cp', `${n('web')}:/www/index.html`, path.join(workspace, 'lab/out/index.html'));
    docker('network', 'create', '--label', LABEL, n('backend'));
    docker('run', '-d', '--init', '--label', LABEL, '--name', n('db'), '--network', n('backend'), '--network-alias', 'postgres', TOOLBOX_IMAGE, 'sleep', '1d');
    docker('run', '-d', '--init', '--label', LABEL, '--name', n('api'), '--network', n('backend'), TOOLBOX_IMAGE, 'sleep', '1d');
    await new Promise((r) => setTimeout(r, 500));

    const names = { web: n('web'), db: n('db'), api: n('api'), backend: n('backend') };
    const cases: Case[] = [
      { lesson: 'c03-l2', probes: false, input: { lessonStartMs, names } },
      { lesson: 'c03-l4', probes: false, input: { lessonStartMs, names } },
    ];
    if (checkpointsForLesson('c07-l1').length) cases.push({ lesson: 'c07-l1', probes: true, input: { lessonStartMs, names } });

    const measure = async (c: Case) => {
      const cps = checkpointsForLesson(c.lesson);
      const times: number[] = [];
      let status = '';
      for (let i = 0; i < rounds; i++) {
        const t = performance.now();
        const rs = await runCheckpoints(cps, { ports, input: c.input });
        times.push(performance.now() - t);
        status = rs.map((r) => `${r.checkpointId}:${r.status}`).join(' ');
      }
      return { median: median(times), status };
    };

    const before = new Map<string, { median: number; status: string }>();
    for (const c of cases) before.set(c.lesson, await measure(c));

    const t0 = performance.now();
    const ids: string[] = [];
    for (let i = 0; i < 500; i++) {
      const r = await session.client.createContainer({ Image: TOOLBOX_IMAGE, Cmd: ['true'], Labels: { 'docker-course.bench': RUN }, name: `bench-noise-${RUN}-${i}` });
      ids.push(r.id);
    }
    const created = performance.now() - t0;

    console.log(`Checkpoint benchmark (${rounds} rounds per lesson, engine ${(await ports.docker.version()).Version})`);
    console.log(`500 unrelated containers created in ${(created / 1000).toFixed(1)} s`);
    for (const c of cases) {
      const a = before.get(c.lesson)!;
      const b = await measure(c);
      const target = c.probes ? 1000 : 150;
      console.log(
        `${c.lesson} (${c.probes ? 'with probe containers' : 'no probes'}): median ${a.median.toFixed(1)} ms [target < ${target} ms: ${a.median < target ? 'met' : 'MISSED'}]; ` +
          `with 500 extra containers ${b.median.toFixed(1)} ms (${(b.median / a.median).toFixed(2)}x) [target < 2x: ${b.median / a.median < 2 ? 'met' : 'MISSED'}]; ${a.status}`,
      );
    }
  } finally {
    const containers = docker('ps', '-aq', '--filter', `label=${LABEL.replace('=', '=')}`).split('\n').filter(Boolean);
    const noise = docker('ps', '-aq', '--filter', `label=docker-course.bench=${RUN}`).split('\n').filter(Boolean);
    const all = [...new Set([...containers, ...noise])];
    for (let i = 0; i < all.length; i += 100) docker('rm', '-f', ...all.slice(i, i + 100));
    try {
      docker('network', 'rm', n('backend'));
    } catch {
      // already gone
    }
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
