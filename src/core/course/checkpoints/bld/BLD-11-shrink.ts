import { defineCheckpoint, no, ok } from '../define';
import { findLabImage, imageSize, layerCount, mib } from '../imageFacts';

export const checkpoint = defineCheckpoint({
  id: 'BLD-11',
  lessonId: 'c05-l5',
  family: 'BLD',
  kind: 'state',
  title: 'Half the size or less',
  summary: '`learner/app:slim` is at most half the size of `learner/app:fat`, under 100 MB, and has at most 6 layers.',
  needsDocker: true,
  names: {
    fat: { default: 'learner/app:fat', description: 'the image before shrinking' },
    slim: { default: 'learner/app:slim', description: 'the image after shrinking' },
  },
  params: { maxRatio: '0.5', maxMb: '100', maxLayers: '6' },
  conditions: [
    {
      id: 'images',
      label: 'Both `learner/app:fat` and `learner/app:slim` exist',
      expected: 'both images, to compare',
      hints: [
        'The check compares the two builds, so keep the fat one until it passes.',
        'Build `fat` from the starter Dockerfile and `slim` from the one you rewrote, each with its own tag.',
        'Run the lab\'s two build steps (`-t learner/app:fat -f labs/c05-l5/fat…Dockerfile` and `-t learner/app:slim -f labs/c05-l5/slim…Dockerfile`).',
      ],
      async check(ctx) {
        const [fat, slim] = await Promise.all([findLabImage(ctx, 'fat'), findLabImage(ctx, 'slim')]);
        const missing = [fat, slim].filter((f) => !f.value);
        if (missing.length) return no(missing.map((f) => f.note).join('; '));
        return ok(`fat ${mib(imageSize(fat.value!))} in ${layerCount(fat.value!)} layers, slim ${mib(imageSize(slim.value!))} in ${layerCount(slim.value!)} layers`);
      },
    },
    {
      id: 'half',
      label: 'slim is at most half the size of fat',
      expected: 'size(slim) ≤ 0.5 × size(fat)',
      after: ['images'],
      hints: [
        'A file deleted in a later layer still travels in the layer that added it; only not writing it into any layer saves space.',
        '`docker history learner/app:fat` shows which steps hold the bytes.',
        'Create, use and delete big temporary files in one RUN (or in a throwaway build stage), clean package caches in the same RUN, and rebuild slim.',
      ],
      async check(ctx) {
        const fat = imageSize((await findLabImage(ctx, 'fat')).value!);
        const slim = imageSize((await findLabImage(ctx, 'slim')).value!);
        const ratio = fat ? slim / fat : 1;
        const text = `slim is ${(ratio * 100).toFixed(0)}% of fat (${mib(slim)} vs ${mib(fat)})`;
        return ratio <= Number(ctx.param('maxRatio')) ? ok(text) : no(text);
      },
    },
    {
      id: 'under-limit',
      label: 'slim is under 100 MB',
      expected: '< 100 MB',
      after: ['images'],
      hints: [
        'The base image is usually the biggest part: a full distribution with compilers can be ten times a slim or alpine one.',
        'Choose a smaller runtime base and leave build tools in a separate stage.',
        'Use a slim or alpine base (offline: the toolbox) for the final stage, and rebuild.',
      ],
      async check(ctx) {
        const slim = imageSize((await findLabImage(ctx, 'slim')).value!);
        return slim < Number(ctx.param('maxMb')) * 1024 * 1024 ? ok(mib(slim)) : no(mib(slim));
      },
    },
    {
      id: 'layers',
      label: 'slim has at most 6 layers',
      expected: '≤ 6 layers',
      after: ['images'],
      hints: [
        'Each RUN, COPY and ADD adds a layer; related commands belong in one RUN joined with `&&`.',
        '`docker image inspect -f "{{len .RootFS.Layers}}" learner/app:slim` counts them.',
        'Merge consecutive RUN steps into one, then rebuild.',
      ],
      async check(ctx) {
        const n = layerCount((await findLabImage(ctx, 'slim')).value!);
        return n <= Number(ctx.param('maxLayers')) ? ok(`${n} layers`) : no(`${n} layers`);
      },
    },
  ],
});
