/** NET: reference solutions and broken setups. Probe containers run from the locally built toolbox. */
import { createServer } from 'node:net';
import * as path from 'node:path';
import { TOOLBOX_IMAGE } from '../../../src/core/course/images';
import type { Rig } from '../support/rig';
import type { Group } from '../support/scenario';
import { answers, webImage } from './images';

const sleep = (r: Rig, name: string, ...opts: string[]) => r.docker('run', '-d', '--init', '--name', r.n(name), ...opts, TOOLBOX_IMAGE, 'sleep', '1d');

/** The offline proxy of lesson c07-l6: busybox nc runs this once per connection and forwards GETs with wget. */
const FORWARD = `#!/bin/sh
set -u
upstream=\${UPSTREAM:-app:8080}
read -r method target _version
while read -r line; do
  line=$(printf '%s' "$line" | tr -d '\\r')
  [ -z "$line" ] && break
done
if [ "$method" != "GET" ]; then
  printf 'HTTP/1.0 405 Method Not Allowed\\r\\nContent-Type: text/plain\\r\\n\\r\\nthis proxy forwards GET only\\n'
  exit 0
fi
if body=$(timeout 5 wget -q -O - "http://$upstream$target" 2>/dev/null </dev/null); then
  printf 'HTTP/1.0 200 OK\\r\\nContent-Type: text/plain\\r\\nContent-Length: %s\\r\\n\\r\\n%s\\n' "$((\${#body} + 1))" "$body"
else
  printf 'HTTP/1.0 502 Bad Gateway\\r\\nContent-Type: text/plain\\r\\n\\r\\nupstream %s did not answer %s\\n' "$upstream" "$target"
fi
`;

/** Two app replicas and the proxy, as driftwood/proxy/up.sh starts them (offline variant). */
async function proxied(r: Rig, fixed: boolean): Promise<void> {
  r.write('driftwood/proxy', { 'forward.sh': FORWARD });
  await r.docker('network', 'create', '--label', 'docker-course.lesson=c07-l6', r.n('frontend'));
  for (const n of [1, 2]) {
    await r.docker(
      'run', '-d', '--init', '--name', r.n(`app${n}`), '--label', 'docker-course.lesson=c07-l6', '--network', r.n('frontend'), '--network-alias', 'app',
      ...(fixed ? [] : ['-p', '127.0.0.1::8080']),
      '--user', '65534:65534', '--tmpfs', '/www:uid=65534,gid=65534,size=1m', TOOLBOX_IMAGE,
      'sh', '-c', 'mkdir -p /www/api && echo "driftwood-app ok $(hostname)" > /www/api/health && exec httpd -f -p 8080 -h /www',
    );
  }
  await r.docker(
    'run', '-d', '--init', '--name', r.n('proxy'), '--label', 'docker-course.lesson=c07-l6', '--network', r.n('frontend'), '-p', '127.0.0.1::8080',
    '--user', '65534:65534', '-e', `UPSTREAM=${fixed ? 'app' : r.n('app1')}:8080`, '-v', `${path.join(r.workspace(), 'driftwood/proxy/forward.sh')}:/usr/local/bin/forward.sh:ro`,
    // (through sh -c: the rig reads every `-p` after `run` as a publish option)
    TOOLBOX_IMAGE, 'sh', '-c', 'exec nc -ll -p 8080 -e /bin/sh /usr/local/bin/forward.sh',
  );
  await answers(r, r.n('proxy'), '/api/health');
}

/** Swarm mode changes the whole engine, so the overlay lesson's passing setup runs only where that is allowed. */
function swarmSkipReason(): string | undefined {
  if (process.env.DOCKER_COURSE_SWARM_TESTS === '1' || process.env.CI === 'true') return undefined;
  return 'it turns the shared engine into a swarm manager for a few seconds; set DOCKER_COURSE_SWARM_TESTS=1 (CI does) to run it';
}

let createdGwBridge = false;

