import { cannot, code, containerExists, defineCheckpoint, liveValue, no, ok, the } from '../define';

export const checkpoint = defineCheckpoint({
  id: 'RUN-01',
  lessonId: 'c01-l1',
  family: 'RUN',
  kind: 'live-value',
  title: 'A container is a process on the host',
  summary: 'Your answer equals the host PID of `sleeper` (State.Pid), and a `docker top sleeper` was seen during the lesson.',
  needsDocker: true,
  names: { sleeper: { default: 'sleeper', description: 'the long-running container' } },
  questions: [{ id: 'pid', kind: 'value', prompt: 'What is the host PID of the main process of container `sleeper`?', placeholder: 'a number, e.g. 12345' }],
  conditions: [
    containerExists('sleeper', 'Container `sleeper` exists', [
      'A container is an ordinary process that the kernel fences in; it runs as long as its main command does.',
      'Start one that keeps running: `sleep 1d` as the command, `-d` to detach, `--name sleeper`.',
      'Run `docker run -d --name sleeper course/toolbox sleep 1d`, then check again.',
    ]),
    {
      id: 'running',
      label: '`sleeper` is running now',
      expected: 'State running',
      after: ['sleeper-exists'],
      hints: [
        'Only a running container has a process on the host.',
        '`docker ps` lists running containers; `docker start sleeper` starts a stopped one.',
        'Run `docker start sleeper` (or remove it and run it again with `sleep 1d`).',
      ],
      async check(ctx) {
        const c = await the(ctx, 'sleeper');
        return c.State.Running ? ok(`running, host PID known to the engine`) : no(`${c.State.Status}`);
      },
    },
    liveValue({
      id: 'host-pid',
      question: { id: 'pid', kind: 'value', prompt: 'What is the host PID of the main process of container `sleeper`?' },
      label: 'Your answer is the host PID of `sleeper`',
      after: ['running'],
      compare: { kind: 'number' },
      hints: [
        'The same process has one PID inside its namespace (often 1) and another on the host.',
        '`docker top sleeper` shows host PIDs; `docker inspect -f "{{.State.Pid}}" sleeper` prints the main one.',
        'Run `docker inspect -f "{{.State.Pid}}" sleeper` and type that number (not 1, which is the PID inside).',
      ],
      async truth(ctx) {
        const c = await the(ctx, 'sleeper');
        return c.State.Pid > 0 ? String(c.State.Pid) : cannot('the engine reports no host PID for it');
      },
    }),
    {
      id: 'top-seen',
      label: 'You looked at its processes with `docker top`',
      expected: 'a `top` event for `sleeper` since the lesson started',
      after: ['sleeper-exists'],
      hints: [
        'The engine records what you do to containers as events; `docker top` is one of them.',
        '`docker top sleeper` lists the processes in the container with their host PIDs.',
        'Run `docker top sleeper`, then check again.',
      ],
      async check(ctx) {
        const c = await the(ctx, 'sleeper');
        const tops = (await ctx.events({ type: 'container', container: ctx.name('sleeper') })).filter((e) => e.Action === 'top' && (e.Actor.ID === c.Id || e.Actor.Attributes?.name === ctx.name('sleeper')));
        return tops.length ? ok(`${tops.length} \`top\` event(s)`) : no(`no ${code('top')} event for ${code(ctx.name('sleeper'))} since the lesson started`);
      },
    },
  ],
});
