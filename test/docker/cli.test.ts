import * as assert from 'node:assert/strict';
import { cli } from '../unit/cli/checkCli.test';
import { requireDaemon } from './support/daemon';

describe('real daemon: the CLI', function () {
  this.timeout(60_000);
  before(async function () {
    await requireDaemon(this);
  });

  it('doctor reports the endpoint, API version, platform and online/offline', () => {
    const r = cli(['doctor']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Endpoint: {2}\S+ \(from .+\)/);
    assert.match(r.out, /Engine: {4}Docker Engine \S+, API 1\.\d+, linux\//);
    assert.match(r.out, /Images: {4}(online|offline): /);
  });

  it('check c00-l1 passes on a working engine (exit 0), one line per condition', () => {
    const r = cli(['check', 'c00-l1']);
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal(r.out.split('\n').filter((l) => /^ {2}PASS {4}/.test(l)).length, 4);
  });

  it('check exits 1 when a condition fails, with expected, actual and the first hint', () => {
    const r = cli(['check', 'RUN-01', '--name', 'sleeper=docker-course-no-such-container', '--answer', 'pid=1']);
    assert.equal(r.code, 1);
    assert.match(r.out, /FAIL {4}sleeper-exists — expected: a container named `docker-course-no-such-container`; actual: no container named `docker-course-no-such-container`; hint: /);
  });
});
