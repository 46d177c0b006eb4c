import * as assert from 'node:assert/strict';
import type { Endpoint } from '../../../src/docker/endpoint';
import { checkApiFloor, classifyDockerError, compareApi, detectInstallation, type ClassifyContext } from '../../../src/docker/errors';

const unix: Endpoint = { kind: 'unix', url: 'unix:///var/run/docker.sock', socketPath: '/var/run/docker.sock' };
const tcp: Endpoint = { kind: 'tcp', url: 'tcp://10.0.0.5:2375', host: '10.0.0.5', port: 2375, protocol: 'http' };

function sysErr(code: string, message = `connect ${code} /var/run/docker.sock`) {
  return Object.assign(new Error(message), { code, errno: -1, syscall: 'connect' });
}

function httpErr(statusCode: number, message: string) {
  return Object.assign(new Error(`(HTTP code ${statusCode}) unexpected - ${message} `), { statusCode, json: { message } });
}

interface Case {
  name: string;
  err: unknown;
  ctx?: ClassifyContext;
  kind: string;
  message: RegExp;
  installation?: string;
  statusCode?: number;
}

const cases: Case[] = [
  { name: 'ENOENT, docker installed → not running', err: sysErr('ENOENT'), ctx: { endpoint: unix, installation: 'installed' }, kind: 'no-socket', installation: 'not-running', message: /installed but not running.*Start Docker/ },
  { name: 'ENOENT, nothing installed → not installed', err: sysErr('ENOENT'), ctx: { endpoint: unix, installation: 'not-installed' }, kind: 'no-socket', installation: 'not-installed', message: /isn't installed.*c00-l1/ },
  { name: 'ENOENT, unknown → either', err: sysErr('ENOENT'), ctx: { endpoint: unix }, kind: 'no-socket', installation: 'unknown', message: /isn't running or isn't installed/ },
  { name: 'ECONNREFUSED on a local socket → engine stopped', err: sysErr('ECONNREFUSED'), ctx: { endpoint: unix }, kind: 'refused', installation: 'not-running', message: /engine is not running/ },
  { name: 'ECONNREFUSED on tcp → nothing listening', err: sysErr('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:2375'), ctx: { endpoint: tcp, endpointSource: 'DOCKER_HOST' }, kind: 'refused', message: /tcp:\/\/10\.0\.0\.5:2375 \(from DOCKER_HOST\).*clear DOCKER_HOST/ },
  { name: 'EACCES → docker group remedy', err: sysErr('EACCES'), ctx: { endpoint: unix }, kind: 'permission', message: /usermod -aG docker/ },
  { name: 'AbortSignal.timeout → timeout', err: new DOMException('The operation was aborted due to timeout', 'TimeoutError'), ctx: { endpoint: unix }, kind: 'timeout', message: /did not answer in time/ },
  { name: 'user cancellation → cancelled', err: new DOMException('This operation was aborted', 'AbortError'), kind: 'cancelled', message: /cancelled/ },
  { name: 'ETIMEDOUT → timeout', err: sysErr('ETIMEDOUT'), kind: 'timeout', message: /did not answer in time/ },
  { name: 'TLS certificate problem', err: sysErr('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'), ctx: { endpoint: tcp }, kind: 'tls', message: /TLS handshake.*DOCKER_CERT_PATH/ },
  { name: 'API error keeps status and engine message', err: httpErr(409, 'Conflict. The container name "/web" is already in use'), ctx: { doing: 'creating a probe' }, kind: 'api', statusCode: 409, message: /While creating a probe: Docker refused the request \(HTTP 409\): Conflict\./ },
  { name: 'API version too new for the engine → api-too-old', err: httpErr(400, 'client version 1.45 is too new. Maximum supported API version is 1.40'), kind: 'api-too-old', message: /too old for the course.*1\.41/ },
  { name: 'ENOTFOUND host → refused with the code', err: sysErr('ENOTFOUND', 'getaddrinfo ENOTFOUND nohost'), ctx: { endpoint: tcp }, kind: 'refused', message: /ENOTFOUND/ },
  { name: 'anything else → unknown, raw text kept for the log', err: new Error('weird'), kind: 'unknown', message: /unexpected way/ },
];

describe('classifyDockerError', () => {
  for (const c of cases) {
    it(c.name, () => {
      const f = classifyDockerError(c.err, c.ctx);
      assert.equal(f.kind, c.kind);
      assert.match(f.message, c.message);
      if (c.installation) assert.equal(f.installation, c.installation);
      if (c.statusCode) assert.equal(f.statusCode, c.statusCode);
      assert.doesNotMatch(f.message, /HTTP code \d+\)/, 'raw modem text stays out of the message');
      assert.ok(f.detail, 'the raw text is kept for the log');
    });
  }
});

describe('API floor', () => {
  it('compares dotted versions numerically', () => {
    assert.equal(compareApi('1.41', '1.41'), 0);
    assert.equal(compareApi('1.9', '1.41'), -1);
    assert.equal(compareApi('1.45', '1.41'), 1);
  });
  it('accepts 1.41 and newer, refuses older', () => {
    assert.equal(checkApiFloor('1.41'), undefined);
    assert.equal(checkApiFloor('1.47'), undefined);
    assert.equal(checkApiFloor('1.40')?.kind, 'api-too-old');
  });
});

describe('detectInstallation', () => {
  const table: [string, Parameters<typeof detectInstallation>[0], string][] = [
    ['docker on PATH', { env: { PATH: '/usr/local/bin:/usr/bin' }, platform: 'linux', exists: (f) => f === '/usr/local/bin/docker' }, 'installed'],
    ['Docker.app on macOS', { env: { PATH: '/usr/bin' }, platform: 'darwin', exists: (f) => f === '/Applications/Docker.app' }, 'installed'],
    ['docker.exe on Windows PATH', { env: { Path: 'C:\\Tools;C:\\Docker' }, platform: 'win32', exists: (f) => f === 'C:\\Docker\\docker.exe' }, 'installed'],
    ['nothing', { env: { PATH: '/usr/bin' }, platform: 'linux', exists: () => false }, 'not-installed'],
  ];
  for (const [name, inp, want] of table) it(name, () => assert.equal(detectInstallation(inp), want));
});

describe('classifyDockerError: configured endpoints', () => {
  it('a missing socket named by a setting points at the setting, not at starting Docker Desktop', () => {
    const f = classifyDockerError(Object.assign(new Error('connect ENOENT /x.sock'), { code: 'ENOENT' }), {
      endpoint: { kind: 'unix', url: 'unix:///x.sock', socketPath: '/x.sock' },
      endpointSource: 'setting dockerCourse.docker.host',
      installation: 'installed',
    });
    assert.equal(f.kind, 'no-socket');
    assert.match(f.message, /configured explicitly: check that it is right/);
    assert.doesNotMatch(f.message, /Docker Desktop/);
  });
});
