import { code, containerExists, defineCheckpoint, no, ok, the } from '../define';
import { execCommand, healthcheckCommand, learnerExecs } from '../events';

export const checkpoint = defineCheckpoint({
  id: 'RUN-05',
  lessonId: 'c03-l4',
  family: 'RUN',
  kind: 'state',
  title: 'You ran a command inside `web` with `docker exec`',
  summary: 'An `exec_start` on `web` since the lesson started whose command is not the healthcheck\'s.',
  needsDocker: true,
  names: { web: { default: 'web', description: 'the web server container' } },
  conditions: [
    containerExists('web', 'Container `web` exists', [
      'You debug a running container from the inside; it needs to exist and run first.',
      'Start the web server from lesson c03-l2 with `--name web`.',
      'Run `docker run -d --init --name web -p 127.0.0.1::8080 learner/web:1`.',
    ]),
    {
      id: 'learner-exec',
      label: 'You ran a command inside `web`',
      expected: 'an `exec_start` event on `web` that is not its healthcheck',
      after: ['web-exists'],
      hints: [
        '`docker exec` starts an extra process inside a running container, sharing its filesystem and network.',
        'Use `docker exec -it web sh` for a shell, or `docker exec web ls /www` for one command.',
        'Run `docker exec web ls /`, then check again. (The healthcheck\'s own commands do not count.)',
      ],
      async check(ctx) {
        const c = await the(ctx, 'web');
        const events = (await ctx.events({ type: 'container', container: ctx.name('web') })).filter((e) => e.Actor.ID === c.Id);
        const mine = learnerExecs(events, c.Config.Healthcheck);
        if (mine.length) return ok(`you ran ${mine.map((e) => code(execCommand(e) ?? '?')).slice(-3).join(', ')}`);
        const health = events.filter((e) => e.Action.startsWith('exec_start:')).length;
        const hc = healthcheckCommand(c.Config.Healthcheck);
        return no(health ? `only the healthcheck ran inside it (${health} × ${code(hc ?? '?')})` : 'no command was run inside it since the lesson started');
      },
    },
  ],
});
