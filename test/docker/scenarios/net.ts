/** NET: reference solutions and broken setups. Probe containers run from the locally built toolbox. */
import { TOOLBOX_IMAGE } from '../../../src/core/course/images';
import type { Rig } from '../support/rig';
import type { Group } from '../support/scenario';
import { webImage } from './images';

const sleep = (r: Rig, name: string, ...opts: string[]) => r.docker('run', '-d', '--init', '--name', r.n(name), ...opts, TOOLBOX_IMAGE, 'sleep', '1d');

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
      await sleep(r, 'hostnet', '--network', 'host');
    },
    checks: [{ id: 'NET-05', expect: 'pass' }],
  },
  {
    name: 'net-modes-bridge',
    async setup(r) {
      await sleep(r, 'isolated');
      await sleep(r, 'hostnet');
    },
    checks: [{ id: 'NET-05', expect: { fail: 'none-mode', actual: /NetworkMode `default`|NetworkMode `bridge`/ } }],
  },
  {
    name: 'net-shop-fixed',
    async setup(r) {
      await webImage(r);
      await r.docker('network', 'create', r.n('shop'));
      await r.docker('run', '-d', '--init', '--name', r.n('shop-api'), '--network', r.n('shop'), '--network-alias', 'api', 'learner/web:1');
      await sleep(r, 'shop-web', '--network', r.n('shop'));
    },
    checks: [{ id: 'NET-09', expect: 'pass' }],
  },
  {
    name: 'net-shop-seeded',
    async setup(r) {
      await webImage(r);
      await r.docker('network', 'create', r.n('shop'));
      await r.docker('network', 'create', r.n('other'));
      await r.docker('run', '-d', '--init', '--name', r.n('shop-api'), '--network', r.n('other'), '--network-alias', 'api', 'learner/web:1');
      await sleep(r, 'shop-web', '--network', r.n('shop'));
    },
    checks: [{ id: 'NET-09', expect: { fail: 'resolves', actual: /`api` does not resolve from `shop-web-/ } }],
  },
];
