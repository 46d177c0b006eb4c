import { code, defineCheckpoint, no, ok } from '../define';
import type { HistoryEntry } from '../engineApi';
import { describeRow, imageExists, imageHistory, lintClean, rowKind } from '../imageFacts';

/** RUN commands that install dependencies from a manifest (the lab's offline installer included). */
export const INSTALL = /\b(pip3? install|python3? -m pip install|install-deps|npm (ci|install)|yarn install|pnpm install|poetry install|pipenv install|bundle install|go mod download|composer install|mvn\b.*dependency:)/;

export const checkpoint = defineCheckpoint({
  id: 'BLD-02',
  lessonId: 'c04-l2',
  family: 'BLD',
  kind: 'state',
  title: 'Dependencies before sources',
  summary: 'The history of `learner/cache:1` shows, oldest first, a COPY of the dependency manifest, the install RUN, then a COPY of the sources; the lab Dockerfiles are clean for DF21.',
  needsDocker: true,
  names: { image: { default: 'learner/cache:1', description: 'the image of the layer-cache lab' } },
  conditions: [
    imageExists('image', 'The image `learner/cache:1` exists', [
      'The builder reuses a cached layer only while the instruction and everything before it are unchanged.',
      'Build the lab with `-t learner/cache:1` (offline with `-f labs/c04-l2/Dockerfile.toolbox`).',
      'Run `docker build -t learner/cache:1 --label docker-course.lesson=c04-l2 -f labs/c04-l2/Dockerfile.toolbox labs/c04-l2`.',
    ]),
    {
      id: 'order',
      label: 'Manifest copy → install → sources copy, in the image history',
      expected: 'a COPY right before the install RUN, and a COPY of the sources after it',
      after: ['image'],
      hints: [
        'A COPY invalidates the cache for every later step whenever any copied file changes; if the sources come first, every edit reinstalls all dependencies.',
        '`docker history --no-trunc --format "{{.CreatedBy}}" learner/cache:1` lists the steps newest first; find the install RUN and look at what comes before and after it.',
        'Copy only the manifest (`COPY requirements.txt tools/install-deps /app/`), run the install, then `COPY app.py /app/` and `COPY src/ /app/src/`; rebuild.',
      ],
      async check(ctx) {
        const history = (await imageHistory(ctx, ctx.name('image'))) ?? [];
        const oldestFirst = [...history].reverse();
        const at = oldestFirst.map((h, i) => ({ h, i })).filter(({ h }) => rowKind(h) === 'RUN' && INSTALL.test(h.CreatedBy)).pop()?.i;
        if (at === undefined) return no('no RUN that installs dependencies (pip install, install-deps, npm ci …) in the history');
        const install = oldestFirst[at];
        const before = oldestFirst.slice(0, at).filter((h) => rowKind(h) !== 'other').pop();
        const after: HistoryEntry[] = oldestFirst.slice(at + 1).filter((h) => rowKind(h) === 'COPY' || rowKind(h) === 'ADD');
        const shown = `install step ${code(describeRow(install))}`;
        if (!before || (rowKind(before) !== 'COPY' && rowKind(before) !== 'ADD')) return no(`${shown} is not preceded by a COPY of the dependency manifest${before ? ` (the step before it is ${code(describeRow(before))})` : ''}`);
        if (!after.length) return no(`nothing is copied after ${shown}: every file was copied before the install, so any edit reinstalls the dependencies`);
        return ok(`${code(describeRow(before))} → ${shown} → ${after.map((h) => code(describeRow(h))).join(', ')}`);
      },
    },
    lintClean({
      files: ['labs/c04-l2/Dockerfile', 'labs/c04-l2/Dockerfile.toolbox'],
      rules: ['DF21'],
      label: 'The lab Dockerfiles have no DF21 finding',
      hints: [
        'DF21 spots an install that runs after the whole project was copied.',
        'Open both Dockerfiles in `labs/c04-l2`; the Problems panel marks the COPY and the install it affects.',
        'In each Dockerfile copy the manifest, install, then copy the rest; save both.',
      ],
    }),
  ],
});
