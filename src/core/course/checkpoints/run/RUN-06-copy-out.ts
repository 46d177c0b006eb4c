import { code, containerExists, defineCheckpoint, no, ok, the } from '../define';

export const checkpoint = defineCheckpoint({
  id: 'RUN-06',
  lessonId: 'c03-l4',
  family: 'RUN',
  kind: 'state',
  title: 'You copied a file out of `web` with `docker cp`',
  summary: '`lab/out/index.html` exists in the course folder and is byte-for-byte the file served by `web`.',
  needsDocker: true,
  names: { web: { default: 'web', description: 'the web server container' } },
  params: { file: 'lab/out/index.html', containerPath: '/www/index.html' },
  conditions: [
    {
      id: 'copied-file',
      label: 'The copied file is in your course folder',
      expected: '`lab/out/index.html`',
      hints: [
        '`docker cp` copies between a container and the host in either direction, running or not.',
        'The form is `docker cp CONTAINER:PATH HOSTPATH`.',
        'Run `docker cp web:/www/index.html lab/out/index.html` from the course folder.',
      ],
      async check(ctx) {
        const rel = ctx.param('file');
        const b = await ctx.ports.workspace.readFile(rel);
        return b ? ok(`${code(rel)}, ${b.length} bytes`) : no(`no ${code(rel)} in the course folder`);
      },
    },
    containerExists('web', 'Container `web` exists', [
      'The file comes from the web server container.',
      'Start it with `--name web`.',
      'Run `docker run -d --init --name web -p 127.0.0.1::8080 learner/web:1`.',
    ]),
    {
      id: 'same-bytes',
      label: 'It is the same file as inside `web`',
      expected: 'identical bytes',
      after: ['copied-file', 'web-exists'],
      hints: [
        'A copy made with `docker cp` is exact; an edited or retyped file is not.',
        'Compare with `docker exec web cat /www/index.html`.',
        'Copy it again: `docker cp web:/www/index.html lab/out/index.html`.',
      ],
      async check(ctx) {
        const c = await the(ctx, 'web');
        const path = ctx.param('containerPath');
        const inside = await ctx.ports.docker.readFile(c.Id, path, 1_000_000, { signal: ctx.signal });
        if (!inside) return no(`${code(path)} does not exist in ${code(ctx.name('web'))}`);
        const mine = (await ctx.ports.workspace.readFile(ctx.param('file')))!;
        if (Buffer.compare(Buffer.from(inside), Buffer.from(mine)) === 0) return ok(`identical (${inside.length} bytes)`);
        return no(`different: ${mine.length} bytes in the course folder, ${inside.length} bytes in the container`);
      },
    },
  ],
});
