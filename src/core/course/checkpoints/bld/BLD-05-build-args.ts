import { code, defineCheckpoint, envOf, no, ok } from '../define';
import { imageExists, imageHistory, lintClean, theImage } from '../imageFacts';
import type { CheckContext } from '../types';

const token = (ctx: CheckContext): string => ctx.input.values?.buildToken ?? ctx.param('token');

export const checkpoint = defineCheckpoint({
  id: 'BLD-05',
  lessonId: 'c04-l5',
  family: 'BLD',
  kind: 'state',
  title: 'Build arguments in, tokens out',
  summary: '`learner/app:1.2.3` has the label `version` equal to the value passed with `--build-arg VERSION`, `APP_VERSION` with that value in its environment, and the build token nowhere in its environment, labels or history; the Dockerfile is clean for DF17 and DF25.',
  needsDocker: true,
  names: { image: { default: 'learner/app:1.2.3', description: 'the version-stamped image' } },
  params: { version: '1.2.3', token: 'course-demo-token-7c1f' },
  conditions: [
    imageExists('image', 'The image `learner/app:1.2.3` exists', [
      '`--build-arg NAME=value` hands a value to an ARG of the Dockerfile during one build.',
      'Build with `--build-arg VERSION=1.2.3` and the tag `learner/app:1.2.3`.',
      'Run `docker build -t learner/app:1.2.3 --label docker-course.lesson=c04-l5 --build-arg VERSION=1.2.3 labs/c04-l5`.',
    ]),
    {
      id: 'version-label',
      label: 'The label `version` holds the value you passed',
      expected: 'label `version=1.2.3`',
      after: ['image'],
      hints: [
        'An ARG declared before FROM is only in scope for the FROM line; inside the stage it is empty unless declared again.',
        '`docker image inspect -f \'{{index .Config.Labels "version"}}\' learner/app:1.2.3` prints the label.',
        'Put `ARG VERSION=0.0.0` after the FROM line, keep `LABEL version=$VERSION`, and rebuild with `--build-arg VERSION=1.2.3`.',
      ],
      async check(ctx) {
        const v = (await theImage(ctx, 'image')).Config?.Labels?.version;
        const want = ctx.param('version');
        if (v === want) return ok(`version=${v}`);
        return no(v === undefined ? 'no `version` label' : v === '' ? '`version` is empty: VERSION was not in scope after FROM' : `version=${v}`);
      },
    },
    {
      id: 'app-version-env',
      label: '`APP_VERSION` carries the version into the container',
      expected: '`APP_VERSION=1.2.3` in the image\'s environment',
      after: ['image'],
      hints: [
        'ARG values exist only while building; ENV keeps a value in the image for the running app.',
        '`docker image inspect -f "{{json .Config.Env}}" learner/app:1.2.3` lists the environment.',
        'Write `ENV APP_VERSION=$VERSION` after the in-stage `ARG VERSION`, then rebuild.',
      ],
      async check(ctx) {
        const v = envOf((await theImage(ctx, 'image')).Config?.Env, 'APP_VERSION');
        const want = ctx.param('version');
        if (v === want) return ok(`APP_VERSION=${v}`);
        return no(v === undefined ? 'no APP_VERSION variable' : `APP_VERSION=${v === '' ? '(empty)' : v}`);
      },
    },
    {
      id: 'token-absent',
      label: 'The build token is nowhere in the image',
      expected: 'the token in neither the environment, the labels nor the history',
      after: ['image'],
      hints: [
        'Every build argument a RUN step can see is written into that step\'s history line (`|1 BUILD_TOKEN=… /bin/sh -c …`), readable by anyone who pulls the image.',
        '`docker history --no-trunc learner/app:1.2.3` shows the lines; search them for the token.',
        'Remove `ARG BUILD_TOKEN` and the RUN that used it; bring private files in through the build context (or a secret mount, lesson c05-l4), then rebuild.',
      ],
      async check(ctx) {
        const t = token(ctx);
        const img = await theImage(ctx, 'image');
        const where: string[] = [];
        if ((img.Config?.Env ?? []).some((e) => e.includes(t))) where.push('the environment');
        if (Object.entries(img.Config?.Labels ?? {}).some(([k, v]) => k.includes(t) || v.includes(t))) where.push('the labels');
        const rows = ((await imageHistory(ctx, ctx.name('image'))) ?? []).filter((h) => h.CreatedBy.includes(t));
        if (rows.length) where.push(`${rows.length} history line${rows.length > 1 ? 's' : ''}`);
        return where.length ? no(`the token appears in ${where.join(', ')}`) : ok('not in the environment, the labels or the history');
      },
    },
    lintClean({
      files: ['labs/c04-l5/Dockerfile'],
      rules: ['DF17', 'DF25'],
      label: '`labs/c04-l5/Dockerfile` has no DF17 or DF25 finding',
      hints: [
        'DF17 flags secrets in ARG or ENV; DF25 a variable used where it is not declared.',
        'The Problems panel lists both for `labs/c04-l5/Dockerfile`.',
        'Drop the token ARG, declare VERSION inside the stage, save and rebuild.',
      ],
    }),
  ],
});
