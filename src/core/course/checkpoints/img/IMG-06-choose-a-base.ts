import { code, defineCheckpoint, findContainer, hostUrl, no, ok, publishedPorts } from '../define';
import type { Condition, HintLadder } from '../types';
import { findLabImage, imageSize, mib } from '../imageFacts';
import { LESSON_LABEL } from '../../images';

const LESSON = 'c02-l5';

function serves(id: string, containerKey: string, imageKey: string, hints: HintLadder): Condition {
  return {
    id,
    label: `A container from \`${imageKey}\` serves the page`,
    expected: `container \`${containerKey}\` running from that image, answering HTTP 200 on its published port`,
    after: ['images'],
    hints,
    async check(ctx) {
      const c = await findContainer(ctx, containerKey);
      if (!c.value) return no(c.note);
      const img = (await findLabImage(ctx, imageKey)).value!;
      const name = code(ctx.name(containerKey));
      if (c.value.Image !== img.Id) return no(`${name} runs ${code(c.value.Config.Image)}, not the current ${code(ctx.name(imageKey))}`);
      if (!c.value.State.Running) return no(`${name} is ${c.value.State.Status} (exit code ${c.value.State.ExitCode})`);
      const b = publishedPorts(c.value, '8080/tcp')[0];
      if (!b) return no(`${name} runs, but publishes no host port for 8080/tcp, so the page cannot be fetched`);
      const url = hostUrl(b);
      const r = await ctx.ports.http.get(url, 3000, ctx.signal);
      if (!r.ok) return no(`${url}: ${r.error}`);
      return r.status === 200 ? ok(`${name} answers ${url} with 200`) : no(`${url} → HTTP ${r.status}`);
    },
  };
}

export const checkpoint = defineCheckpoint({
  id: 'IMG-06',
  lessonId: LESSON,
  family: 'IMG',
  kind: 'state',
  title: 'The same page on scratch and on busybox',
  summary: '`learner/site:scratch` and `learner/site:busybox` exist with the lab label, the scratch variant is smaller, and a container from each serves the page.',
  needsDocker: true,
  names: {
    scratch: { default: 'learner/site:scratch', description: 'the page built FROM scratch' },
    busybox: { default: 'learner/site:busybox', description: 'the page built on busybox' },
    siteScratch: { default: 'site-scratch', description: 'the container running the scratch variant' },
    siteBusybox: { default: 'site-busybox', description: 'the container running the busybox variant' },
  },
  conditions: [
    {
      id: 'images',
      label: 'Both variants exist and carry the lab label',
      expected: '`learner/site:scratch` and `learner/site:busybox`, labelled `docker-course.lesson=c02-l5`',
      hints: [
        'Two Dockerfiles, two images: one starts from the empty `scratch`, the other from busybox.',
        'Build each with `-f` for its Dockerfile, its own tag, and `--label docker-course.lesson=c02-l5`.',
        'Run `docker build -f Dockerfile.busybox -t learner/site:busybox --label docker-course.lesson=c02-l5 .` and the same with `Dockerfile.scratch` and `learner/site:scratch`.',
      ],
      async check(ctx) {
        const found = await Promise.all(['scratch', 'busybox'].map((k) => findLabImage(ctx, k)));
        const missing = found.filter((f) => !f.value);
        if (missing.length) return no(missing.map((f) => f.note).join('; '));
        const unlabelled = found.filter((f) => f.value!.Config?.Labels?.[LESSON_LABEL] !== LESSON);
        if (unlabelled.length) return no(`${unlabelled.map((f) => code(f.ref)).join(' and ')} lack${unlabelled.length === 1 ? 's' : ''} the label \`${LESSON_LABEL}=${LESSON}\``);
        return ok(found.map((f) => `${code(f.ref)} ${mib(imageSize(f.value!))}`).join(', '));
      },
    },
    {
      id: 'scratch-smaller',
      label: 'The scratch variant is the smaller one',
      expected: 'size(scratch) < size(busybox)',
      after: ['images'],
      hints: [
        'scratch is empty: the image holds only what you copy in, while busybox brings a shell and hundreds of tools.',
        'Compare them with `docker image ls learner/site`; the scratch Dockerfile should copy only the busybox binary and the page.',
        'Keep `FROM scratch` and copy just `/bin/busybox` and `www/`; do not copy a whole filesystem in.',
      ],
      async check(ctx) {
        const s = (await findLabImage(ctx, 'scratch')).value!;
        const b = (await findLabImage(ctx, 'busybox')).value!;
        const text = `scratch ${imageSize(s)} bytes, busybox ${imageSize(b)} bytes`;
        return imageSize(s) < imageSize(b) ? ok(text) : no(text);
      },
    },
    serves('busybox-serves', 'siteBusybox', 'busybox', [
      'A container runs the image\'s CMD; busybox httpd serves the page on 8080.',
      'Run it detached with a published port: `-p 127.0.0.1:8091:8080`.',
      'Run `docker run -d --name site-busybox --label docker-course.lesson=c02-l5 -p 127.0.0.1:8091:8080 learner/site:busybox`.',
    ]),
    serves('scratch-serves', 'siteScratch', 'scratch', [
      'A scratch image has no shell, so its ENTRYPOINT must be an exec-form path to a program that is in the image.',
      'Run it like the busybox one, on another host port: `-p 127.0.0.1:8092:8080`.',
      'Run `docker run -d --name site-scratch --label docker-course.lesson=c02-l5 -p 127.0.0.1:8092:8080 learner/site:scratch`.',
    ]),
  ],
});
