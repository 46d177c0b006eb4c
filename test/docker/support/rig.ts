/**
 * The real-engine rig: plays the learner with the docker CLI and docker-compose, builds images through the
 * API, and runs checkpoints with recording ports. Every object it creates carries the per-run label
 * `docker-course.test-run=<id>` (and a per-group label), ports bind 127.0.0.1 only, images are local, and
 * cleanup selects by label only.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCheckpoint } from '../../../src/core/course/checkpoints/engine';
import type { CheckResult, Checkpoint, HostFacts, RunInput } from '../../../src/core/course/checkpoints/types';
import { TOOLBOX_IMAGE } from '../../../src/core/course/images';
import type { TarInput } from '../../../src/core/util/tar';
import { DockerSession, resolveLocalEndpoint } from '../../../src/docker/client';
import { EngineDockerPort } from '../../../src/docker/dockerPort';
import { FsWorkspace, NodeHttp, systemClock } from '../../../src/docker/host';
import { buildImage, type BuildOptions } from '../../../src/docker/toolbox';
import { emptySnapshot, type EngineSnapshot } from '../../unit/support/fakeDocker';
import { RecordingDockerPort, RecordingHttp, RecordingWorkspace } from '../../unit/support/recording';

export const RUN_LABEL_KEY = 'docker-course.test-run';
export const GROUP_LABEL_KEY = 'docker-course.test-group';
/**
 * Images get their own key: labels on an image are inherited by every container made from it, so a
 * run or group label on an image would let container cleanup reach other people's containers.
 */
export const IMAGE_LABEL_KEY = 'docker-course.test-image';

export interface Exec {
  stdout: string;
  stderr: string;
  code: number;
}

function run(cmd: string, args: string[], opts: { cwd?: string; allowFail?: boolean; timeoutMs?: number } = {}): Promise<Exec> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd: opts.cwd, timeout: opts.timeoutMs ?? 120_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, COMPOSE_INTERACTIVE_NO_CLI: '1' } }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
      if (code !== 0 && !opts.allowFail) reject(new Error(`${cmd} ${args.join(' ')} failed (${code}): ${stderr || stdout}`));
      else resolve({ stdout, stderr, code });
    });
  });
}

export class Rig {
  readonly runId = randomBytes(4).toString('hex');
  readonly session = new DockerSession(resolveLocalEndpoint());
  readonly port: EngineDockerPort;
  readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-course-rig-'));
  group = 'setup';
  /** Lab names used by the current group → the unique names on this shared daemon (passed as the learner's choice). */
  names: Record<string, string> = {};
  /** Compose projects per group (their objects are also selected by their project label). */
  readonly projects = new Map<string, Set<string>>();

  constructor() {
    this.port = new EngineDockerPort(this.session, { probeLabels: { [RUN_LABEL_KEY]: this.runId } });
  }

  /** The name the rig gives a lab object: unique per run, so runs never collide with each other or other work. */
  n(name: string): string {
    const actual = `${name}-${this.runId}`;
    this.names[name] = actual;
    return actual;
  }

  get labels(): Record<string, string> {
    return { [RUN_LABEL_KEY]: this.runId, [GROUP_LABEL_KEY]: `${this.runId}-${this.group}` };
  }

