import { LESSON_LABEL } from '../../images';
import { code, defineCheckpoint, foreignReason, no, ok, shortName } from '../define';
import { findLabImage } from '../imageFacts';

const LESSON = 'c02-l2';
const TAGS = ['v100', 'v10', 'v1'] as const;

/** A reference without a tag (or with `latest`) names whatever was built or pulled last under that name. */
export function floatingTag(ref: string): boolean {
  if (ref.startsWith('sha256:') || ref.includes('@')) return false;
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  return colon <= slash || ref.slice(colon + 1) === 'latest';
}

export const checkpoint = defineCheckpoint({
  id: 'IMG-02',
  lessonId: LESSON,
  family: 'IMG',
  kind: 'state',
  title: 'One image, three version tags, no `latest`',
  summary: '`learner/app:1.0.0`, `:1.0` and `:1` exist and have the same image ID, and no running container of the lesson refers to an image by `latest` or without a tag.',
  needsDocker: true,
  names: {
    v100: { default: 'learner/app:1.0.0', description: 'the exact version tag' },
    v10: { default: 'learner/app:1.0', description: 'the minor-version tag' },
    v1: { default: 'learner/app:1', description: 'the major-version tag' },
  },
  conditions: [
    {
      id: 'tags',
      label: '`learner/app:1.0.0`, `:1.0` and `:1` all exist',
      expected: 'three tags of learner/app',
      hints: [
        'A tag is a movable name for an image; one image can carry many tags, and tagging copies nothing.',
        'Build once with `-t learner/app:1.0.0`, then add names with `docker tag SOURCE TARGET`.',
        'Run `docker tag learner/app:1.0.0 learner/app:1.0 && docker tag learner/app:1.0.0 learner/app:1`.',
      ],
      async check(ctx) {
        const found = await Promise.all(TAGS.map((k) => findLabImage(ctx, k)));
        const missing = found.filter((f) => !f.value).map((f) => code(f.ref));
        if (missing.length) return no(`missing: ${missing.join(', ')}`);
        return ok(`all three: ${found.map((f) => code(f.ref)).join(', ')}`);
      },
    },
    {
      id: 'same-id',
      label: 'The three tags name one and the same image',
      expected: 'one image ID for all three tags',
      after: ['tags'],
      hints: [
        'Tags of one release should point at the same build; a rebuild makes a new image with a new ID.',
        '`docker image ls learner/app` shows the IMAGE ID next to each tag.',
        'Point the short tags at the exact version again: `docker tag learner/app:1.0.0 learner/app:1.0` and `docker tag learner/app:1.0.0 learner/app:1`.',
      ],
      async check(ctx) {
        const found = await Promise.all(TAGS.map((k) => findLabImage(ctx, k)));
        const ids = new Set(found.map((f) => f.value!.Id));
        const shown = found.map((f) => `${code(f.ref)} → ${f.value!.Id.replace('sha256:', '').slice(0, 12)}`).join(', ');
        return ids.size === 1 ? ok(shown) : no(`${ids.size} different images: ${shown}`);
      },
    },
    {
      id: 'no-latest',
      label: 'No running container of this lesson uses `latest`',
      expected: 'every running lab container names an explicit version tag',
      hints: [
        'Without a tag Docker means `latest`, which is just whatever was tagged last: you cannot tell which build runs.',
        '`docker ps --filter label=docker-course.lesson=c02-l2 --format "{{.Names}} {{.Image}}"` shows what each container was started from.',
        'Remove the container (`docker rm -f NAME`) and start it again from `learner/app:1.0.0`.',
      ],
      async check(ctx) {
        const all = await ctx.ports.docker.listContainers({ label: [`${LESSON_LABEL}=${LESSON}`] }, { signal: ctx.signal });
        const running = all.filter((c) => c.State === 'running' && !foreignReason(c.Labels));
        const floating = running.filter((c) => floatingTag(c.Image));
        if (floating.length) return no(floating.map((c) => `${code(shortName(c))} runs ${code(c.Image)}`).join(', '));
        if (!running.length) return ok('no running container of this lesson, so none uses `latest`');
        return ok(running.map((c) => `${code(shortName(c))} runs ${code(c.Image)}`).join(', '));
      },
    },
  ],
});
