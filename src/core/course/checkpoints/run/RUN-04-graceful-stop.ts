import { code, containerExists, defineCheckpoint, isShellForm, no, ok, the } from '../define';
import { signalName, stopEpisodes } from '../events';
import type { ContainerInspect } from '../engineApi';
import type { CheckContext } from '../types';

async function lastStop(ctx: CheckContext) {
  const c = await the(ctx, 'web');
  const events = (await ctx.events({ type: 'container', container: ctx.name('web') })).filter((e) => e.Actor.ID === c.Id);
  return stopEpisodes(events).filter((e) => e.signals[0] === 15).pop();
}

function graceful(ep: Awaited<ReturnType<typeof lastStop>>, graceMs: number): boolean {
  return !!ep?.die && !ep.signals.includes(9) && ep.die.ms - ep.startMs <= graceMs && [0, 143].includes(ep.die.exitCode);
}

const INITS = /(^|\/)(docker-init|tini|dumb-init|catatonit|s6-svscan)$/;

function initForwards(c: ContainerInspect): { ok: boolean; text: string } {
  const argv = [...(c.Config.Entrypoint ?? []), ...(c.Config.Cmd ?? [])];
  const shell = isShellForm(c.Config.Entrypoint) || (!c.Config.Entrypoint?.length && isShellForm(c.Config.Cmd));
  const init = c.HostConfig.Init === true || INITS.test(c.Path) || INITS.test(argv[0] ?? '');
  if (shell) return { ok: false, text: `the command runs through a shell (${code(argv.slice(0, 3).join(' '))}), so the shell is PID 1 and does not pass SIGTERM on` };
  if (!init) return { ok: false, text: `PID 1 is ${code(c.Path)} itself, without an init (HostConfig.Init is ${c.HostConfig.Init ?? 'unset'})` };
  return { ok: true, text: `${c.HostConfig.Init ? '`--init`' : code(c.Path)} as PID 1 with an exec-form command` };
}

export const checkpoint = defineCheckpoint({
  id: 'RUN-04',
  lessonId: 'c03-l3',
  family: 'RUN',
  kind: 'state',
  title: 'Stopping `web` is graceful',
  summary: 'The last `docker stop web` sent SIGTERM and `web` exited (0 or 143) within 3 s with no SIGKILL; or web runs with `--init` and an exec-form command.',
  needsDocker: true,
  names: { web: { default: 'web', description: 'the web server container' } },
  params: { graceMs: '3000' },
  conditions: [
    containerExists('web', 'Container `web` exists', [
      'This lesson stops and re-creates the web server from the previous lesson.',
      'Run it detached with `--name web`.',
      'Run `docker run -d --init --name web learner/web:1`.',
    ]),
    {
      id: 'init',
      label: 'SIGTERM reaches the server (an init as PID 1 and an exec-form command)',
      expected: '`--init` (or tini) as PID 1 and no `/bin/sh -c` wrapper',
      after: ['web-exists'],
      hints: [
        'Linux gives PID 1 no default signal handlers: a server that is PID 1 and does not handle SIGTERM ignores it.',
        'Two fixes work together: exec form (`CMD ["httpd","-f"]`) so no shell sits in between, and `docker run --init` so a tiny init forwards signals.',
        'Run `docker rm -f web`, then `docker run -d --init --name web learner/web:1`.',
      ],
      async check(ctx) {
        const r = initForwards(await the(ctx, 'web'));
        if (r.ok) return ok(r.text);
        if (graceful(await lastStop(ctx), Number(ctx.param('graceMs')))) return ok(`no init, but the server handled SIGTERM itself in the last stop`);
        return no(r.text);
      },
    },
    {
      id: 'graceful-stop',
      label: '`docker stop web` ends it with SIGTERM alone, within 3 seconds',
      expected: 'kill signal 15, then exit 0 or 143 within 3 s, no SIGKILL',
      after: ['web-exists'],
      hints: [
        '`docker stop` sends SIGTERM, waits 10 s, then sends SIGKILL; exit code 137 means it had to kill.',
        'Watch it: `time docker stop web`, then `docker inspect -f "{{.State.ExitCode}}" web`.',
        'After the fix above, run `docker start web` and `docker stop web` again; it should take well under a second.',
      ],
      async check(ctx) {
        const c = await the(ctx, 'web');
        const last = await lastStop(ctx);
        if (!last) {
          const r = initForwards(c);
          return r.ok ? ok(`not stopped during this lesson yet; with ${r.text} a stop will be graceful`) : no(`not stopped during this lesson yet, and ${r.text}`);
        }
        const grace = Number(ctx.param('graceMs'));
        const signals = last.signals.map(signalName).join(', then ');
        if (!last.die) return no(`sent ${signals}, and it has not exited yet`);
        const took = last.die.ms - last.startMs;
        const seconds = `${(took / 1000).toFixed(1)} s`;
        if (last.signals.includes(9)) return no(`sent ${signals}; it exited with ${last.die.exitCode} after ${seconds}: SIGTERM was ignored`);
        if (took > grace) return no(`exited with ${last.die.exitCode} after ${seconds}, slower than ${grace / 1000} s`);
        if (![0, 143].includes(last.die.exitCode)) return no(`exited with ${last.die.exitCode} after ${seconds}`);
        return ok(`sent ${signals}; exited with ${last.die.exitCode} after ${seconds}`);
      },
    },
  ],
});
