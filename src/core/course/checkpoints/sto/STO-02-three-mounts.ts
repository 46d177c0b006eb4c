import { code, containerExists, defineCheckpoint, no, ok, the } from '../define';
import { describeMount, mountAt } from './shared';

export const checkpoint = defineCheckpoint({
  id: 'STO-02',
  lessonId: 'c06-l2',
  family: 'STO',
  kind: 'state',
  title: 'A volume, a read-only bind mount and a sized tmpfs',
  summary: '`store-demo` mounts the named volume `appdata` at `/data` read-write, binds `labs/c06-l2/config` at `/config` read-only, and has a tmpfs with a size at `/run/cache`.',
  needsDocker: true,
  names: {
    storeDemo: { default: 'store-demo', description: 'the container with all three kinds of mount' },
    appdata: { default: 'appdata', description: 'the named volume' },
  },
  params: { configDir: 'labs/c06-l2/config' },
  conditions: [
    containerExists('storeDemo', 'Container `store-demo` exists', [
      'Mounts are fixed when a container is created, so this lab is one `docker run` with three mount options.',
      'Use `-v appdata:/data`, `-v "$PWD/labs/c06-l2/config:/config:ro"` and `--tmpfs /run/cache:size=16m`.',
      'Run the lab\'s "Run store-demo with all three mounts" step.',
    ], 'store-demo-exists'),
    {
      id: 'volume',
      label: '`appdata` is mounted read-write at `/data`',
      expected: 'volume `appdata` → `/data` (read-write)',
      after: ['store-demo-exists'],
      hints: [
        'A named volume is storage Docker manages; it outlives every container that uses it.',
        '`-v appdata:/data` mounts it (a name, not a path, before the colon).',
        'Re-create `store-demo` with `-v appdata:/data`.',
      ],
      async check(ctx) {
        const m = mountAt(await the(ctx, 'storeDemo'), '/data');
        if (!m) return no('nothing is mounted at `/data`: the data lives in the writable layer and dies with the container');
        if (m.Type !== 'volume' || m.Name !== ctx.name('appdata')) return no(describeMount(m));
        return m.RW ? ok(describeMount(m)) : no(`${describeMount(m)}: the app cannot write its data`);
      },
    },
    {
      id: 'bind-readonly',
      label: '`labs/c06-l2/config` is bound read-only at `/config`',
      expected: 'bind `…/labs/c06-l2/config` → `/config` (read-only)',
      after: ['store-demo-exists'],
      hints: [
        'A bind mount shows a host folder inside the container; `:ro` stops the container from changing it, even as root.',
        'Use an absolute host path: `-v "$PWD/labs/c06-l2/config:/config:ro"` from the course folder.',
        'Re-create `store-demo` with `-v "$PWD/labs/c06-l2/config:/config:ro"`.',
      ],
      async check(ctx) {
        const m = mountAt(await the(ctx, 'storeDemo'), '/config');
        const dir = ctx.param('configDir');
        if (!m) return no('nothing is mounted at `/config`');
        if (m.Type !== 'bind' || !m.Source.replace(/\\/g, '/').replace(/\/+$/, '').endsWith(dir)) return no(`${describeMount(m)}; expected a bind of ${code(dir)}`);
        return m.RW ? no(`${describeMount(m)}: add \`:ro\``) : ok(describeMount(m));
      },
    },
    {
      id: 'tmpfs',
      label: 'A tmpfs with a size is mounted at `/run/cache`',
      expected: 'tmpfs at `/run/cache` with a `size` option',
      after: ['store-demo-exists'],
      hints: [
        'tmpfs keeps files in memory only; without a size it may grow up to half the host\'s memory.',
        '`--tmpfs /run/cache:size=16m` (or `--mount type=tmpfs,destination=/run/cache,tmpfs-size=16777216`).',
        'Re-create `store-demo` with `--tmpfs /run/cache:size=16m`.',
      ],
      async check(ctx) {
        const c = await the(ctx, 'storeDemo');
        const opts = c.HostConfig.Tmpfs?.['/run/cache'];
        const viaMount = (c.HostConfig.Mounts ?? []).find((m) => m.Type === 'tmpfs' && m.Target === '/run/cache');
        if (opts !== undefined) return /(^|,)size=/.test(opts) ? ok(`tmpfs /run/cache ${code(opts)}`) : no(`tmpfs /run/cache without a size${opts ? ` (${code(opts)})` : ''}`);
        if (viaMount) return viaMount.TmpfsOptions?.SizeBytes ? ok(`tmpfs /run/cache, ${viaMount.TmpfsOptions.SizeBytes} bytes`) : no('tmpfs /run/cache without a size');
        return no('no tmpfs at `/run/cache`');
      },
    },
  ],
});
