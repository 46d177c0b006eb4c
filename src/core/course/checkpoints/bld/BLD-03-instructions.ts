import { code, defineCheckpoint, no, ok } from '../define';
import { describeRow, imageExists, isVerdict, lintClean, ownBuild, theImage } from '../imageFacts';

/** An ADD row for local files: the legacy builder writes `ADD file:…`/`dir:…`/`multi:…`, BuildKit the sources as written. */
export function addsLocalFiles(createdBy: string): boolean {
  const s = createdBy.replace(/ # buildkit$/, '').trim();
  const legacy = /^\/bin\/sh -c #\(nop\)\s+ADD (file|dir|multi):/.exec(s);
  if (legacy) return true;
  const bk = /^ADD (.*)$/.exec(s);
  if (!bk) return false;
  const words = bk[1].split(/\s+/).filter((w) => !w.startsWith('--'));
  const sources = words.slice(0, -1);
  return sources.some((w) => !/^(https?|git):\/\//.test(w) && !/^git@/.test(w));
}

export const checkpoint = defineCheckpoint({
  id: 'BLD-03',
  lessonId: 'c04-l3',
  family: 'BLD',
  kind: 'state',
  title: 'RUN, COPY, WORKDIR, ENV and EXPOSE done right',
  summary: '`learner/app:3` works in the absolute directory `/app`, exposes `8080/tcp`, uses no ADD for local files, and `labs/c04-l3/Dockerfile` is clean for DF04, DF05, DF13 and DF24.',
  needsDocker: true,
  names: { image: { default: 'learner/app:3', description: 'the image of the instructions lab' } },
  params: { dockerfile: 'labs/c04-l3/Dockerfile', base: 'course/toolbox:1', workdir: '/app', port: '8080/tcp' },
  conditions: [
    imageExists('image', 'The image `learner/app:3` exists', [
      'The lab Dockerfile builds as it is; the point is what the image records.',
      'Build it with `-t learner/app:3`.',
      'Run `docker build -t learner/app:3 --label docker-course.lesson=c04-l3 labs/c04-l3`.',
    ]),
    {
      id: 'workdir',
      label: 'The working directory is the absolute `/app`',
      expected: 'WorkingDir `/app`',
      after: ['image'],
      hints: [
        'A relative WORKDIR is resolved against the previous one, so its meaning changes when the base image changes.',
        '`docker image inspect -f "{{.Config.WorkingDir}}" learner/app:3` shows the final value.',
        'Write `WORKDIR /app` (and `WORKDIR /app/data` instead of `cd data` in a RUN), then rebuild.',
      ],
      async check(ctx) {
        const w = (await theImage(ctx, 'image')).Config?.WorkingDir ?? '';
        const want = ctx.param('workdir');
        return w === want ? ok(`WorkingDir ${code(w)}`) : no(w ? `WorkingDir ${code(w)}` : 'no WorkingDir (the container starts in /)');
      },
    },
    {
      id: 'exposed',
      label: 'The image exposes `8080/tcp`',
      expected: 'ExposedPorts includes `8080/tcp`',
      after: ['image'],
      hints: [
        'EXPOSE takes the port the program listens on inside the container; `8080:80` is publish syntax and records port 80.',
        '`docker image inspect -f "{{json .Config.ExposedPorts}}" learner/app:3` shows what was recorded.',
        'Write `EXPOSE 8080`, then rebuild.',
      ],
      async check(ctx) {
        const ports = Object.keys((await theImage(ctx, 'image')).Config?.ExposedPorts ?? {});
        return ports.includes(ctx.param('port')) ? ok(`ExposedPorts ${ports.map(code).join(', ')}`) : no(ports.length ? `ExposedPorts ${ports.map(code).join(', ')}` : 'no exposed port');
      },
    },
    {
      id: 'no-add',
      label: 'No ADD copies local files',
      expected: 'local files copied with COPY',
      after: ['image'],
      hints: [
        'ADD also unpacks archives and downloads URLs, so a harmless-looking ADD of a folder changes meaning when a `.tar.gz` appears in it.',
        'In the history an ADD of local files shows as `ADD file:…` or `ADD dir:…`.',
        'Replace each `ADD <local path>` with `COPY`, then rebuild.',
      ],
      async check(ctx) {
        const b = await ownBuild(ctx, 'image', ctx.param('dockerfile'), ctx.param('base'));
        if (isVerdict(b)) return b;
        const adds = b.rows.filter((r) => addsLocalFiles(r.CreatedBy));
        return adds.length ? no(`${adds.length} ADD step${adds.length > 1 ? 's' : ''}: ${adds.map((r) => code(describeRow(r))).join(', ')}`) : ok('no ADD of local files among your steps');
      },
    },
    lintClean({
      files: ['labs/c04-l3/Dockerfile'],
      rules: ['DF04', 'DF05', 'DF13', 'DF24'],
      label: '`labs/c04-l3/Dockerfile` has no DF04, DF05, DF13 or DF24 finding',
      hints: [
        'Each of these rules names one of the quiet mistakes in the starter: ADD, a relative WORKDIR, `cd` in RUN, an EXPOSE mapping.',
        'The Problems panel lists them with quick fixes for `labs/c04-l3/Dockerfile`.',
        'Fix every finding, save, and build again.',
      ],
    }),
  ],
});
