import { cannot, code, defineCheckpoint, no, ok } from '../define';
import type { HistoryEntry } from '../engineApi';
import { builtWithBuildKit, describeRow, findLabImage, imageHistory, lintClean, rowKind } from '../imageFacts';
import type { CheckContext } from '../types';

const short = (id: string): string => id.replace('sha256:', '').slice(0, 12);

/** The step that made the newest layer: the newest RUN, COPY, ADD or WORKDIR row (BuildKit's WORKDIR creates its folder in a layer). */
export function lastLayerStep(history: readonly HistoryEntry[]): { row: HistoryEntry; kind: 'RUN' | 'COPY' | 'ADD' | 'WORKDIR' } | undefined {
  for (const row of history) {
    const k = rowKind(row);
    if (k !== 'other') return { row, kind: k };
    if (/^WORKDIR\b/.test(row.CreatedBy.trim()) || /#\(nop\)\s+WORKDIR\b/.test(row.CreatedBy)) return { row, kind: 'WORKDIR' };
  }
  return undefined;
}

function dockerfiles(ctx: CheckContext): string[] {
  const dir = ctx.param('dir');
  return ctx.input.mode === 'offline' ? [`${dir}/Dockerfile`] : [`${dir}/Dockerfile`, `${dir}/python.Dockerfile`];
}

export const checkpoint = defineCheckpoint({
  id: 'BLD-12',
  lessonId: 'c05-l6',
  family: 'BLD',
  kind: 'state',
  title: 'Same commit, same image',
  summary: '`learner/repro:a` and `learner/repro:b`, built twice from the same inputs with BuildKit, have the same image ID (full pass) or the same layers except possibly the last, when that layer comes from a COPY or WORKDIR whose folder times an older BuildKit cannot pin (partial pass); the Dockerfiles pin their base (DF01) and packages (DF30).',
  needsDocker: true,
  names: {
    a: { default: 'learner/repro:a', description: 'the first of the two builds' },
    b: { default: 'learner/repro:b', description: 'the second of the two builds' },
  },
  params: { dir: 'labs/c05-l6' },
  offline: 'Needs BuildKit: the legacy builder stamps new times into every COPY layer, so it is reported as not checkable instead of failed.',
  conditions: [
    {
      id: 'images',
      label: 'Both builds exist',
      expected: '`learner/repro:a` and `learner/repro:b`',
      hints: [
        'Reproducibility is shown by building twice from the same commit and comparing.',
        'Build with `--no-cache` twice, tagging `:a` and `:b`.',
        'Run the lab\'s loop: `for t in a b; do docker build -q --no-cache --build-arg SOURCE_DATE_EPOCH --label docker-course.lesson=c05-l6 -t learner/repro:$t labs/c05-l6; done`.',
      ],
      async check(ctx) {
        const [a, b] = await Promise.all([findLabImage(ctx, 'a'), findLabImage(ctx, 'b')]);
        const missing = [a, b].filter((f) => !f.value);
        if (missing.length) return no(missing.map((f) => f.note).join('; '));
        return ok(`${a.ref} ${short(a.value!.Id)}, ${b.ref} ${short(b.value!.Id)}`);
      },
    },
    {
      id: 'buildkit',
      label: 'Both were built with BuildKit',
      expected: 'BuildKit history rows in both images',
      after: ['images'],
      hints: [
        'Only BuildKit can make layers repeat byte for byte; the legacy builder records fresh file times in every COPY.',
        '`docker buildx version` tells whether your client has BuildKit; the history of a BuildKit image ends each row with `# buildkit`.',
        'Install the buildx plugin (lesson c05-l1), then build both again.',
      ],
      async check(ctx) {
        const hs = await Promise.all(['a', 'b'].map((k) => imageHistory(ctx, ctx.name(k))));
        const legacy = ['a', 'b'].filter((_k, i) => !builtWithBuildKit(hs[i] ?? []));
        if (legacy.length) {
          return cannot(`${legacy.map((k) => ctx.name(k)).join(' and ')} ${legacy.length > 1 ? 'were' : 'was'} built by the legacy builder, which writes new timestamps into every layer: two of its builds never match. Install buildx (see c05-l1) to do this lesson's comparison.`);
        }
        return ok('both histories carry BuildKit rows');
      },
    },
    {
      id: 'same-result',
      label: 'The two builds match',
      expected: 'the same image ID, or the same layers except possibly the last',
      after: ['buildkit'],
      hints: [
        'Anything that changes between builds ends up in a layer: the clock (`RUN date`), fresh downloads, unpinned packages, directory times.',
        'Compare `docker image inspect -f "{{json .RootFS.Layers}}" learner/repro:a learner/repro:b`: the first layer that differs points at the step to fix.',
        'Remove the step that records the time, pin every input, build both with `SOURCE_DATE_EPOCH` set to the commit time, and compare again.',
      ],
      async check(ctx) {
        const a = (await findLabImage(ctx, 'a')).value!;
        const b = (await findLabImage(ctx, 'b')).value!;
        if (a.Id === b.Id) return ok(`full pass: both are ${short(a.Id)}`);
        const la = a.RootFS.Layers ?? [];
        const lb = b.RootFS.Layers ?? [];
        const n = Math.max(la.length, lb.length);
        const first = Array.from({ length: n }, (_, i) => i).find((i) => la[i] !== lb[i]);
        if (first === undefined) return ok(`partial pass: all ${n} layers are equal; only the image configuration differs (your BuildKit records the build time there)`);
        if (la.length === lb.length && first === n - 1) {
          // BuildKit before 0.11 cannot apply SOURCE_DATE_EPOCH, so the folders a COPY or WORKDIR creates get the time of
          // the build: that last layer may differ. A RUN's output differing is the learner's input, never the engine's.
          const step = lastLayerStep((await imageHistory(ctx, ctx.name('a'))) ?? []);
          if (step && step.kind !== 'RUN') return ok(`partial pass: layers 1–${n - 1} are equal; only the last, from ${code(describeRow(step.row))}, differs in the times of the folders it created`);
          return no(`different images (${short(a.Id)} vs ${short(b.Id)}); the last layer differs${step ? ` and comes from ${code(describeRow(step.row))}, whose output changes from build to build` : ''}`);
        }
        return no(`different images (${short(a.Id)} vs ${short(b.Id)}); layer ${first + 1} of ${n} already differs`);
      },
    },
    lintClean({
      files: dockerfiles,
      rules: ['DF01', 'DF30'],
      label: 'The lab Dockerfiles pin the base (DF01) and packages (DF30)',
      hints: [
        'A floating tag or an unpinned package gives a different image whenever upstream publishes something new.',
        'The Problems panel shows DF01 and DF30 for `labs/c05-l6`.',
        'Pin the base to a version tag (online also a digest) and every package to a version, save, and build twice again.',
      ],
    }),
  ],
});
