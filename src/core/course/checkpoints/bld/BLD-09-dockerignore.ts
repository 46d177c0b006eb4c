import { isIgnored, parseDockerignore } from '../../../lint/dockerfile/dockerignore';
import { code, defineCheckpoint, no, ok, workspaceText } from '../define';
import { imageExists, pathsInImage } from '../imageFacts';

const MUST_IGNORE = ['.git', '.env'];

export const checkpoint = defineCheckpoint({
  id: 'BLD-09',
  lessonId: 'c05-l3',
  family: 'BLD',
  kind: 'state',
  title: 'Keep secrets and history out of the context',
  summary: '`labs/c05-l3/.dockerignore` leaves out `.git` and `.env`, and `learner/ctx:1` has neither `/app/.git` nor `/app/.env` (asked through the archive API of a created, never started container).',
  needsDocker: true,
  names: { image: { default: 'learner/ctx:1', description: 'the image built from the lab folder' } },
  params: { dockerignore: 'labs/c05-l3/.dockerignore', appDir: '/app' },
  conditions: [
    {
      id: 'dockerignore',
      label: '`.dockerignore` leaves out `.git` and `.env`',
      expected: 'patterns that exclude `.git` and `.env`',
      hints: [
        'The client sends the whole context folder to the builder, minus what `.dockerignore` excludes; `COPY . .` then copies everything that arrived.',
        'Put `.dockerignore` next to the Dockerfile, one pattern per line; `.git` and `.env` are plain names from the context root.',
        'Create `labs/c05-l3/.dockerignore` with at least the lines `.git` and `.env` (and `logs/`, `*.log`).',
      ],
      async check(ctx) {
        const rel = ctx.param('dockerignore');
        const text = await workspaceText(ctx, rel);
        if (text === undefined) return no(`no ${code(rel)}: the whole folder, .git and .env included, goes to the builder`);
        const patterns = parseDockerignore(text);
        const kept = MUST_IGNORE.filter((p) => !isIgnored(patterns, p));
        if (kept.length) return no(`${code(rel)} does not exclude ${kept.map(code).join(' or ')}`);
        return ok(`${code(rel)} excludes ${MUST_IGNORE.map(code).join(' and ')} (${patterns.length} patterns)`);
      },
    },
    imageExists('image', 'The image `learner/ctx:1` exists', [
      'Only a new build reads the new `.dockerignore`.',
      'Build the lab folder again with the tag `learner/ctx:1`.',
      'Run `docker build --label docker-course.lesson=c05-l3 -t learner/ctx:1 labs/c05-l3`.',
    ]),
    {
      id: 'not-in-image',
      label: 'The image holds neither `/app/.git` nor `/app/.env`',
      expected: 'both paths absent',
      after: ['image'],
      hints: [
        'Excluded files never reach the builder, so no COPY can put them into a layer.',
        'The check creates a container from the image without starting it and asks the engine for both paths.',
        'Fix `.dockerignore`, then rebuild `learner/ctx:1` (an old image keeps what it copied).',
      ],
      async check(ctx) {
        const ref = ctx.name('image');
        const dir = ctx.param('appDir');
        const paths = MUST_IGNORE.map((p) => `${dir}/${p}`);
        const found = await pathsInImage(ctx, 'image', paths, `look for ${paths.join(' and ')} in ${ref}`);
        if (!Array.isArray(found)) return found;
        return found.length ? no(`${found.map(code).join(' and ')} ${found.length > 1 ? 'are' : 'is'} in the image`) : ok(`${paths.map(code).join(' and ')}: not found`);
      },
    },
  ],
});
