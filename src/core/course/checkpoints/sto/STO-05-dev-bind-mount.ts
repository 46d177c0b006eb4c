import { code, containerExists, defineCheckpoint, hostUrl, no, ok, publishedPorts, the } from '../define';
import { describeMount, mountAt } from './shared';

const text = (b: Uint8Array | undefined): string | undefined => (b === undefined ? undefined : new TextDecoder().decode(b));

export const checkpoint = defineCheckpoint({
  id: 'STO-05',
  lessonId: 'c06-l4',
  family: 'STO',
  kind: 'state',
  title: 'Edit in the editor, see it in the container',
  summary: '`dev` bind-mounts `driftwood/app/src` of your course folder at `/app/src`; `/app/src/VERSION` in the container is exactly what the editor has, and the dev server answers with it.',
  needsDocker: true,
  names: { dev: { default: 'dev', description: 'the development container' } },
  params: { srcDir: 'driftwood/app/src', file: 'VERSION', target: '/app/src', port: '8080/tcp' },
  conditions: [
    containerExists('dev', 'Container `dev` exists', [
      'A development container serves files straight from your workspace, so edits need no rebuild.',
      'The lab script starts it: `sh driftwood/app/run-dev.sh`.',
      'Run `sh driftwood/app/run-dev.sh` from the course folder.',
    ]),
    {
      id: 'bind',
      label: '`driftwood/app/src` is bind-mounted at `/app/src`',
      expected: 'bind `…/driftwood/app/src` → `/app/src`',
      after: ['dev-exists'],
      hints: [
        'A bind mount makes a host folder visible inside the container, live: both sides see the same files.',
        'The host side must be an absolute path: `-v "$PWD/driftwood/app/src:/app/src"`, run from the course folder.',
        'Start `dev` again with the lab script from the course folder.',
      ],
      async check(ctx) {
        const target = ctx.param('target');
        const m = mountAt(await the(ctx, 'dev'), target);
        if (!m) return no(`nothing is mounted at ${code(target)}`);
        const dir = ctx.param('srcDir');
        if (m.Type !== 'bind' || !m.Source.replace(/\\/g, '/').replace(/\/+$/, '').endsWith(dir)) return no(`${describeMount(m)}; expected a bind of ${code(dir)}`);
        return ok(describeMount(m));
      },
    },
    {
      id: 'same-content',
      label: '`/app/src/VERSION` in the container matches the editor',
      expected: 'the same text on both sides',
      after: ['bind'],
      hints: [
        'The container reads the file from disk; an unsaved editor buffer is not on disk yet.',
        'Compare `docker exec dev cat /app/src/VERSION` with the file in VS Code.',
        'Save `driftwood/app/src/VERSION` (Ctrl+S) and check again.',
      ],
      async check(ctx) {
        const rel = `${ctx.param('srcDir')}/${ctx.param('file')}`;
        const mine = text(await ctx.ports.workspace.readFile(rel));
        if (mine === undefined) return no(`no ${code(rel)} in the course folder`);
        const path = `${ctx.param('target')}/${ctx.param('file')}`;
        const inside = text(await ctx.ports.docker.readFile((await the(ctx, 'dev')).Id, path, 65536, { signal: ctx.signal }));
        if (inside === undefined) return no(`${code(path)} does not exist in ${code(ctx.name('dev'))}`);
        return inside === mine ? ok(`both say ${code(mine.trim())}`) : no(`the editor has ${code(mine.trim())}, the container reads ${code(inside.trim())}${inside.trim() === mine.trim() ? ' (they differ only in white space)' : ': save the file'}`);
      },
    },
    {
      id: 'served',
      label: 'The dev server answers with the edited version',
      expected: 'GET /VERSION returns the editor\'s text',
      after: ['same-content'],
      hints: [
        'The server reads the file on every request, so the change shows up without a restart.',
        'Fetch it: `curl -s http://127.0.0.1:8081/VERSION` (the lab publishes 8080 on 8081).',
        'Start `dev` with `-p 127.0.0.1:8081:8080` (the lab script does) and fetch again.',
      ],
      async check(ctx) {
        const c = await the(ctx, 'dev');
        const b = publishedPorts(c, ctx.param('port'))[0];
        if (!b) return no(`${code(ctx.name('dev'))} publishes no host port for 8080/tcp`);
        const url = hostUrl(b, `/${ctx.param('file')}`);
        const r = await ctx.ports.http.get(url, 3000, ctx.signal);
        if (!r.ok) return no(`${url}: ${r.error}`);
        const mine = text(await ctx.ports.workspace.readFile(`${ctx.param('srcDir')}/${ctx.param('file')}`))!;
        if (r.status !== 200) return no(`${url} → HTTP ${r.status}`);
        return r.body.trim() === mine.trim() ? ok(`${url} → ${code(r.body.trim())}`) : no(`${url} → ${code(r.body.trim().slice(0, 60))}, the editor has ${code(mine.trim())}`);
      },
    },
  ],
});
