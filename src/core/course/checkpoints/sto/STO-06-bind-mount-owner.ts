import { cannot, code, defineCheckpoint, no, ok } from '../define';

export const checkpoint = defineCheckpoint({
  id: 'STO-06',
  lessonId: 'c06-l4',
  family: 'STO',
  kind: 'state',
  title: 'Files the container writes belong to you',
  summary: 'On Linux, `driftwood/app/src/last-write.txt`, written by the container into the bind mount, is owned by your own user ID. On Docker Desktop this is not checkable: its file sharing maps owners for you.',
  needsDocker: true,
  params: { file: 'driftwood/app/src/last-write.txt' },
  conditions: [
    {
      id: 'owner',
      label: 'The file the container wrote is yours',
      expected: 'owner = your user ID',
      hints: [
        'A process in a container writes with its own user ID; through a bind mount the file keeps that number on the host, and root (0) is not you.',
        '`ls -ln driftwood/app/src/last-write.txt` shows the owner as a number; `id -u` shows yours.',
        'Add `--user "$(id -u):$(id -g)"` to the `docker run` in run-dev.sh, restart `dev`, and write the file again.',
      ],
      async check(ctx) {
        const { platform, uid } = ctx.ports.host;
        if (platform !== 'linux') return cannot(`on ${platform === 'darwin' ? 'macOS' : platform === 'win32' ? 'Windows' : platform}, Docker Desktop's file sharing gives files written through a bind mount your own owner, so there is nothing to fix here`);
        const info = await ctx.info();
        if (/Docker Desktop/i.test(info.OperatingSystem)) return cannot('Docker Desktop\'s file sharing maps owners for you, so this Linux pitfall does not show here');
        if (uid === undefined) return cannot('your user ID is not known to the checker on this machine');
        const rel = ctx.param('file');
        const s = await ctx.ports.workspace.stat(rel);
        if (!s) return no(`no ${code(rel)} yet: let the container write it (\`docker exec dev sh -c 'date > /app/src/last-write.txt'\`)`);
        if (s.uid === uid) return ok(`owner ${s.uid}, your user ID`);
        return no(`owner ${s.uid ?? 'unknown'}${s.uid === 0 ? ' (root)' : ''}, your user ID is ${uid}`);
      },
    },
  ],
});
