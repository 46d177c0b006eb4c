import { defineCheckpoint } from '../define';
import { imageExists, imageFresh, imageLabelled, lintClean } from '../imageFacts';

const LESSON = 'c04-l1';

export const checkpoint = defineCheckpoint({
  id: 'BLD-01',
  lessonId: LESSON,
  family: 'BLD',
  kind: 'state',
  title: 'Build the first Driftwood image',
  summary: '`learner/app:1` was built after the lesson started, carries `docker-course.lesson=c04-l1`, and `driftwood/app/Dockerfile` is clean for DF04, DF05 and DF23.',
  needsDocker: true,
  names: { image: { default: 'learner/app:1', description: 'the Driftwood app image' } },
  conditions: [
    imageExists('image', 'The image `learner/app:1` exists', [
      'A build sends the context folder to the engine and runs the Dockerfile in it, one instruction at a time.',
      'The context is the last argument of `docker build`; COPY paths are relative to it, so it must be `driftwood/app`.',
      'Run `docker build -t learner/app:1 --label docker-course.lesson=c04-l1 driftwood/app`.',
    ]),
    imageFresh('image', [
      'An image left over from an earlier attempt proves nothing about today\'s Dockerfile.',
      '`docker image inspect -f "{{.Created}}" learner/app:1` shows when it was built.',
      'Build again now: `docker build -t learner/app:1 --label docker-course.lesson=c04-l1 driftwood/app`.',
    ]),
    imageLabelled('image', LESSON, [
      'The label tells the course which lesson built an image, so a rebuild from another lesson does not count here.',
      'Add `--label docker-course.lesson=c04-l1` to the build command.',
      'Run `docker build -t learner/app:1 --label docker-course.lesson=c04-l1 driftwood/app`.',
    ]),
    lintClean({
      files: ['driftwood/app/Dockerfile'],
      rules: ['DF04', 'DF05', 'DF23'],
      label: '`driftwood/app/Dockerfile` has no DF04, DF05 or DF23 finding',
      hints: [
        'The linter flags the habits this lesson is about: ADD for plain files, a relative WORKDIR, a `# syntax=` line that needs a registry.',
        'Open `driftwood/app/Dockerfile`; the Problems panel lists each finding with a quick fix.',
        'Use COPY instead of ADD, make WORKDIR absolute (`/app`), remove any `# syntax=` line, save and rebuild.',
      ],
    }),
  ],
});
