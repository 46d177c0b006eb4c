import { bytes, defineCheckpoint, no, ok } from '../define';

const GiB = 1024 ** 3;

export const checkpoint = defineCheckpoint({
  id: 'ENV-04',
  lessonId: 'c00-l3',
  family: 'ENV',
  kind: 'state',
  title: 'Your engine has enough CPU and memory for the course',
  summary: 'NCPU and MemTotal meet the course minimum; below the recommendation (8 GB, 16 GB for the ML chapter) is reported as advice only.',
  needsDocker: true,
  params: { minCpus: '2', minMemoryGiB: '2', recommendedMemoryGiB: '8' },
  conditions: [
    {
      id: 'cpus',
      label: 'The engine can use at least the minimum number of CPUs',
      expected: 'at least 2 CPUs',
      hints: [
        'Containers share the CPUs the engine has; on Docker Desktop that is the VM\'s share, not the whole machine.',
        'In `docker info`, read "CPUs".',
        'Docker Desktop: Settings → Resources → CPU limit. On Linux the engine sees every CPU.',
      ],
      async check(ctx) {
        const info = await ctx.info();
        const min = Number(ctx.param('minCpus'));
        return info.NCPU >= min ? ok(`${info.NCPU} CPUs`, `at least ${min} CPUs`) : no(`${info.NCPU} CPUs`, `at least ${min} CPUs`);
      },
    },
    {
      id: 'memory',
      label: 'The engine has at least the minimum memory',
      expected: 'at least 2 GiB (8 GiB recommended)',
      hints: [
        'Every container\'s memory comes from what the engine has; Docker Desktop gives its VM a fixed amount.',
        'In `docker info`, read "Total Memory".',
        'Docker Desktop: Settings → Resources → Memory limit; give it at least 8 GB for the whole course.',
      ],
      async check(ctx) {
        const info = await ctx.info();
        const min = Number(ctx.param('minMemoryGiB')) * GiB;
        const rec = Number(ctx.param('recommendedMemoryGiB')) * GiB;
        const expected = `at least ${bytes(min)} (${bytes(rec)} recommended)`;
        if (info.MemTotal < min) return no(bytes(info.MemTotal), expected);
        return ok(info.MemTotal >= rec ? bytes(info.MemTotal) : `${bytes(info.MemTotal)}: enough to start; below the ${bytes(rec)} recommended for the later chapters`, expected);
      },
    },
  ],
});
