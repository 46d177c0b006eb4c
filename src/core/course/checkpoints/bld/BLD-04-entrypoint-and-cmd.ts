import { code, containerExists, defineCheckpoint, isShellForm, no, ok, the } from '../define';
import { imageExists, lintClean, theImage } from '../imageFacts';

const json = (x: unknown): string => JSON.stringify(x ?? null);

export const checkpoint = defineCheckpoint({
  id: 'BLD-04',
  lessonId: 'c04-l4',
  family: 'BLD',
  kind: 'state',
  title: 'An image you run like a command',
  summary: '`learner/cli:1` has an exec-form ENTRYPOINT and a CMD with default arguments; `cli-test` ran it with an argument that replaced the CMD, exited 0 and printed that argument; the Dockerfile is clean for DF03 and DF20.',
  needsDocker: true,
  names: {
    image: { default: 'learner/cli:1', description: 'the command-line tool image' },
    cliTest: { default: 'cli-test', description: 'the container that ran the tool with an argument' },
  },
  conditions: [
    imageExists('image', 'The image `learner/cli:1` exists', [
      'The lab packages a small command-line tool as an image.',
      'Build it with `-t learner/cli:1`.',
      'Run `docker build -t learner/cli:1 --label docker-course.lesson=c04-l4 labs/c04-l4`.',
    ]),
    {
      id: 'exec-entrypoint',
      label: 'ENTRYPOINT is in exec form',
      expected: 'Entrypoint a JSON list that starts the tool directly',
      after: ['image'],
      hints: [
        'In shell form (`ENTRYPOINT driftwood-cli`) the entrypoint is `/bin/sh -c "driftwood-cli"`, which drops the CMD and every `docker run` argument.',
        '`docker image inspect -f "{{json .Config.Entrypoint}}" learner/cli:1` shows `["/bin/sh","-c",…]` for shell form.',
        'Write `ENTRYPOINT ["/usr/local/bin/driftwood-cli"]`, then rebuild.',
      ],
      async check(ctx) {
        const ep = (await theImage(ctx, 'image')).Config?.Entrypoint;
        if (!ep?.length) return no('no ENTRYPOINT: the CMD would be run as the program itself');
        return isShellForm(ep) ? no(`Entrypoint ${code(json(ep))} (shell form)`) : ok(`Entrypoint ${code(json(ep))}`);
      },
    },
    {
      id: 'cmd-defaults',
      label: 'CMD supplies default arguments',
      expected: 'a non-empty Cmd in exec form',
      after: ['image'],
      hints: [
        'With an ENTRYPOINT, CMD becomes its default arguments, used only when `docker run` gives none.',
        '`docker image inspect -f "{{json .Config.Cmd}}" learner/cli:1` shows them.',
        'Write `CMD ["list"]` after the ENTRYPOINT, then rebuild.',
      ],
      async check(ctx) {
        const cmd = (await theImage(ctx, 'image')).Config?.Cmd;
        if (!cmd?.length) return no('no CMD, so the tool starts without arguments');
        return isShellForm(cmd) ? no(`Cmd ${code(json(cmd))} (shell form: a shell, not arguments)`) : ok(`Cmd ${code(json(cmd))}`);
      },
    },
    containerExists('cliTest', 'Container `cli-test` exists', [
      'Arguments after the image name in `docker run` replace the CMD and are appended to the ENTRYPOINT.',
      'Keep the container (no `--rm`) and name it `cli-test`, so its exit code and output can be read.',
      'Run `docker run --name cli-test --label docker-course.lesson=c04-l4 learner/cli:1 add https://docs.docker.com`.',
    ], 'cli-test-exists'),
    {
      id: 'override',
      label: '`cli-test` ran the tool with your argument instead of the CMD',
      expected: 'the image\'s entrypoint, with arguments that replaced its CMD',
      after: ['cli-test-exists', 'exec-entrypoint'],
      hints: [
        'Only arguments replace CMD; `--entrypoint` replaces the program itself, which is not what this lesson practises.',
        '`docker inspect -f "{{json .Config.Entrypoint}} {{json .Config.Cmd}}" cli-test` shows what the container ran.',
        'Remove it (`docker rm cli-test`) and run `docker run --name cli-test --label docker-course.lesson=c04-l4 learner/cli:1 add https://docs.docker.com`.',
      ],
      async check(ctx) {
        const c = await the(ctx, 'cliTest');
        const img = await theImage(ctx, 'image');
        if (c.Image !== img.Id) return no(`${code(ctx.name('cliTest'))} was created from ${code(c.Config.Image)}, not from the current ${code(ctx.name('image'))} (rebuilt since?)`);
        if (json(c.Config.Entrypoint) !== json(img.Config?.Entrypoint)) return no(`${code(ctx.name('cliTest'))} replaced the entrypoint: ${code(json(c.Config.Entrypoint))}`);
        if (json(c.Config.Cmd) === json(img.Config?.Cmd)) return no(`${code(ctx.name('cliTest'))} ran with the default arguments ${code(json(c.Config.Cmd))}: no argument was given`);
        return ok(`ran ${code([...(c.Config.Entrypoint ?? []), ...(c.Config.Cmd ?? [])].join(' '))}`);
      },
    },
    {
      id: 'exit-and-output',
      label: 'It exited with 0 and printed your argument',
      expected: 'exit code 0 and the argument in its log',
      after: ['override'],
      hints: [
        'A tool that received its arguments does its job and exits 0; one that got none prints its usage and fails.',
        '`docker logs cli-test` and `docker inspect -f "{{.State.ExitCode}}" cli-test` show what happened.',
        'Fix the Dockerfile so the argument arrives, rebuild, remove `cli-test` and run it again.',
      ],
      async check(ctx) {
        const c = await the(ctx, 'cliTest');
        if (c.State.Running) return no(`${code(ctx.name('cliTest'))} is still running`);
        if (c.State.ExitCode !== 0) return no(`exited with code ${c.State.ExitCode}`);
        const logs = (await ctx.ports.docker.containerLogs(c.Id, 50, { signal: ctx.signal })) ?? '';
        const args = (c.Config.Cmd ?? []).filter((a) => a.length > 2 && !a.startsWith('-')).reverse();
        const printed = args.find((a) => logs.includes(a));
        return printed ? ok(`exit code 0, printed ${code(printed)}`) : no(`exit code 0, but the log does not mention ${args.length ? args.map(code).join(' or ') : 'the argument'}: ${code(logs.trim().split('\n').pop()?.slice(0, 80) ?? '')}`);
      },
    },
    lintClean({
      files: ['labs/c04-l4/Dockerfile'],
      rules: ['DF03', 'DF20'],
      label: '`labs/c04-l4/Dockerfile` has no DF03 or DF20 finding',
      hints: [
        'DF03 asks for exec form; DF20 for a single CMD and ENTRYPOINT per stage.',
        'The Problems panel shows both for `labs/c04-l4/Dockerfile`, with a quick fix for the form.',
        'Use exec form for ENTRYPOINT and CMD, keep one of each, save and rebuild.',
      ],
    }),
  ],
});
