import { code, defineCheckpoint, no, ok } from '../define';
import { imageExists, theImage } from '../imageFacts';

export const checkpoint = defineCheckpoint({
  id: 'BLD-08',
  lessonId: 'c05-l2',
  family: 'BLD',
  kind: 'state',
  title: 'Build one stage with `--target`',
  summary: '`learner/app:test` exists with the label `stage=test`, which only the test stage sets: it was built with `--target test`.',
  needsDocker: true,
  names: { image: { default: 'learner/app:test', description: 'the image of the test stage' } },
  conditions: [
    imageExists('image', 'The image `learner/app:test` exists', [
      '`--target NAME` stops the build after the stage called NAME and makes that stage the result.',
      'Name the test stage (`FROM build AS test`) and build it with `--target test -t learner/app:test`.',
      'Run `docker build --label docker-course.lesson=c05-l2 --target test -t learner/app:test labs/c05-l2` (offline add `-f labs/c05-l2/offline.Dockerfile`).',
    ]),
    {
      id: 'stage-label',
      label: 'It is the test stage: label `stage=test`',
      expected: 'label `stage=test`',
      after: ['image'],
      hints: [
        'Without `--target` the build ends with the last stage, so the tag names the final image, not the test stage.',
        '`docker image inspect -f \'{{index .Config.Labels "stage"}}\' learner/app:test` shows the label the test stage sets.',
        'Keep `LABEL stage=test` in the test stage and build with `--target test`.',
      ],
      async check(ctx) {
        const v = (await theImage(ctx, 'image')).Config?.Labels?.stage;
        return v === 'test' ? ok('stage=test') : no(v === undefined ? 'no `stage` label: this is not the test stage (built without `--target test`?)' : `stage=${code(v)}`);
      },
    },
  ],
});