  private labelArgs(): string[] {
    return Object.entries(this.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]);
  }

  /** `docker …` with our labels injected into run/create/volume create/network create. */
  docker(...args: string[]): Promise<Exec> {
    return this.dockerOpt({}, ...args);
  }

  dockerOpt(o: { allowFail?: boolean; cwd?: string }, ...args: string[]): Promise<Exec> {
    const a = [...args];
    const i = a[0] === 'run' || a[0] === 'create' ? 1 : (a[0] === 'volume' || a[0] === 'network') && a[1] === 'create' ? 2 : -1;
    if (i > 0) a.splice(i, 0, ...this.labelArgs());
    if (a[0] === 'run' || a[0] === 'create') {
      for (let j = 0; j < a.length; j++) {
        if ((a[j] === '-p' || a[j] === '--publish') && !/^127\.0\.0\.1:/.test(a[j + 1])) throw new Error(`rig ports must bind 127.0.0.1 (got -p ${a[j + 1]})`);
      }
    }
    return run('docker', a, o);
  }

  /** Writes files into a folder of the group's workspace and returns its path. */
  write(rel: string, files: Record<string, string>): string {
    const dir = path.join(this.workspace(), rel);
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }

  workspace(): string {
    const dir = path.join(this.root, this.group);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  }

  /** docker-compose (v1 here) with a project name unique to this run. */
  async compose(project: string, dir: string, ...args: string[]): Promise<Exec> {
    if (!this.projects.has(this.group)) this.projects.set(this.group, new Set());
    this.projects.get(this.group)!.add(project);
    return run('docker-compose', ['-p', project, ...args], { cwd: dir, timeoutMs: 180_000 });
  }

  build(tag: string, files: TarInput[], o: Partial<BuildOptions> = {}) {
    return buildImage(this.session, { tag, files, ...o, labels: { [IMAGE_LABEL_KEY]: this.runId, ...o.labels } });
  }

  /** Runs a checkpoint against the real engine with recording ports. */
  async check(cp: Checkpoint, input: RunInput, endpoint?: string): Promise<{ result: CheckResult; snapshot: EngineSnapshot }> {
    const port = endpoint ? new EngineDockerPort(new DockerSession(resolveLocalEndpoint({ host: endpoint }), 5000)) : this.port;
    const snapshot = emptySnapshot(await this.port.version(), Date.now());
    const host: HostFacts = { platform: process.platform, uid: process.getuid?.() };
    const result = await runCheckpoint(cp, {
      ports: {
        docker: new RecordingDockerPort(port, snapshot),
        workspace: new RecordingWorkspace(new FsWorkspace(this.workspace()), snapshot.workspace),
        http: new RecordingHttp(new NodeHttp(), snapshot.http),
        clock: { now: () => (snapshot.clockMs = Date.now()), sleep: systemClock.sleep },
        host,
        probeImage: TOOLBOX_IMAGE,
      },
      input,
      onBug: (id, cond, e) => console.error(`BUG in ${id}/${cond}:`, e),
    });
    return { result, snapshot };
  }

  /** Removes every object labelled with `key=value` (containers first), and compose objects of our projects. */
  async removeLabelled(label: string, projects: readonly string[]): Promise<void> {
    const containers = new Set<string>();
    for (const f of [`label=${label}`, ...projects.map((p) => `label=com.docker.compose.project=${p}`)]) {
      for (const id of (await run('docker', ['container', 'ls', '-aq', '--filter', f], { allowFail: true })).stdout.split('\n').filter(Boolean)) containers.add(id);
    }
    if (containers.size) await run('docker', ['rm', '-f', '-v', ...containers], { allowFail: true });
    const nets = new Set<string>();
    for (const f of [`label=${label}`, ...projects.map((p) => `label=com.docker.compose.project=${p}`)]) {
      for (const id of (await run('docker', ['network', 'ls', '-q', '--filter', f], { allowFail: true })).stdout.split('\n').filter(Boolean)) nets.add(id);
    }
    if (nets.size) await run('docker', ['network', 'rm', ...nets], { allowFail: true });
    const vols = new Set<string>();
    for (const f of [`label=${label}`, ...projects.map((p) => `label=com.docker.compose.project=${p}`)]) {
      for (const id of (await run('docker', ['volume', 'ls', '-q', '--filter', f], { allowFail: true })).stdout.split('\n').filter(Boolean)) vols.add(id);
    }
    if (vols.size) await run('docker', ['volume', 'rm', '-f', ...vols], { allowFail: true });
  }

  /** Removes our images by label, never with -f: an image someone else's container uses stays. */
  async removeImagesLabelled(label: string): Promise<void> {
    const refs = (await run('docker', ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}', '--filter', `label=${label}`], { allowFail: true })).stdout
      .split('\n')
      .filter((x) => x && !x.includes('<none>'));
    for (const ref of new Set(refs)) await run('docker', ['rmi', ref], { allowFail: true });
    // A rebuild under the same tag leaves the earlier image untagged; with our label it is ours too.
    const dangling = (await run('docker', ['image', 'ls', '-q', '--filter', 'dangling=true', '--filter', `label=${label}`], { allowFail: true })).stdout.split('\n').filter(Boolean);
    for (const id of new Set(dangling)) await run('docker', ['rmi', id], { allowFail: true });
  }

  /** Ends a group: its containers, networks and volumes go; images stay for later groups. */
  async endGroup(): Promise<void> {
    await this.removeLabelled(`${GROUP_LABEL_KEY}=${this.runId}-${this.group}`, [...(this.projects.get(this.group) ?? [])]);
  }

  async cleanupAll(): Promise<void> {
    await this.removeLabelled(`${RUN_LABEL_KEY}=${this.runId}`, [...this.projects.values()].flatMap((p) => [...p]));
    await this.removeImagesLabelled(`${IMAGE_LABEL_KEY}=${this.runId}`);
    fs.rmSync(this.root, { recursive: true, force: true });
  }

  /** Waits until `probe` returns true, polling every 100 ms, for at most `ms`. */
  async until(what: string, probe: () => Promise<boolean>, ms = 20_000): Promise<void> {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (await probe()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out after ${ms} ms waiting for ${what}`);
  }

  async inspect(name: string) {
    return this.port.inspectContainer(name);
  }
}
