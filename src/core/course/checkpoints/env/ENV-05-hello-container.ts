import { HELLO_GREETING, HELLO_IMAGE, LESSON_LABEL } from '../../images';
import { code, COMPOSE_PROJECT, defineCheckpoint, findContainer, no, ok, shortName, type Found } from '../define';
import type { ContainerInspect } from '../engineApi';
import type { CheckContext } from '../types';

const HELLO_IMAGES = ['hello-world', 'hello-world:latest', HELLO_IMAGE, 'course/hello', 'course/hello:latest'];

/**
 * `docker run hello-world` gives the container a random name, so besides the name `hello` we accept the
 * newest container made from hello-world or course/hello since the lesson started (never another
 * project's, never one labelled for another lesson).
 */
async function helloContainer(ctx: CheckContext): Promise<Found<ContainerInspect>> {
  return ctx.memo('hello', async () => {
    const byName = await findContainer(ctx, 'hello');
    if (byName.value) return byName;
    const candidates = [];
    for (const image of HELLO_IMAGES) candidates.push(...(await ctx.ports.docker.listContainers({ ancestor: image }, { signal: ctx.signal })));
    const start = ctx.lessonStartMs();
    const mine = candidates
      .filter((c) => !c.Labels[COMPOSE_PROJECT] && (!c.Labels[LESSON_LABEL] || c.Labels[LESSON_LABEL] === ctx.lessonId))
      .filter((c) => HELLO_IMAGES.includes(c.Image))
      .filter((c) => start === undefined || c.Created * 1000 >= start - 1000)
      .sort((a, b) => b.Created - a.Created);
    if (mine.length === 0) return { note: `no container named ${code(ctx.name('hello'))} and none made from hello-world or ${code(HELLO_IMAGE)} since the lesson started` };
    const value = await ctx.ports.docker.inspectContainer(mine[0].Id, { signal: ctx.signal });
    return value ? { value, note: `container ${code(shortName(value))} (from ${code(value.Config.Image)})` } : { note: 'the container disappeared while checking' };
  });
}

export const checkpoint = defineCheckpoint({
  id: 'ENV-05',
  lessonId: 'c00-l2',
  family: 'ENV',
  kind: 'state',
  title: 'Your first container ran and greeted you',
  summary: 'Container `hello` (or the newest hello-world/course/hello container) exited 0 and its logs contain the greeting.',
  needsDocker: true,
  names: { hello: { default: 'hello', description: 'the first container' } },
  offline: `Offline, run ${HELLO_IMAGE} (built by "Build course toolbox"); it prints the same greeting.`,
  conditions: [
    {
      id: 'exists',
      label: 'A hello container exists',
      expected: 'a container from hello-world or course/hello',
      hints: [
        '`docker run IMAGE` creates a container from an image and starts it; the container stays after it exits.',
        'Name it so it is easy to find: `docker run --name hello …`.',
        `Run \`docker run --name hello hello-world\` (offline: \`docker run --name hello ${HELLO_IMAGE}\`), then check again.`,
      ],
      async check(ctx) {
        const f = await helloContainer(ctx);
        return f.value ? ok(f.note) : no(f.note);
      },
    },
    {
      id: 'exit-zero',
      label: 'It finished successfully (exit code 0)',
      expected: 'State exited, ExitCode 0',
      after: ['exists'],
      hints: [
        'A container lives as long as its main process; the process\'s exit code tells whether it succeeded.',
        '`docker ps -a` shows "Exited (0)" for success; `docker inspect -f "{{.State.ExitCode}}" hello` prints the code.',
        'Remove it (`docker rm hello`) and run the image again without extra arguments.',
      ],
      async check(ctx) {
        const c = (await helloContainer(ctx)).value!;
        if (c.State.Running) return no(`${code(shortName(c))} is still running`);
        return c.State.ExitCode === 0 ? ok(`exited with code 0`) : no(`exited with code ${c.State.ExitCode}`);
      },
    },
    {
      id: 'greeting',
      label: 'Its logs contain the greeting',
      expected: `a log line with "${HELLO_GREETING}"`,
      after: ['exists'],
      hints: [
        'Whatever a container prints is kept by the engine as its logs, even after it exits.',
        'Read them with `docker logs hello`.',
        'If the greeting is missing, the container ran a different command: remove it and run the image as is.',
      ],
      async check(ctx) {
        const c = (await helloContainer(ctx)).value!;
        const logs = (await ctx.ports.docker.containerLogs(c.Id, 200, { signal: ctx.signal })) ?? '';
        const firstLine = logs.split('\n').find((l) => l.trim()) ?? '(empty)';
        return logs.includes(HELLO_GREETING) ? ok(`the logs say "${HELLO_GREETING}"`) : no(`the logs start with "${firstLine.trim().slice(0, 80)}"`);
      },
    },
  ],
});
