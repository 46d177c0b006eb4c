/**
 * Replays what the real-engine rig recorded (test/fixtures/docker-api/<ID>.engine-<version>.json) through
 * FakeDockerPort and a fake Clock, and checks four things for every checkpoint:
 *  - each recorded scenario gives the same verdict as on the real engine (pass, or fail on the expected
 *    condition with the expected message and a three-rung hint);
 *  - an unreachable daemon makes the result `blocked` with the classified reason (never `failed`),
 *    except for the checks whose subject is reaching the daemon;
 *  - another compose project's look-alike objects (twins of the passing scenario's objects) change
 *    nothing: a failing setup stays failing, a passing one stays passing.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCheckpoint } from '../../../src/core/course/checkpoints/engine';
import type { Checkpoint, CheckResult, DockerFailure, RunInput } from '../../../src/core/course/checkpoints/types';
import { TOOLBOX_IMAGE } from '../../../src/core/course/images';
import { FakeClock, FakeDockerPort, FakeHttp, FakeWorkspace, type EngineSnapshot } from './fakeDocker';

export interface FixtureScenario {
  name: string;
  input: RunInput;
  endpoint?: string;
  expect: 'pass' | { fail: string; actual?: string } | { notCheckable: string; why?: string };
  snapshot: EngineSnapshot;
}

export interface CheckpointFixture {
  checkpoint: string;
  engine: string;
  apiVersion: string;
  scenarios: FixtureScenario[];
}

export function fixtureDir(): string {
  // Compiled tests run from out/test/unit/support; fixtures stay in the source tree.
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  if (path.basename(dir) === 'out') dir = path.dirname(dir);
  return path.join(dir, 'test', 'fixtures', 'docker-api');
}

export function loadFixture(id: string): CheckpointFixture {
  const dir = fixtureDir();
  const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.startsWith(`${id}.engine-`) && f.endsWith('.json')) : undefined;
  if (!file) throw new Error(`no recorded fixture for ${id} in ${dir}: run the real-engine suite with UPDATE_FIXTURES=1`);
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CheckpointFixture;
}

export const NO_SOCKET: DockerFailure = {
  kind: 'no-socket',
  installation: 'not-running',
  message: 'Docker is installed but not running: nothing listens at unix:///var/run/docker.sock (from platform default (system socket)). Start Docker Desktop, then retry.',
};

export function replay(cp: Checkpoint, snap: EngineSnapshot, input: RunInput, failure?: DockerFailure): Promise<CheckResult> {
  const docker = new FakeDockerPort(structuredClone(snap));
  if (failure) docker.failure = failure;
  return runCheckpoint(cp, {
    ports: {
      docker,
      workspace: new FakeWorkspace(snap.workspace),
      http: new FakeHttp(snap.http),
      clock: new FakeClock(snap.clockMs),
      host: { platform: 'linux', uid: 0 },
      probeImage: TOOLBOX_IMAGE,
    },
    input,
    onBug: (id, c, e) => {
      throw Object.assign(new Error(`bug in ${id}/${c}: ${String(e)}`), { cause: e });
    },
  });
}

function show(r: CheckResult): string {
  return r.conditions.map((c) => `  ${c.status.padEnd(13)} ${c.id}: ${c.actual}${c.why ? ` (${c.why})` : ''}`).join('\n');
}

export function assertVerdict(r: CheckResult, expect: FixtureScenario['expect']): void {
  if (expect === 'pass') {
    assert.equal(r.status, 'passed', `should pass:\n${show(r)}`);
    return;
  }
  if ('notCheckable' in expect) {
    assert.ok(r.status === 'passed' || r.status === 'not-checkable', `should not fail:\n${show(r)}`);
    const n = r.conditions.find((x) => x.id === expect.notCheckable);
    assert.equal(n?.status, 'not-checkable', `condition ${expect.notCheckable} should be not-checkable:\n${show(r)}`);
    if (expect.why) assert.match(n!.why ?? '', new RegExp(expect.why));
    return;
  }
  assert.equal(r.status, 'failed', `should fail on ${expect.fail}:\n${show(r)}`);
  const c = r.conditions.find((x) => x.id === expect.fail);
  assert.ok(c && c.status === 'failed', `condition ${expect.fail} should fail:\n${show(r)}`);
  if (expect.actual) assert.match(c.actual, new RegExp(expect.actual));
  assert.equal(c.hints?.length, 3, 'three hint rungs');
  for (const h of c.hints!) assert.ok(h.length > 20, `hint too short: ${h}`);
}

const TWIN_PROJECT = 'shop';

/** Copies of the objects in `from`, renamed into another compose project, with the same look otherwise. */
export function twinsOf(from: EngineSnapshot): Pick<EngineSnapshot, 'containers' | 'volumes' | 'networks' | 'events' | 'images'> {
  const flip = (id: string) => id.replace(/^[0-9a-f]/, (ch) => (ch === 'e' ? 'f' : 'e')).replace(/^sha256:./, (s) => s.slice(0, 7) + (s[7] === 'e' ? 'f' : 'e'));
  const compose = (labels: Record<string, string> | null | undefined, extra: Record<string, string>) => ({ ...(labels ?? {}), 'com.docker.compose.project': TWIN_PROJECT, ...extra });
  const containers = from.containers.map((c) => {
    const t = structuredClone(c);
    const base = c.Name.replace(/^\//, '');
    const service = c.Config.Labels?.['com.docker.compose.service'] ?? base;
    t.Id = flip(c.Id);
    t.Name = `/${TWIN_PROJECT}_${service}_1`;
    t.Config.Labels = compose(c.Config.Labels, { 'com.docker.compose.service': service, 'com.docker.compose.container-number': '1', 'com.docker.compose.oneoff': 'False' });
    return t;
  });
  const volumes = from.volumes.map((v) => ({ ...structuredClone(v), Name: `${TWIN_PROJECT}_${v.Name}`, Labels: compose(v.Labels, { 'com.docker.compose.volume': v.Labels?.['com.docker.compose.volume'] ?? v.Name }) }));
  const networks = from.networks.map((n) => ({ ...structuredClone(n), Id: flip(n.Id), Name: `${TWIN_PROJECT}_${n.Name}`, Labels: compose(n.Labels, { 'com.docker.compose.network': n.Labels?.['com.docker.compose.network'] ?? n.Name }) }));
  const events = from.events
    .filter((e) => e.Type === 'container' || e.Type === 'volume')
    .map((e) => {
      const t = structuredClone(e);
      t.Actor.ID = e.Type === 'volume' ? `${TWIN_PROJECT}_${e.Actor.ID}` : flip(e.Actor.ID);
      t.Actor.Attributes = { ...e.Actor.Attributes, 'com.docker.compose.project': TWIN_PROJECT };
      if (e.Actor.Attributes?.name) t.Actor.Attributes.name = `${TWIN_PROJECT}_${e.Actor.Attributes.name}_1`;
      t.timeNano = e.timeNano + 1;
      return t;
    });
  // Images belong to no project: a look-alike is the same image under another repository, without the lesson label.
  const images = from.images.map((i) => {
    const t = structuredClone(i);
    t.inspect.Id = flip(i.inspect.Id);
    t.inspect.RepoTags = (i.inspect.RepoTags ?? []).map((tag) => `${TWIN_PROJECT}/${tag}`);
    t.inspect.RepoDigests = [];
    const labels: Record<string, string> = { ...(i.inspect.Config?.Labels ?? {}), 'com.docker.compose.project': TWIN_PROJECT };
    delete labels['docker-course.lesson'];
    if (t.inspect.Config) t.inspect.Config.Labels = labels;
    return t;
  });
  return { containers, volumes, networks, events, images };
}

export function withTwins(snap: EngineSnapshot, of: EngineSnapshot): EngineSnapshot {
  const t = twinsOf(of);
  const out = structuredClone(snap);
  out.containers.push(...t.containers);
  out.volumes.push(...t.volumes);
  out.networks.push(...t.networks);
  out.images.push(...t.images);
  out.events.push(...t.events);
  out.events.sort((a, b) => a.timeNano - b.timeNano);
  return out;
}

/** The standard suite for one checkpoint; `extra` adds checkpoint-specific cases. */
export function checkpointSuite(cp: Checkpoint, extra?: (fixture: () => CheckpointFixture) => void): void {
  describe(`${cp.id} ${cp.title}`, () => {
    let fixture: CheckpointFixture | undefined;
    const fx = () => (fixture ??= loadFixture(cp.id));

    it('was recorded on a real engine passing and failing', () => {
      const f = fx();
      assert.ok(f.scenarios.some((s) => s.expect === 'pass'), 'a passing scenario');
      assert.ok(f.scenarios.some((s) => s.expect !== 'pass' && 'fail' in s.expect), 'a failing scenario');
      assert.match(f.engine, /^\d+\.\d+\.\d+/);
    });

    it('gives the recorded verdict for every scenario (with the right condition, message and hints)', async () => {
      for (const s of fx().scenarios) {
        const r = await replay(cp, s.snapshot, s.input);
        try {
          assertVerdict(r, s.expect);
        } catch (e) {
          throw new Error(`scenario ${s.name}: ${(e as Error).message}`);
        }
      }
    });

    it('is blocked with the classified reason when the daemon is unreachable', async () => {
      const s = fx().scenarios.find((x) => x.expect === 'pass')!;
      const r = await replay(cp, s.snapshot, s.input, NO_SOCKET);
      if (cp.needsDocker) {
        assert.equal(r.status, 'blocked');
        for (const c of r.conditions.filter((x) => x.status !== 'not-checkable')) {
          if (c.status === 'passed') continue; // conditions that need only the workspace or the answers
          assert.equal(c.status, 'blocked', `${c.id}: ${c.actual}`);
          assert.equal(c.failure?.kind, 'no-socket');
        }
      } else {
        // Checks whose subject is reaching the daemon report it as the learner's failure, with the same reason.
        assert.equal(r.status, 'failed');
        assert.match(r.conditions[0].actual, /not running/);
      }
    });

    it("ignores another project's look-alike objects on a shared daemon", async () => {
      const pass = fx().scenarios.find((x) => x.expect === 'pass')!;
      for (const s of fx().scenarios) {
        if (s.endpoint) continue;
        const r = await replay(cp, withTwins(s.snapshot, pass.snapshot), s.input);
        try {
          assertVerdict(r, s.expect);
        } catch (e) {
          throw new Error(`scenario ${s.name} with twins of ${pass.name}: ${(e as Error).message}`);
        }
      }
    });

    extra?.(fx);
  });
}
