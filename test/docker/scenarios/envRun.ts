/** ENV and RUN: reference solutions and broken setups, played with the docker CLI. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HELLO_IMAGE, TOOLBOX_IMAGE } from '../../../src/core/course/images';
import type { Rig } from '../support/rig';
import type { Group } from '../support/scenario';
import { webImage, WEB_INDEX } from './images';

const healthy = (r: Rig, name: string) => r.until(`${name} healthy`, async () => (await r.inspect(name))?.State.Health?.Status === 'healthy');

async function httpUp(r: Rig, name: string): Promise<void> {
  await r.until(`${name} answering HTTP`, async () => {
    const c = await r.inspect(name);
    const port = c?.NetworkSettings.Ports?.['8080/tcp']?.[0]?.HostPort;
    if (!port) return false;
    try {
      return (await fetch(`http://127.0.0.1:${port}/`)).status === 200;
    } catch {
      return false;
    }
  });
}

export const groups: Group[] = [
  {
    name: 'engine',
    async setup() {},
    checks: [
      { id: 'ENV-01', expect: 'pass' },
      { id: 'ENV-01', name: 'no-socket', endpoint: 'unix:///tmp/docker-course-no-such.sock', expect: { fail: 'daemon-answers', actual: /no Docker socket at unix:\/\/\/tmp\/docker-course-no-such.sock \(from setting dockerCourse.docker.host\)\. That address was configured explicitly/ } },
      { id: 'ENV-02', expect: 'pass' },
      { id: 'ENV-02', name: 'toolbox-missing', input: { names: { toolbox: 'course/toolbox:not-built' } }, expect: { fail: 'lab-images', actual: /offline, and `course\/toolbox:not-built` is not on this engine/ } },
      { id: 'ENV-03', expect: 'pass' },
      { id: 'ENV-03', name: 'no-socket', endpoint: 'unix:///tmp/docker-course-no-such.sock', expect: { fail: 'socket-as-user', actual: /no Docker socket at unix:\/\/\/tmp\/docker-course-no-such.sock \(from setting dockerCourse.docker.host\)\. That address was configured explicitly/ } },
      { id: 'ENV-04', expect: 'pass' },
      { id: 'ENV-04', name: 'too-few-cpus', input: { params: { minCpus: '512' } }, expect: { fail: 'cpus', actual: /^\d+ CPUs$/ } },
    ],
  },
  {
    name: 'hello',
    async setup(r) {
      await r.docker('run', '--name', r.n('hello'), HELLO_IMAGE);
    },
    checks: [{ id: 'ENV-05', expect: 'pass' }],
  },
  {
    name: 'hello-random-name',
    async setup(r) {
      await r.docker('run', HELLO_IMAGE);
    },
    checks: [{ id: 'ENV-05', expect: 'pass' }],
  },
  {
    name: 'hello-failed',
    async setup(r) {
      await r.dockerOpt({ allowFail: true }, 'run', '--name', r.n('hello'), TOOLBOX_IMAGE, 'sh', '-c', 'echo hi; exit 1');
    },
    checks: [{ id: 'ENV-05', expect: { fail: 'exit-zero', actual: /exited with code 1/ } }],
  },
  {
    name: 'sleeper',
    async setup(r) {
      await r.docker('run', '-d', '--init', '--name', r.n('sleeper'), TOOLBOX_IMAGE, 'sleep', '1d');
      await r.docker('top', r.n('sleeper'));
      return { pid: String((await r.inspect(r.n('sleeper')))!.State.Pid) };
    },
    checks: [
      { id: 'RUN-01', expect: 'pass', input: (s) => ({ answers: { pid: s.pid } }) },
      { id: 'RUN-01', name: 'sleeper-wrong-pid', expect: { fail: 'host-pid', actual: /you answered `1`, which does not match/ }, input: { answers: { pid: '1' } } },
    ],
  },
  {
    name: 'sleeper-no-top',
    async setup(r) {
      await r.docker('run', '-d', '--init', '--name', r.n('sleeper'), TOOLBOX_IMAGE, 'sleep', '1d');
      return { pid: String((await r.inspect(r.n('sleeper')))!.State.Pid) };
    },
    checks: [{ id: 'RUN-01', expect: { fail: 'top-seen', actual: /no `top` event/ }, input: (s) => ({ answers: { pid: s.pid } }) }],
  },
  {
    name: 'life',
    async setup(r) {
      await r.docker('create', '--init', '--name', r.n('life'), TOOLBOX_IMAGE, 'sleep', '1d');
      for (const verb of ['start', 'pause', 'unpause', 'restart', 'stop', 'rm']) await r.docker(verb, ...(verb === 'restart' || verb === 'stop' ? ['-t', '2'] : []), r.n('life'));
    },
    checks: [{ id: 'RUN-02', expect: 'pass' }],
  },
  {
    name: 'life-no-pause',
    async setup(r) {
      await r.docker('create', '--init', '--name', r.n('life'), TOOLBOX_IMAGE, 'sleep', '1d');
      for (const verb of ['start', 'restart', 'stop', 'rm']) await r.docker(verb, ...(verb === 'restart' || verb === 'stop' ? ['-t', '2'] : []), r.n('life'));
    },
    checks: [{ id: 'RUN-02', expect: { fail: 'paused', actual: /create → start → kill → die/ } }],
  },
  {
    name: 'web',
    async setup(r) {
      await webImage(r);
      await r.docker(
        'run', '-d', '--init', '--name', r.n('web'), '-p', '127.0.0.1::8080', '-e', 'APP_ENV=dev', '--restart', 'unless-stopped',
        '--health-cmd', 'wget -q -O /dev/null http://127.0.0.1:8080/', '--health-interval', '1s', 'learner/web:1',
      );
      await healthy(r, r.n('web'));
      await r.docker('exec', r.n('web'), 'ls', '/www');
      fs.mkdirSync(path.join(r.workspace(), 'lab/out'), { recursive: true });
      await r.docker('cp', `${r.n('web')}:/www/index.html`, path.join(r.workspace(), 'lab/out/index.html'));
      await r.docker('stop', r.n('web'));
      await r.docker('start', r.n('web'));
      await httpUp(r, r.n('web'));
      const c = (await r.inspect(r.n('web')))!;
      return { ip: Object.values(c.NetworkSettings.Networks ?? {})[0]?.IPAddress ?? '', image: c.Image.slice(7, 19) };
    },
    checks: [
      { id: 'RUN-03', expect: 'pass' },
      { id: 'RUN-04', expect: 'pass' },
      { id: 'RUN-05', expect: 'pass' },
      { id: 'RUN-06', expect: 'pass' },
      { id: 'RUN-09', expect: 'pass', input: (s) => ({ answers: { ip: s.ip, imageId: s.image } }) },
      { id: 'RUN-09', name: 'web-wrong-ip', expect: { fail: 'ip', actual: /you answered `10\.9\.9\.9`, which does not match/ }, input: (s) => ({ answers: { ip: '10.9.9.9', imageId: s.image } }) },
    ],
  },
  {
    name: 'web-broken',
    async setup(r) {
      await webImage(r);
      await r.docker('run', '-d', '--name', r.n('web'), '-p', '127.0.0.1::8080', '-e', 'APP_ENV=prod', '--health-cmd', 'wget -q -O /dev/null http://127.0.0.1:8080/', '--health-interval', '1s', 'learner/web:1');
      await r.docker('stop', '-t', '1', r.n('web'));
      await r.docker('start', r.n('web'));
      await healthy(r, r.n('web'));
      r.write('lab/out', { 'index.html': WEB_INDEX.replace('Hello', 'Hi') });
    },
    checks: [
      { id: 'RUN-03', expect: { fail: 'restart-policy', actual: /no restart policy|`no`/ } },
      { id: 'RUN-03', name: 'web-broken-env', expect: { fail: 'env', actual: /APP_ENV=prod/ } },
      { id: 'RUN-04', expect: { fail: 'graceful-stop', actual: /SIGTERM \(15\), then SIGKILL \(9\).*exited with 137/ } },
      { id: 'RUN-04', name: 'web-broken-init', expect: { fail: 'init', actual: /without an init/ } },
      { id: 'RUN-05', expect: { fail: 'learner-exec', actual: /only the healthcheck ran inside it/ } },
      { id: 'RUN-06', expect: { fail: 'same-bytes', actual: /different/ } },
    ],
  },
  {
    name: 'flaky',
    async setup(r) {
      await r.docker('run', '-d', '--name', r.n('flaky'), '--restart', 'on-failure:3', TOOLBOX_IMAGE, 'sh', '-c', 'echo starting; exit 3');
      await r.until('flaky to give up', async () => {
        const c = await r.inspect(r.n('flaky'));
        return !!c && c.RestartCount === 3 && c.State.Status === 'exited';
      });
    },
    checks: [
      { id: 'RUN-07', expect: 'pass', input: { answers: { exit137: 'b' } } },
      { id: 'RUN-07', name: 'flaky-wrong-quiz', expect: { fail: 'quiz-exit137', actual: /`a` is not right/ }, input: { answers: { exit137: 'a' } } },
    ],
  },
  {
    name: 'flaky-one-retry',
    async setup(r) {
      await r.docker('run', '-d', '--name', r.n('flaky'), '--restart', 'on-failure:1', TOOLBOX_IMAGE, 'sh', '-c', 'echo starting; exit 3');
      await r.until('flaky to give up', async () => (await r.inspect(r.n('flaky')))?.State.Status === 'exited' && (await r.inspect(r.n('flaky')))?.RestartCount === 1);
    },
    checks: [{ id: 'RUN-07', expect: { fail: 'policy', actual: /`on-failure:1`/ }, input: { answers: { exit137: 'b' } } }],
  },
  {
    name: 'limits',
    async setup(r) {
      await r.docker('run', '-d', '--init', '--name', r.n('capped'), '--memory', '128m', '--cpus', '.5', '--pids-limit', '100', TOOLBOX_IMAGE, 'sleep', '1d');
      await r.dockerOpt({ allowFail: true }, 'run', '--name', r.n('hog'), '--memory', '32m', '--memory-swap', '32m', TOOLBOX_IMAGE, 'sh', '-c', 'head -c 100000000 /dev/zero | tail');
    },
    checks: [{ id: 'RUN-08', expect: 'pass' }],
  },
  {
    name: 'limits-no-pids',
    async setup(r) {
      await r.docker('run', '-d', '--init', '--name', r.n('capped'), '--memory', '128m', '--cpus', '.5', TOOLBOX_IMAGE, 'sleep', '1d');
      await r.docker('run', '--name', r.n('hog'), TOOLBOX_IMAGE, 'true');
    },
    checks: [
      { id: 'RUN-08', expect: { fail: 'pids', actual: /no pids limit/ } },
      { id: 'RUN-08', name: 'limits-hog-not-killed', expect: { fail: 'oom-killed', actual: /OOMKilled false \(it has no memory limit\)/ } },
    ],
  },
  {
    name: 'ns-demo',
    async setup(r) {
      await r.docker('run', '-d', '--name', r.n('ns-demo'), '--memory', '64m', '--cpus', '.5', TOOLBOX_IMAGE, 'sleep', '1d');
    },
    checks: [{ id: 'RUN-10', expect: 'pass', input: { answers: { pid1: 'sleep' } } }],
  },
  {
    name: 'ns-demo-host-pid',
    async setup(r) {
      await r.docker('run', '-d', '--init', '--name', r.n('ns-demo'), '--pid', 'host', TOOLBOX_IMAGE, 'sleep', '1d');
    },
    checks: [{ id: 'RUN-10', expect: { fail: 'pid-namespace', actual: /PidMode `host`/ }, input: { answers: { pid1: 'docker-init' } } }],
  },
];
