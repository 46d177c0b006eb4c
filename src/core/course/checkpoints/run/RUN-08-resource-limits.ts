import { bytes, code, containerExists, defineCheckpoint, no, ok, the } from '../define';

export const checkpoint = defineCheckpoint({
  id: 'RUN-08',
  lessonId: 'c03-l6',
  family: 'RUN',
  kind: 'state',
  title: 'Memory, CPU and process limits',
  summary: '`capped` has Memory 128 MiB, NanoCpus 0.5 CPU and PidsLimit 100; `hog` was OOM-killed.',
  needsDocker: true,
  names: { capped: { default: 'capped', description: 'the limited container' }, hog: { default: 'hog', description: 'the container that runs out of memory' } },
  params: { memory: '134217728', nanoCpus: '500000000', pids: '100' },
  conditions: [
    containerExists('capped', 'Container `capped` exists', [
      'Limits are set per container when it is created.',
      'The lab container is `capped`, with `--memory`, `--cpus` and `--pids-limit`.',
      'Run `docker run -d --init --name capped --memory 128m --cpus .5 --pids-limit 100 course/toolbox sleep 1d`.',
    ]),
    {
      id: 'memory',
      label: '`capped` may use at most 128 MiB of memory',
      expected: 'Memory 134217728 (128 MiB)',
      after: ['capped-exists'],
      hints: [
        'Without a limit a container can use all the memory the engine has.',
        'The flag is `--memory 128m` (HostConfig.Memory in bytes).',
        'Run `docker update --memory 128m --memory-swap 256m capped`, or re-create it with `--memory 128m`.',
      ],
      async check(ctx) {
        const m = (await the(ctx, 'capped')).HostConfig.Memory ?? 0;
        return m === Number(ctx.param('memory')) ? ok(`${m} (${bytes(m)})`) : no(m ? `${m} (${bytes(m)})` : 'no memory limit');
      },
    },
    {
      id: 'cpus',
      label: '`capped` may use at most half a CPU',
      expected: 'NanoCpus 500000000 (0.5 CPU)',
      after: ['capped-exists'],
      hints: [
        'A CPU limit is a share of CPU time per period, not a CPU number.',
        'The flag is `--cpus .5` (HostConfig.NanoCpus = 0.5 × 10⁹).',
        'Re-create `capped` with `--cpus .5` (or `docker update --cpus .5 capped`).',
      ],
      async check(ctx) {
        const h = (await the(ctx, 'capped')).HostConfig;
        const n = h.NanoCpus || (h.CpuQuota && h.CpuPeriod ? Math.round((h.CpuQuota / h.CpuPeriod) * 1e9) : 0);
        return n === Number(ctx.param('nanoCpus')) ? ok(`${n / 1e9} CPU`) : no(n ? `${n / 1e9} CPU` : 'no CPU limit');
      },
    },
    {
      id: 'pids',
      label: '`capped` may run at most 100 processes',
      expected: 'PidsLimit 100',
      after: ['capped-exists'],
      hints: [
        'A pids limit stops a fork bomb inside one container from starving the host.',
        'The flag is `--pids-limit 100`.',
        'Re-create `capped` with `--pids-limit 100` (or `docker update --pids-limit 100 capped`).',
      ],
      async check(ctx) {
        const p = (await the(ctx, 'capped')).HostConfig.PidsLimit;
        return p === Number(ctx.param('pids')) ? ok(`PidsLimit ${p}`) : no(p && p > 0 ? `PidsLimit ${p}` : 'no pids limit');
      },
    },
    containerExists('hog', 'Container `hog` exists', [
      'The second half of the lab runs a container that needs more memory than it may have.',
      'Give it a small `--memory` limit and a command that allocates more.',
      'Run `docker run --name hog --memory 32m --memory-swap 32m course/toolbox sh -c "head -c 100000000 /dev/zero | tail"`.',
    ]),
    {
      id: 'oom-killed',
      label: '`hog` was killed for using too much memory',
      expected: 'State.OOMKilled true (exit 137)',
      after: ['hog-exists'],
      hints: [
        'When a container exceeds its memory limit, the kernel\'s OOM killer ends it with SIGKILL.',
        '`docker inspect -f "{{.State.OOMKilled}} {{.State.ExitCode}}" hog` shows it.',
        'Give `hog` a limit below what its command allocates (and `--memory-swap` equal to `--memory`), then run it.',
      ],
      async check(ctx) {
        const c = await the(ctx, 'hog');
        if (c.State.OOMKilled) return ok(`OOMKilled, exit ${c.State.ExitCode}`);
        const oom = (await ctx.events({ type: 'container', container: ctx.name('hog') })).some((e) => e.Action === 'oom' && e.Actor.ID === c.Id);
        return oom ? ok('an `oom` event was seen for it') : no(`${c.State.Status}, exit ${c.State.ExitCode}, OOMKilled false${c.HostConfig.Memory ? '' : ' (it has no memory limit)'}`);
      },
    },
  ],
});
