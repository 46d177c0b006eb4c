/** Runs the built CLI (dist/cli.js) for the cases that need no daemon: usage errors and an unreachable one. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || path.basename(dir) === 'out') dir = path.dirname(dir);
  return dir;
}

export function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(repoRoot(), 'dist', 'cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const NOWHERE = 'unix:///tmp/docker-course-cli-no-such.sock';

describe('CLI: check and doctor without a daemon', () => {
  it('check without a target is bad usage (exit 2)', () => {
    const r = cli(['check']);
    assert.equal(r.code, 2);
    assert.match(r.err, /check needs a lesson \(c03-l2\) or a checkpoint \(RUN-03\)/);
  });

  it('an unknown lesson or checkpoint is bad usage (exit 2)', () => {
    const r = cli(['check', 'RUN-99', 'c77-l1']);
    assert.equal(r.code, 2);
    assert.match(r.err, /No lesson or checkpoint named "RUN-99", "c77-l1"/);
  });

  it('an unknown option is bad usage (exit 2)', () => {
    assert.equal(cli(['check', 'RUN-03', '--frobnicate']).code, 2);
    assert.match(cli(['check', 'RUN-01', '--answer', 'oops']).err, /--answer takes KEY=VALUE/);
  });

  it('an unreachable daemon blocks every condition, says so once, and exits 3', () => {
    const r = cli(['check', 'c03-l2', '--host', NOWHERE]);
    assert.equal(r.code, 3);
    assert.match(r.err, /could not reach Docker, so nothing was checked\. There is no Docker socket at unix:\/\/\/tmp\/docker-course-cli-no-such\.sock/);
    assert.match(r.out, /RUN-03 \(c03-l2\) .*: blocked/);
    assert.match(r.out, /BLOCKED all 7 conditions — /);
    assert.doesNotMatch(r.out, /HTTP code|ENOENT/, 'no raw library text');
  });

  it('--json gives machine-readable results with per-condition status', () => {
    const r = cli(['check', 'RUN-05', '--json', '--host', NOWHERE]);
    assert.equal(r.code, 3);
    const j = JSON.parse(r.out) as { endpoint: string; endpointSource: string; results: { checkpointId: string; status: string; conditions: { status: string; failure?: { kind: string } }[] }[] };
    assert.equal(j.endpoint, NOWHERE);
    assert.equal(j.endpointSource, 'setting dockerCourse.docker.host');
    assert.equal(j.results[0].checkpointId, 'RUN-05');
    assert.ok(j.results[0].conditions.every((c) => c.status === 'blocked' && c.failure?.kind === 'no-socket'));
  });

  it('checks of the daemon itself report unreachability as the learner\'s failure (exit 1) with the reason', () => {
    const r = cli(['check', 'ENV-01', '--host', NOWHERE]);
    assert.equal(r.code, 1);
    assert.match(r.out, /FAIL {4}daemon-answers — expected: a reply to GET \/_ping; actual: There is no Docker socket/);
    assert.match(r.out, /hint: The docker command is only a client/);
  });

  it('doctor names the endpoint and where it came from, and exits 3 when it is unreachable', () => {
    const r = cli(['doctor', '--host', NOWHERE]);
    assert.equal(r.code, 3);
    assert.match(r.out, /Endpoint: {2}unix:\/\/\/tmp\/docker-course-cli-no-such\.sock \(from setting dockerCourse\.docker\.host\)/);
    assert.match(r.out, /Engine: {4}unreachable \(no-socket\)/);
  });

  it('DOCKER_HOST is honoured and named as the source', () => {
    const r = cli(['doctor', '--json'], { DOCKER_HOST: 'unix:///tmp/docker-course-cli-env.sock' });
    assert.equal(r.code, 3);
    const j = JSON.parse(r.out) as { endpoint: string; source: string };
    assert.equal(j.endpoint, 'unix:///tmp/docker-course-cli-env.sock');
    assert.equal(j.source, 'DOCKER_HOST');
  });

  it('lint still works', () => {
    const r = cli(['lint', '--exit-zero', path.join(repoRoot(), 'walkthroughs', 'labs', 'demo')]);
    assert.equal(r.code, 0);
  });
});
