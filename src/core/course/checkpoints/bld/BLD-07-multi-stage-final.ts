import { code, defineCheckpoint, no, ok } from '../define';
import { imageExists, imageSize, layerCount, mib, pathsInImage, theImage } from '../imageFacts';

/** Paths of a toolchain left in a final image: a C compiler, the Go toolchain, and the offline lab's "compiler" script. */
export const TOOLCHAIN = ['/usr/bin/gcc', '/usr/local/go/bin/go', '/src/build.sh'];

export function isRoot(user: string | undefined): boolean {
  const u = (user ?? '').trim();
  return u === '' || /^(root|0)(:(root|0))?$/.test(u) || /^(root|0):/.test(u);
}

export const checkpoint = defineCheckpoint({
  id: 'BLD-07',
  lessonId: 'c05-l2',
  family: 'BLD',
  kind: 'state',
  title: 'A final image without the toolchain',
  summary: '`learner/app:2` has at most 3 layers, is under 20 MB offline (100 MB online), runs as a non-root user, and holds no compiler: `/usr/bin/gcc`, the Go toolchain and the offline build script are absent (asked through the archive API of a created, never started container).',
  needsDocker: true,
  names: { image: { default: 'learner/app:2', description: 'the final image of the multi-stage lab' } },
  params: { maxLayers: '3', maxMbOffline: '20', maxMbOnline: '100' },
  conditions: [
    imageExists('image', 'The image `learner/app:2` exists', [
      'A multi-stage build ends with the last stage (or the one named by `--target`); that is the image you ship.',
      'Build the lab without `--target`, tagged `learner/app:2`.',
      'Run `docker build --label docker-course.lesson=c05-l2 -t learner/app:2 labs/c05-l2` (offline add `-f labs/c05-l2/offline.Dockerfile`).',
    ]),
    {
      id: 'layers',
      label: 'At most 3 layers',
      expected: '≤ 3 filesystem layers',
      after: ['image'],
      hints: [
        'A final stage `FROM scratch` starts with no layers; each COPY --from adds one.',
        '`docker image inspect -f "{{len .RootFS.Layers}}" learner/app:2` counts them.',
        'Start the final stage from scratch and copy only the artefact (and, offline, the busybox binary) from the build stage.',
      ],
      async check(ctx) {
        const n = layerCount(await theImage(ctx, 'image'));
        const max = Number(ctx.param('maxLayers'));
        return n <= max ? ok(`${n} layer${n === 1 ? '' : 's'}`) : no(`${n} layers`);
      },
    },
    {
      id: 'size',
      label: 'The image is small',
      expected: 'under 20 MB offline, under 100 MB online',
      after: ['image'],
      hints: [
        'The toolchain (compiler, sources, package caches) belongs in the build stage; the final image needs only what runs.',
        '`docker image ls learner/app` shows the size; the build stage\'s base alone is often hundreds of MB.',
        'Make the final stage `FROM scratch` (or a small runtime base) and `COPY --from=build` only the built output.',
      ],
      async check(ctx) {
        const size = imageSize(await theImage(ctx, 'image'));
        const offline = ctx.input.mode === 'offline';
        const maxMb = Number(ctx.param(offline ? 'maxMbOffline' : 'maxMbOnline'));
        const text = `${mib(size)} (limit ${maxMb} MB${ctx.input.mode ? ` ${ctx.input.mode}` : ', mode unknown so the online limit applies'})`;
        return size < maxMb * 1024 * 1024 ? ok(text) : no(text);
      },
    },
    {
      id: 'non-root',
      label: 'It runs as a non-root user',
      expected: 'Config.User set to a non-root user',
      after: ['image'],
      hints: [
        'A scratch image has no /etc/passwd, so a user must be numeric.',
        '`docker image inspect -f "{{.Config.User}}" learner/app:2` shows the user; empty means root.',
        'Add `USER 65534:65534` to the final stage and rebuild.',
      ],
      async check(ctx) {
        const u = (await theImage(ctx, 'image')).Config?.User;
        return isRoot(u) ? no(u ? `User ${code(u)}` : 'no USER: it runs as root') : ok(`User ${code(u!)}`);
      },
    },
    {
      id: 'no-toolchain',
      label: 'No compiler or build script in the image',
      expected: `none of ${TOOLCHAIN.map(code).join(', ')}`,
      after: ['image'],
      hints: [
        'Whatever the build stage installs stays behind only if the final stage copies just the output; `COPY --from=build / /` brings it all along.',
        'The check creates a container from the image without starting it and asks the engine whether the paths exist.',
        'Replace a whole-filesystem copy with `COPY --from=build /out/… /…` of the built files only, and rebuild.',
      ],
      async check(ctx) {
        const found = await pathsInImage(ctx, 'image', TOOLCHAIN, `look for a toolchain in ${ctx.name('image')}`);
        if (!Array.isArray(found)) return found;
        return found.length ? no(`found ${found.map(code).join(', ')}`) : ok(`none of ${TOOLCHAIN.map(code).join(', ')} (the archive API answered "not found")`);
      },
    },
  ],
});
