import * as assert from 'node:assert/strict';
import { contextDirName, parseHost, resolveEndpoint, type EndpointInputs } from '../../../src/docker/endpoint';

const HOME = '/home/ada';

function inputs(over: Partial<EndpointInputs> & { files?: Record<string, string>; sockets?: string[] } = {}): EndpointInputs {
  const files = over.files ?? {};
  const sockets = new Set(over.sockets ?? []);
  return {
    env: over.env ?? {},
    platform: over.platform ?? 'linux',
    homedir: over.homedir ?? HOME,
    uid: over.uid ?? 1000,
    readFile: (f) => files[f],
    exists: (f) => f in files || sockets.has(f),
    settings: over.settings,
  };
}

function contextFiles(name: string, host: string, configDir = `${HOME}/.docker`, extra: Record<string, string> = {}): Record<string, string> {
  return {
    [`${configDir}/contexts/meta/${contextDirName(name)}/meta.json`]: JSON.stringify({ Name: name, Metadata: {}, Endpoints: { docker: { Host: host, SkipTLSVerify: false } } }),
    ...extra,
  };
}

interface Case {
  name: string;
  in: Parameters<typeof inputs>[0];
  url: string;
  source: RegExp | string;
  protocol?: string;
  problems?: RegExp;
}

const cases: Case[] = [
  // DOCKER_HOST variants
  { name: 'DOCKER_HOST unix socket', in: { env: { DOCKER_HOST: 'unix:///run/user/1000/docker.sock' } }, url: 'unix:///run/user/1000/docker.sock', source: 'DOCKER_HOST' },
  { name: 'DOCKER_HOST tcp with port', in: { env: { DOCKER_HOST: 'tcp://10.0.0.5:2375' } }, url: 'tcp://10.0.0.5:2375', source: 'DOCKER_HOST', protocol: 'http' },
  { name: 'DOCKER_HOST without scheme means tcp', in: { env: { DOCKER_HOST: 'build-box:2375' } }, url: 'tcp://build-box:2375', source: 'DOCKER_HOST', protocol: 'http' },
  { name: 'DOCKER_HOST tcp without port defaults to 2375', in: { env: { DOCKER_HOST: 'tcp://build-box' } }, url: 'tcp://build-box:2375', source: 'DOCKER_HOST' },
  { name: 'DOCKER_HOST with DOCKER_TLS_VERIFY uses https and 2376', in: { env: { DOCKER_HOST: 'tcp://secure', DOCKER_TLS_VERIFY: '1' } }, url: 'tcp://secure:2376', source: 'DOCKER_HOST', protocol: 'https' },
  { name: 'port 2376 means TLS even without DOCKER_TLS_VERIFY', in: { env: { DOCKER_HOST: 'tcp://h:2376' } }, url: 'tcp://h:2376', source: 'DOCKER_HOST', protocol: 'https' },
  { name: 'DOCKER_HOST ssh with user', in: { env: { DOCKER_HOST: 'ssh://ada@box', SSH_AUTH_SOCK: '/tmp/agent' } }, url: 'ssh://ada@box', source: 'DOCKER_HOST', protocol: 'ssh' },
  { name: 'DOCKER_HOST ssh without an agent is reported', in: { env: { DOCKER_HOST: 'ssh://ada@box' } }, url: 'ssh://ada@box', source: 'DOCKER_HOST', problems: /SSH agent/ },
  { name: 'DOCKER_HOST npipe', in: { env: { DOCKER_HOST: 'npipe:////./pipe/docker_engine' }, platform: 'win32' }, url: 'npipe:////./pipe/docker_engine', source: 'DOCKER_HOST' },
  { name: 'unsupported DOCKER_HOST scheme falls through with a problem', in: { env: { DOCKER_HOST: 'fd://' }, sockets: ['/var/run/docker.sock'] }, url: 'unix:///var/run/docker.sock', source: /platform default/, problems: /not a Docker address/ },
  // the setting wins over everything
  { name: 'setting beats DOCKER_HOST', in: { settings: { host: 'unix:///custom.sock' }, env: { DOCKER_HOST: 'tcp://other:2375' } }, url: 'unix:///custom.sock', source: 'setting dockerCourse.docker.host' },
  { name: 'an invalid setting is ignored with a problem', in: { settings: { host: 'banana' + '://x' }, env: { DOCKER_HOST: 'tcp://other:2375' } }, url: 'tcp://other:2375', source: 'DOCKER_HOST', problems: /dockerCourse\.docker\.host/ },
  { name: 'an empty setting is ignored silently', in: { settings: { host: '  ' }, sockets: ['/var/run/docker.sock'] }, url: 'unix:///var/run/docker.sock', source: /system socket/ },
  // DOCKER_CONTEXT
  {
    name: 'DOCKER_CONTEXT names a context with a unix socket',
    in: { env: { DOCKER_CONTEXT: 'colima' }, files: contextFiles('colima', `unix://${HOME}/.colima/default/docker.sock`) },
    url: `unix://${HOME}/.colima/default/docker.sock`,
    source: 'DOCKER_CONTEXT=colima',
  },
  {
    name: 'DOCKER_CONTEXT beats currentContext',
    in: {
      env: { DOCKER_CONTEXT: 'remote' },
      files: { ...contextFiles('remote', 'tcp://203.0.113.9:2375'), ...contextFiles('colima', 'unix:///x.sock'), [`${HOME}/.docker/config.json`]: '{"currentContext":"colima"}' },
    },
    url: 'tcp://203.0.113.9:2375',
    source: 'DOCKER_CONTEXT=remote',
  },
  { name: 'DOCKER_CONTEXT=default uses the platform default', in: { env: { DOCKER_CONTEXT: 'default' }, sockets: ['/var/run/docker.sock'] }, url: 'unix:///var/run/docker.sock', source: 'DOCKER_CONTEXT=default' },
  { name: 'DOCKER_CONTEXT without meta.json falls back, with a problem', in: { env: { DOCKER_CONTEXT: 'gone' }, sockets: ['/var/run/docker.sock'] }, url: 'unix:///var/run/docker.sock', source: /platform default/, problems: /context "gone"/ },
  {
    name: 'a meta.json whose Name does not match the hash is ignored',
    in: { env: { DOCKER_CONTEXT: 'a' }, files: { [`${HOME}/.docker/contexts/meta/${contextDirName('a')}/meta.json`]: JSON.stringify({ Name: 'b', Endpoints: { docker: { Host: 'tcp://x:1' } } }) }, sockets: ['/var/run/docker.sock'] },
    url: 'unix:///var/run/docker.sock',
    source: /platform default/,
    problems: /belongs to context "b"/,
  },
  {
    name: 'a context with TLS material uses https',
    in: { env: { DOCKER_CONTEXT: 'tls' }, files: contextFiles('tls', 'tcp://h:2376', `${HOME}/.docker`, { [`${HOME}/.docker/contexts/tls/${contextDirName('tls')}/docker/ca.pem`]: 'pem' }) },
    url: 'tcp://h:2376',
    source: 'DOCKER_CONTEXT=tls',
    protocol: 'https',
  },
  // currentContext in config.json
  {
    name: 'currentContext in ~/.docker/config.json',
    in: { files: { [`${HOME}/.docker/config.json`]: '{"currentContext":"desktop-linux"}', ...contextFiles('desktop-linux', `unix://${HOME}/.docker/desktop/docker.sock`) } },
    url: `unix://${HOME}/.docker/desktop/docker.sock`,
    source: /docker context "desktop-linux"/,
  },
  {
    name: 'DOCKER_CONFIG moves config.json and the contexts',
    in: { env: { DOCKER_CONFIG: '/etc/dc' }, files: { '/etc/dc/config.json': '{"currentContext":"lab"}', ...contextFiles('lab', 'unix:///lab.sock', '/etc/dc') } },
    url: 'unix:///lab.sock',
    source: /docker context "lab"/,
  },
  { name: 'currentContext "default" means the platform default', in: { files: { [`${HOME}/.docker/config.json`]: '{"currentContext":"default"}' }, sockets: ['/var/run/docker.sock'] }, url: 'unix:///var/run/docker.sock', source: /system socket/ },
  { name: 'a config.json that is not JSON is reported', in: { files: { [`${HOME}/.docker/config.json`]: '{oops' }, sockets: ['/var/run/docker.sock'] }, url: 'unix:///var/run/docker.sock', source: /platform default/, problems: /not valid JSON/ },
  // missing config and platform defaults
  { name: 'no config, system socket', in: { sockets: ['/var/run/docker.sock'] }, url: 'unix:///var/run/docker.sock', source: 'platform default (system socket)' },
  { name: 'Docker Desktop socket wins when it exists', in: { sockets: [`${HOME}/.docker/run/docker.sock`, '/var/run/docker.sock'], platform: 'darwin' }, url: `unix://${HOME}/.docker/run/docker.sock`, source: 'platform default (Docker Desktop socket)' },
  { name: 'rootless socket under XDG_RUNTIME_DIR', in: { env: { XDG_RUNTIME_DIR: '/run/user/1000' }, sockets: ['/run/user/1000/docker.sock'] }, url: 'unix:///run/user/1000/docker.sock', source: 'platform default (rootless Docker socket)' },
  { name: 'rootless socket from the uid when XDG_RUNTIME_DIR is unset', in: { uid: 1001, sockets: ['/run/user/1001/docker.sock'] }, url: 'unix:///run/user/1001/docker.sock', source: 'platform default (rootless Docker socket)' },
  { name: "Podman's rootless socket", in: { env: { XDG_RUNTIME_DIR: '/run/user/1000' }, sockets: ['/run/user/1000/podman/podman.sock'] }, url: 'unix:///run/user/1000/podman/podman.sock', source: 'platform default (rootless Podman socket)' },
  { name: "Podman's system socket", in: { sockets: ['/run/podman/podman.sock'] }, url: 'unix:///run/podman/podman.sock', source: 'platform default (Podman socket)' },
  { name: 'Colima on macOS', in: { platform: 'darwin', sockets: [`${HOME}/.colima/default/docker.sock`] }, url: `unix://${HOME}/.colima/default/docker.sock`, source: 'platform default (Colima socket)' },
  { name: 'nothing found: the system socket, and say so', in: {}, url: 'unix:///var/run/docker.sock', source: /no Docker socket found/ },
  { name: 'Windows named pipe', in: { platform: 'win32', homedir: 'C:\\Users\\ada' }, url: 'npipe:////./pipe/docker_engine', source: 'platform default (Windows named pipe)' },
  {
    name: 'Windows currentContext with a backslash home',
    in: { platform: 'win32', homedir: 'C:\\Users\\ada', files: { 'C:/Users/ada/.docker/config.json': '{"currentContext":"wsl"}', ...contextFiles('wsl', 'npipe:////./pipe/dockerDesktopLinuxEngine', 'C:/Users/ada/.docker') } },
    url: 'npipe:////./pipe/dockerDesktopLinuxEngine',
    source: /docker context "wsl"/,
  },
];

describe('resolveEndpoint', () => {
  for (const c of cases) {
    it(c.name, () => {
      const r = resolveEndpoint(inputs(c.in));
      assert.equal(r.endpoint.url, c.url);
      if (typeof c.source === 'string') assert.equal(r.source, c.source);
      else assert.match(r.source, c.source);
      if (c.protocol) assert.equal(r.endpoint.protocol, c.protocol);
      if (c.problems) assert.match(r.problems.join('\n'), c.problems);
      else assert.deepEqual(r.problems, []);
    });
  }

  it('hashes context names with sha256 as the docker CLI does', () => {
    assert.equal(contextDirName('default'), '37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f');
  });

  it('parseHost rejects garbage', () => {
    assert.equal(parseHost('unix://', { env: {}, homedir: HOME }), undefined);
    assert.equal(parseHost('ssh://', { env: {}, homedir: HOME }), undefined);
  });
});
