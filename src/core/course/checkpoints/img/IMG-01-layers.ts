import { code, defineCheckpoint, no, ok } from '../define';
import { describeRow, imageExists, imageLabelled, isVerdict, ownBuild, rowKind } from '../imageFacts';

const LESSON = 'c02-l1';

export const checkpoint = defineCheckpoint({
  id: 'IMG-01',
  lessonId: LESSON,
  family: 'IMG',
  kind: 'state',
  title: 'Three layers on top of the base',
  summary: '`learner/layers:1` carries the lab label, adds exactly 3 filesystem layers to its base, and its history shows your 3 file-changing steps: one RUN that creates and removes the toolkit, the COPY, and the RUN that writes build.txt.',
  needsDocker: true,
  names: { image: { default: 'learner/layers:1', description: 'the image built in the layers lab' } },
  params: { dockerfile: 'labs/c02-l1/Dockerfile', base: 'busybox:1.36', layers: '3' },
  conditions: [
    imageExists('image', 'The image `learner/layers:1` exists', [
      'An image is a stack of read-only layers plus a configuration; `docker build -t NAME` gives the result a name.',
      'Build from the lab folder with `-t learner/layers:1` and the lab label.',
      'Run `docker build -t learner/layers:1 --label docker-course.lesson=c02-l1 .` in `labs/c02-l1`.',
    ]),
    imageLabelled('image', LESSON, [
      'The course finds your lab objects by the label `docker-course.lesson`, so it never mistakes another project\'s image for yours.',
      '`docker build --label KEY=VALUE` adds a label to the image\'s configuration.',
      'Build again with `--label docker-course.lesson=c02-l1`.',
    ]),
    {
      id: 'layer-count',
      label: 'Your instructions add exactly 3 filesystem layers',
      expected: '3 layers on top of the base image',
      after: ['image'],
      hints: [
        'Each RUN, COPY and ADD adds one layer; ENV, USER, EXPOSE and CMD only change the configuration. A file deleted in a later layer still sits in the earlier one.',
        'Compare `docker image inspect --format "{{len .RootFS.Layers}}"` of your image and of its base; the difference is what your Dockerfile added.',
        'Create, use and delete the toolkit in one RUN (joined with `&&`), keep the COPY and the RUN that writes build.txt, then build again.',
      ],
      async check(ctx) {
        const b = await ownBuild(ctx, 'image', ctx.param('dockerfile'), ctx.param('base'));
        if (isVerdict(b)) return b;
        const want = Number(ctx.param('layers'));
        const text = `${b.addedLayers} layer${b.addedLayers === 1 ? '' : 's'} on top of ${code(b.base)}`;
        if (b.addedLayers === want) return ok(text);
        return no(b.addedLayers > want ? `${text}: the toolkit is still created, filled and deleted in separate RUN steps` : text);
      },
    },
    {
      id: 'history',
      label: 'The history shows your three file-changing steps',
      expected: 'one RUN that creates and deletes the toolkit, the COPY of the site, and the RUN that writes build.txt',
      after: ['image'],
      hints: [
        '`docker history` lists one row per instruction, newest first; rows with a size are the layers.',
        'Read `docker history --no-trunc learner/layers:1`: the `dd` and the `rm` of the toolkit must appear in the same row.',
        'Write `RUN mkdir -p /opt/toolkit && dd if=/dev/zero of=/opt/toolkit/toolkit.tar bs=1M count=8 && rm /opt/toolkit/toolkit.tar`, keep `COPY site/ /www/` and the build.txt RUN, and rebuild.',
      ],
      async check(ctx) {
        const b = await ownBuild(ctx, 'image', ctx.param('dockerfile'), ctx.param('base'));
        if (isVerdict(b)) return b;
        const fs = b.rows.filter((r) => rowKind(r) !== 'other').reverse();
        const runs = fs.filter((r) => rowKind(r) === 'RUN').map((r) => r.CreatedBy);
        const shown = fs.map(describeRow).map(code).join(', ') || 'no file-changing steps';
        const together = runs.some((c) => /\bdd\b/.test(c) && /\brm\b[^&;|]*toolkit/.test(c));
        const splitDd = runs.some((c) => /\bdd\b/.test(c) && !/\brm\b/.test(c));
        const copy = fs.some((r) => rowKind(r) === 'COPY' || rowKind(r) === 'ADD');
        const buildTxt = runs.some((c) => /build\.txt/.test(c));
        if (splitDd || !together) return no(`your steps, oldest first: ${shown}. The toolkit's \`dd\` and \`rm\` are not in the same RUN`);
        if (!copy) return no(`your steps, oldest first: ${shown}. No COPY of the site`);
        if (!buildTxt) return no(`your steps, oldest first: ${shown}. No RUN writes build.txt`);
        return ok(`your steps, oldest first: ${shown}`);
      },
    },
  ],
});
