import { code, containerExists, defineCheckpoint, liveValue, no, ok, the } from '../define';

const basename = (s: string) => s.trim().split(/\s+/)[0].split('/').pop() ?? '';

export const checkpoint = defineCheckpoint({
  id: 'RUN-10',
  lessonId: 'c01-l3',
  family: 'RUN',
  kind: 'live-value',
  title: 'Namespaces and cgroups, read back',
  summary: '`ns-demo` has its own PID namespace (PidMode ""), a memory and a CPU limit, and you named its PID 1.',
  needsDocker: true,
  names: { nsDemo: { default: 'ns-demo', description: 'the namespace demo container' } },
  questions: [{ id: 'pid1', kind: 'value', prompt: 'Which program runs as PID 1 inside `ns-demo`?', placeholder: 'a program name, e.g. sleep' }],
  conditions: [
    containerExists('nsDemo', 'Container `ns-demo` exists', [
      'Namespaces decide what a container can see; cgroups decide how much it may use.',
      'Run the demo container with a memory and CPU limit.',
      'Run `docker run -d --name ns-demo --memory 64m --cpus .5 course/toolbox sleep 1d`.',
    ], 'exists'),
    {
      id: 'pid-namespace',
      label: '`ns-demo` has its own PID namespace',
      expected: 'PidMode "" (private)',
      after: ['exists'],
      hints: [
        'In its own PID namespace a container sees only its own processes, starting at PID 1.',
        '`--pid=host` shares the host\'s process list; the lesson ends with the default (no `--pid`).',
        'Re-create `ns-demo` without `--pid=host`.',
      ],
      async check(ctx) {
        const m = (await the(ctx, 'nsDemo')).HostConfig.PidMode ?? '';
        return m === '' || m === 'private' ? ok('private PID namespace') : no(`PidMode ${code(m)}`);
      },
    },
    {
      id: 'cgroup-limits',
      label: '`ns-demo` has a memory and a CPU limit',
      expected: 'Memory and NanoCpus set',
      after: ['exists'],
      hints: [
        'cgroups cap what a process tree may use; `docker run` flags write those caps.',
        'Use `--memory 64m --cpus .5`; inside, `cat /sys/fs/cgroup/memory.max` (v2) shows the limit.',
        'Re-create `ns-demo` with `--memory 64m --cpus .5`.',
      ],
      async check(ctx) {
        const h = (await the(ctx, 'nsDemo')).HostConfig;
        const cpu = h.NanoCpus || (h.CpuQuota && h.CpuPeriod ? (h.CpuQuota / h.CpuPeriod) * 1e9 : 0);
        const text = `Memory ${h.Memory ? h.Memory : 'unlimited'}, CPUs ${cpu ? cpu / 1e9 : 'unlimited'}`;
        return h.Memory && cpu ? ok(text) : no(text);
      },
    },
    liveValue({
      id: 'pid1',
      question: { id: 'pid1', kind: 'value', prompt: 'Which program runs as PID 1 inside `ns-demo`?' },
      label: 'You named the program that is PID 1 inside `ns-demo`',
      after: ['exists'],
      compare: { kind: 'custom', test: (answer, truth) => basename(answer) === truth || (truth === 'docker-init' && ['init', 'tini'].includes(basename(answer))) },
      hints: [
        'Inside its namespace, a container\'s main process is PID 1.',
        '`docker exec ns-demo ps` lists processes as the container sees them.',
        'Type the name in the first row of `docker exec ns-demo ps` (PID 1).',
      ],
      async truth(ctx) {
        const c = await the(ctx, 'nsDemo');
        return c.HostConfig.Init ? 'docker-init' : basename(c.Path);
      },
    }),
  ],
});