/** The seeded fault of lesson c07-l8 (break.sh): web serves the catalogue on shop, client calls http://catalog:8080/ from shop-old. */
async function shop(r: Rig): Promise<void> {
  await r.docker('network', 'create', r.n('shop'));
  await r.docker('network', 'create', r.n('shop-old'));
  await r.docker(
    'run', '-d', '--init', '--name', r.n('web'), '--network', r.n('shop'), '--user', '65534:65534', '--tmpfs', '/www:uid=65534,gid=65534,size=1m', TOOLBOX_IMAGE,
    'sh', '-c', 'echo "catalogue: 42 bookmarks" > /www/index.html && exec httpd -f -p 8080 -h /www',
  );
  await sleep(r, 'client', '--network', r.n('shop-old'));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export const groups: Group[] = [
  {
    name: 'net-tiers',
    async setup(r) {
      await r.docker('network', 'create', r.n('backend'));
      await r.docker('network', 'create', r.n('frontend'));
      await sleep(r, 'db', '--network', r.n('backend'), '--network-alias', 'postgres');
      await sleep(r, 'api', '--network', r.n('backend'));
      await r.docker('network', 'connect', r.n('frontend'), r.n('api'));
      await sleep(r, 'proxy', '--network', r.n('frontend'));
    },
    checks: [
      { id: 'NET-01', expect: 'pass' },
      { id: 'NET-02', expect: 'pass' },
      { id: 'NET-03', expect: 'pass' },
      { id: 'NET-06', expect: { fail: 'internal', actual: /is not internal/ } },
    ],
  },
  {
    name: 'net-default-bridge',
    async setup(r) {
      await r.docker('network', 'create', '--internal', r.n('backend'));
      await sleep(r, 'db');
      await sleep(r, 'api', '--network', r.n('backend'));
      await sleep(r, 'proxy', '--network', r.n('backend'));
    },
    checks: [
      { id: 'NET-01', expect: { fail: 'db-attached', actual: /is on `bridge`/ } },
      { id: 'NET-02', expect: { fail: 'alias', actual: /is not on `backend-/ } },
      { id: 'NET-03', expect: { fail: 'proxy-networks', actual: /on `backend-/ } },
      { id: 'NET-06', expect: 'pass' },
    ],
  },
  {
    name: 'net-leaky-proxy',
    async setup(r) {
      await r.docker('network', 'create', r.n('backend'));
      await r.docker('network', 'create', r.n('frontend'));
      await sleep(r, 'db', '--network', r.n('backend'));
      await sleep(r, 'api', '--network', r.n('backend'));
      await r.docker('network', 'connect', r.n('frontend'), r.n('api'));
      await sleep(r, 'proxy', '--network', r.n('frontend'));
      await r.docker('network', 'connect', r.n('backend'), r.n('proxy'));
    },
    checks: [
      { id: 'NET-03', expect: { fail: 'proxy-blind-to-db', actual: /resolves to .* from `proxy-/ } },
      { id: 'NET-02', name: 'net-no-alias', expect: { fail: 'alias', actual: /no alias/ } },
    ],
  },
  {
    name: 'net-publish',
    async setup(r) {
      await webImage(r);
      await r.docker('run', '-d', '--init', '--name', r.n('web'), '-p', '127.0.0.1::8080', 'learner/web:1');
      await r.until('web answers', async () => {
        const port = (await r.inspect(r.n('web')))?.NetworkSettings.Ports?.['8080/tcp']?.[0]?.HostPort;
        return !!port && (await fetch(`http://127.0.0.1:${port}/`).then((x) => x.status === 200, () => false));
      });
    },
    checks: [{ id: 'NET-04', expect: 'pass' }],
  },
  {
    name: 'net-unpublished',
    async setup(r) {
      await webImage(r);
      await r.docker('run', '-d', '--init', '--name', r.n('web'), 'learner/web:1');
    },
    checks: [{ id: 'NET-04', expect: { fail: 'localhost-only', actual: /8080\/tcp is not published/ } }],
  },
  {
    name: 'net-modes',
    async setup(r) {
      await sleep(r, 'isolated', '--network', 'none');
      await r.docker('run', '--name', r.n('hostmode'), '--network', 'host', TOOLBOX_IMAGE, 'ip', '-o', 'link');
    },
    checks: [{ id: 'NET-05', expect: 'pass' }],
  },
  {
    name: 'net-modes-bridge',
    async setup(r) {
      await sleep(r, 'isolated');
      await r.docker('run', '--name', r.n('hostmode'), TOOLBOX_IMAGE, 'ip', '-o', 'link');
    },
    checks: [{ id: 'NET-05', expect: { fail: 'none-mode', actual: /NetworkMode `default`|NetworkMode `bridge`/ } }],
  },
  {
    name: 'net-shop-fixed',
    async setup(r) {
      await shop(r);
      // The lab's fix.sh: the client joins shop, and web answers to catalog there.
      await r.docker('network', 'connect', r.n('shop'), r.n('client'));
      await r.docker('network', 'disconnect', r.n('shop'), r.n('web'));
      await r.docker('network', 'connect', '--alias', 'catalog', r.n('shop'), r.n('web'));
      return { original: r.n('shop-old') };
    },
    checks: [
      { id: 'NET-09', expect: 'pass', input: (s) => ({ answers: { network: s.original } }) },
      { id: 'NET-09', name: 'net-shop-wrong-network', expect: { fail: 'original-network', actual: /you answered `bridge`, which does not match/ }, input: { answers: { network: 'bridge' } } },
    ],
  },
  {
    name: 'net-shop-seeded',
    async setup(r) {
      await shop(r);
      return { original: r.n('shop-old') };
    },
    checks: [{ id: 'NET-09', expect: { fail: 'resolves', actual: /`catalog` does not resolve from `client-/ }, input: (s) => ({ answers: { network: s.original } }) }],
  },
  {
    name: 'net-proxy',
    setup: (r) => proxied(r, true),
    checks: [
      { id: 'NET-07', expect: 'pass' },
      { id: 'NET-08', expect: 'pass' },
    ],
  },
  {
    name: 'net-proxy-side-doors',
    setup: (r) => proxied(r, false),
    checks: [
      { id: 'NET-07', expect: { fail: 'no-side-doors', actual: /^`app1-[0-9a-f]+` publishes 127\.0\.0\.1:\d+→8080\/tcp; `app2-[0-9a-f]+` publishes / } },
      { id: 'NET-08', expect: { fail: 'spread', actual: /^`[0-9a-f]{12}` ×10$/ } },
    ],
  },
  {
    name: 'net-overlay-inactive',
    async setup() {},
    checks: [{ id: 'NET-10', expect: { fail: 'swarm-active', actual: /^inactive: this engine is not in swarm mode$/ } }],
  },
  {
    name: 'net-overlay',
    skipReason: swarmSkipReason,
    async setup(r) {
      const state = (await r.port.info()).Swarm?.LocalNodeState;
      if (state !== 'inactive') throw new Error(`the engine's swarm state is ${state}; this test only turns swarm mode on when it is off`);
      createdGwBridge = !(await r.port.inspectNetwork('docker_gwbridge'));
      await r.docker('swarm', 'init', '--advertise-addr', '127.0.0.1', '--listen-addr', `127.0.0.1:${await freePort()}`);
      await r.docker('network', 'create', '--driver', 'overlay', '--attachable', '--label', 'docker-course.lesson=c07-l9', r.n('ov'));
    },
    async teardown(r) {
      await r.dockerOpt({ allowFail: true }, 'swarm', 'leave', '--force');
      if (createdGwBridge) await r.dockerOpt({ allowFail: true }, 'network', 'rm', 'docker_gwbridge');
    },
    checks: [{ id: 'NET-10', expect: 'pass' }],
  },
];
