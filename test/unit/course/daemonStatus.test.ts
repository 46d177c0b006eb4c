import * as assert from 'node:assert/strict';
import type { DockerFailure } from '../../../src/core/course/checkpoints/types';
import { actionsFor, daemonView, doctorMessage, unreachableState, type DaemonInput } from '../../../src/core/course/daemonStatus';

const base = { endpoint: 'unix:///var/run/docker.sock', source: 'platform default (system socket)', trusted: true };
const down = (f: Partial<DockerFailure> & Pick<DockerFailure, 'kind'>): DaemonInput => ({ ...base, probe: { state: 'unreachable', failure: { message: 'msg', ...f } } });

describe('Docker engine status', () => {
  it('shows the version and endpoint when the engine answers', () => {
    const v = daemonView({ ...base, probe: { state: 'ok', version: '20.10.24', apiVersion: '1.41', os: 'linux', arch: 'amd64' } });
    assert.equal(v.text, 'Docker: 20.10.24 (unix:///var/run/docker.sock)');
    assert.equal(v.tone, 'ok');
    assert.match(v.tooltip, /API 1\.41, linux\/amd64\nEndpoint: unix:\/\/\/var\/run\/docker\.sock \(from platform default \(system socket\)\)/);
  });

  it('tells "not running" from "not installed", and names other failures', () => {
    assert.equal(daemonView(down({ kind: 'no-socket', installation: 'not-running' })).text, 'Docker: not running');
    assert.equal(daemonView(down({ kind: 'no-socket', installation: 'not-installed' })).text, 'Docker: not installed');
    assert.equal(daemonView(down({ kind: 'refused', installation: 'not-running' })).text, 'Docker: not running');
    assert.equal(daemonView(down({ kind: 'no-socket', installation: 'unknown' })).text, 'Docker: not running or not installed');
    assert.deepEqual(
      (['permission', 'timeout', 'api-too-old', 'tls', 'unknown'] as const).map((kind) => unreachableState({ kind, message: '' })),
      ['permission denied', 'not answering', 'too old', 'TLS problem', 'unreachable'],
    );
    const v = daemonView(down({ kind: 'no-socket', installation: 'not-installed', message: 'Docker isn\'t installed on this machine.' }));
    assert.equal(v.tone, 'error');
    assert.match(v.tooltip, /^Docker isn't installed on this machine\.\nEndpoint: /);
  });

  it('offers the setup lesson only where installing or permissions are the fix', () => {
    assert.deepEqual(actionsFor({ kind: 'no-socket', installation: 'not-installed', message: '' }), ['retry', 'showLog', 'openSetupLesson']);
    assert.deepEqual(actionsFor({ kind: 'permission', message: '' }), ['retry', 'showLog', 'openSetupLesson']);
    assert.deepEqual(actionsFor({ kind: 'refused', installation: 'unknown', message: '' }), ['retry', 'showLog'], 'a remote engine refusing is not fixed by installing Docker');
    assert.deepEqual(actionsFor({ kind: 'timeout', message: '' }), ['retry', 'showLog']);
  });

  it('says checks are off in an untrusted folder, whatever the engine does', () => {
    const v = daemonView({ ...base, trusted: false, probe: 'checking' });
    assert.equal(v.text, 'Docker: checks off (untrusted folder)');
    assert.deepEqual(v.actions, ['manageTrust']);
    assert.equal(v.tone, 'off');
  });

  it('writes the doctor report', () => {
    const ok: DaemonInput = { ...base, probe: { state: 'ok', version: '20.10.24', apiVersion: '1.41', os: 'linux', arch: 'amd64' } };
    assert.equal(
      doctorMessage(ok, { mode: 'offline', toolbox: false }),
      'Docker Engine 20.10.24 (API 1.41, linux/amd64) answers at unix:///var/run/docker.sock, found through platform default (system socket). Course mode: offline. The course toolbox image is not built yet (Docker Course: Build Course Toolbox); offline labs and some checks need it.',
    );
    assert.equal(doctorMessage(down({ kind: 'permission', message: 'You don\'t have permission.' })), 'You don\'t have permission.');
  });
});
