import { code, defineCheckpoint, no, ok } from '../define';
import { imageExists, lintClean, theImage } from '../imageFacts';

const OCI = 'org.opencontainers.image';
const KEYS = ['title', 'version', 'source', 'revision'] as const;

export const checkpoint = defineCheckpoint({
  id: 'BLD-06',
  lessonId: 'c04-l6',
  family: 'BLD',
  kind: 'state',
  title: 'OCI labels that say what and which commit',
  summary: '`learner/app:1` has the labels `org.opencontainers.image.{title,version,source,revision}`, `revision` equals the commit your workspace\'s Git HEAD points at, and `driftwood/app/Dockerfile` is clean for DF06, DF07, DF15 and DF16.',
  needsDocker: true,
  names: { image: { default: 'learner/app:1', description: 'the Driftwood app image' } },
  conditions: [
    imageExists('image', 'The image `learner/app:1` exists', [
      'Labels are written into the image configuration at build time.',
      'Build `driftwood/app` with the version and the revision as build arguments.',
      'Run `docker build -t learner/app:1 --label docker-course.lesson=c04-l6 --build-arg VERSION=0.1.0 --build-arg REVISION=$(git rev-parse HEAD) driftwood/app`.',
    ]),
    {
      id: 'oci-labels',
      label: 'The four OCI labels are present',
      expected: KEYS.map((k) => `\`${OCI}.${k}\``).join(', '),
      after: ['image'],
      hints: [
        'The OCI annotation keys are the standard way to say what an image is, which version, where its source lives and which commit built it.',
        '`docker image inspect -f "{{json .Config.Labels}}" learner/app:1` lists the labels.',
        'Add `LABEL org.opencontainers.image.title=… org.opencontainers.image.version="${VERSION}" org.opencontainers.image.source=… org.opencontainers.image.revision="${REVISION}"` with the two ARGs, and rebuild.',
      ],
      async check(ctx) {
        const labels = (await theImage(ctx, 'image')).Config?.Labels ?? {};
        const missing = KEYS.filter((k) => !labels[`${OCI}.${k}`]);
        if (missing.length) return no(`missing or empty: ${missing.map((k) => code(`${OCI}.${k}`)).join(', ')}`);
        return ok(KEYS.map((k) => `${k}=${labels[`${OCI}.${k}`]}`).join(', '));
      },
    },
    {
      id: 'revision-is-head',
      label: '`revision` is the commit your workspace is at',
      expected: 'the label equals `git rev-parse HEAD` of the course folder',
      after: ['oci-labels'],
      hints: [
        'A revision typed by hand or left at a default points incident reviews at the wrong code.',
        'Pass it at build time: `--build-arg REVISION=$(git rev-parse HEAD)`, used by `LABEL org.opencontainers.image.revision="${REVISION}"`.',
        'Commit your work, then rebuild with `--build-arg REVISION=$(git rev-parse HEAD)`.',
      ],
      async check(ctx) {
        const rev = (await theImage(ctx, 'image')).Config?.Labels?.[`${OCI}.revision`] ?? '';
        const head = await ctx.ports.workspace.gitHead();
        if (!head) return no(`revision=${rev}, but the course folder is not a Git repository with a commit (run \`git init\`, \`git add -A\`, \`git commit -m Driftwood\`)`);
        if (rev === head) return ok(`revision=${head}`);
        return no(`revision=${code(rev)}, HEAD is ${code(head)}${/^[0-9a-f]{7,39}$/.test(rev) && head.startsWith(rev) ? ' (use the full 40-character ID)' : ''}`);
      },
    },
    lintClean({
      files: ['driftwood/app/Dockerfile'],
      rules: ['DF06', 'DF07', 'DF15', 'DF16'],
      label: '`driftwood/app/Dockerfile` has no DF06, DF07, DF15 or DF16 finding',
      hints: [
        'These rules cover running as root, a missing HEALTHCHECK and the old MAINTAINER instruction.',
        'The Problems panel lists them for `driftwood/app/Dockerfile`.',
        'Add `USER 65534:65534` and a HEALTHCHECK, move MAINTAINER into an `org.opencontainers.image.authors` label, save and rebuild.',
      ],
    }),
  ],
});
