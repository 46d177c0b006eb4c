import { cannot, code, containerExists, defineCheckpoint, findContainer, no, ok, probeFrom, the, toolboxMissing } from '../define';

export const checkpoint = defineCheckpoint({
  id: 'NET-05',
  lessonId: 'c07-l4',
  family: 'NET',
  kind: 'state',
  title: 'The none and host network modes',
  summary: '`isolated` has NetworkMode none and sees only `lo`; `hostmode` has NetworkMode host (Linux engines; not checkable on Docker Desktop).',
  needsDocker: true,
  names: { isolated: { default: 'isolated', description: 'the container without a network' }, hostmode: { default: 'hostmode', description: 'the container on the host network' } },
  conditions: [
    containerExists('isolated', 'Container `isolated` exists', [
      'A container can run with no network at all.',
      'The flag is `--network none`.',
      'Run `docker run -d --init --name isolated --network none course/toolbox sleep 1d`.',
    ]),
    {
      id: 'none-mode',
      label: '`isolated` runs with network mode none',
      expected: 'NetworkMode `none`',
      after: ['isolated-exists'],
      hints: [
        'Mode none gives a container only a loopback interface: nothing in, nothing out.',
        'It is set at creation with `--network none`.',
        'Re-create `isolated` with `--network none`.',
      ],
      async check(ctx) {
        const m = (await the(ctx, 'isolated')).HostConfig.NetworkMode ?? '';
        return m === 'none' ? ok('NetworkMode `none`') : no(`NetworkMode ${code(m || 'default')}`);
      },
    },
    {
      id: 'only-loopback',
      label: 'Inside `isolated`, the only interface is `lo`',
      expected: 'interfaces: lo',
      after: ['none-mode'],
      hints: [
        'Without a network, the namespace still has its own loopback device.',
        '`docker exec isolated ip link` lists the interfaces.',
        'If you see eth0, the container is attached to a network: re-create it with `--network none`.',
      ],
      async check(ctx) {
        const c = await the(ctx, 'isolated');
        if (!c.State.Running) return no(`${code(ctx.name('isolated'))} is not running`);
        const r = await probeFrom(ctx, c, ['ip', '-o', 'link'], `list interfaces of ${ctx.name('isolated')}`);
        if (!r) return toolboxMissing(ctx);
        const ifaces = [...r.output.matchAll(/^\d+:\s+([^:@\s]+)/gm)].map((m) => m[1]);
        return ifaces.join() === 'lo' ? ok('interfaces: lo') : no(`interfaces: ${ifaces.join(', ') || r.output.trim().slice(0, 80)}`);
      },
    },
    {
      id: 'host-mode',
      label: '`hostmode` shares the host\'s network',
      expected: 'NetworkMode `host`',
      hints: [
        'Host mode skips network isolation: the container uses the host\'s interfaces and ports directly.',
        'The flag is `--network host`; on Docker Desktop the "host" is the Linux VM, not your Mac or PC.',
        'Run `docker run --name hostmode --network host course/toolbox:1 ip -o link` (it lists the host\'s interfaces and exits).',
      ],
      async check(ctx) {
        const info = await ctx.info();
        if (/Docker Desktop/i.test(info.OperatingSystem)) return cannot('on Docker Desktop, host mode means the VM\'s network, so this is not checkable here; the quiz covers it');
        const f = await findContainer(ctx, 'hostmode');
        if (!f.value) return no(f.note);
        const m = f.value.HostConfig.NetworkMode ?? '';
        return m === 'host' ? ok('NetworkMode `host`') : no(`NetworkMode ${code(m || 'default')}`);
      },
    },
  ],
});
