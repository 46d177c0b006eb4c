import { cannot, code, defineCheckpoint, no, ok, workspaceText } from '../define';
import { builtWithBuildKit, imageExists, imageHistory } from '../imageFacts';
import type { CheckContext } from '../types';
import type { DiskUsage } from '../engineApi';

type CacheRecord = NonNullable<DiskUsage['BuildCache']>[number];

/** Build-cache records created since the lesson started (all of them when the start is unknown). */
async function lessonRecords(ctx: CheckContext): Promise<{ all: CacheRecord[]; mine: CacheRecord[] }> {
  const df = await ctx.memo('df', () => ctx.ports.docker.diskUsage({ signal: ctx.signal }));
  const all = df.BuildCache ?? [];
  const start = ctx.lessonStartMs();
  const mine = start === undefined ? all : all.filter((r) => Date.parse(r.CreatedAt) >= start - 1000);
  return { all, mine };
}

const usageCount = (r: CacheRecord): number => r.UsageCount ?? 0;

export const checkpoint = defineCheckpoint({
  id: 'BLD-13',
  lessonId: 'c05-l1',
  family: 'BLD',
  kind: 'state',
  title: 'BuildKit and its build cache',
  summary: '`labs/c05-l1/Dockerfile` has no `# syntax=` line, `learner/bk:1` was built, and (with BuildKit) the build cache gained records during the lesson that a later build reused. With the legacy builder the cache part is not checkable.',
  needsDocker: true,
  names: { image: { default: 'learner/bk:1', description: 'the image of the BuildKit lab' } },
  params: { dockerfile: 'labs/c05-l1/Dockerfile' },
  offline: 'A `# syntax=` line makes BuildKit pull its frontend image, so offline it must go. The cache records exist only with BuildKit (buildx).',
  conditions: [
    {
      id: 'no-syntax-line',
      label: 'The Dockerfile has no `# syntax=` line',
      expected: 'no `# syntax=` parser directive',
      hints: [
        'A `# syntax=` directive asks BuildKit to pull a Dockerfile frontend image from a registry before it reads a single instruction.',
        'It must be the very first line to count; DF23 flags it.',
        'Delete the `# syntax=docker/dockerfile:1` line from `labs/c05-l1/Dockerfile` and save.',
      ],
      async check(ctx) {
        const rel = ctx.param('dockerfile');
        const text = await workspaceText(ctx, rel);
        if (text === undefined) return no(`no ${code(rel)} in the course folder`);
        // Parser directives are the leading `# key=value` comment lines, before anything else.
        for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
          const m = /^#\s*([a-zA-Z]+)\s*=\s*(.*)$/.exec(line.trim());
          if (!m) break;
          if (m[1].toLowerCase() === 'syntax') return no(`${code(rel)} starts with ${code(line.trim())}`);
        }
        return ok(`${code(rel)} has no \`# syntax=\` directive`);
      },
    },
    imageExists('image', 'The image `learner/bk:1` exists', [
      'The lab builds the page with plain progress output, twice, then once more after an edit.',
      'Tag the build `learner/bk:1`.',
      'Run `docker build --progress=plain --label docker-course.lesson=c05-l1 -t learner/bk:1 labs/c05-l1`.',
    ]),
    {
      id: 'buildkit',
      label: 'It was built with BuildKit',
      expected: 'BuildKit rows in the image history',
      after: ['image'],
      hints: [
        'BuildKit is the builder behind `docker build` when the buildx plugin is installed; without it the legacy builder runs.',
        '`docker buildx version` answers only when buildx is there.',
        'Install the buildx plugin, then build again.',
      ],
      async check(ctx) {
        const h = (await imageHistory(ctx, ctx.name('image'))) ?? [];
        if (builtWithBuildKit(h)) return ok('the history carries BuildKit rows');
        return cannot('your image was built by the legacy builder (your client has no buildx plugin), and the legacy builder keeps no build cache records: the cache part of this lesson cannot be shown here. Install buildx to see it.');
      },
    },
    {
      id: 'cache-grew',
      label: 'Your builds added records to the build cache',
      expected: 'build-cache records created since the lesson started',
      after: ['buildkit'],
      hints: [
        'BuildKit keeps every step\'s result as a cache record, shown in the "Build Cache" row of `docker system df`.',
        'A changed file makes the steps from that COPY on run again, and each adds new records.',
        'Edit `labs/c05-l1/www/index.html` and build again; then `docker system df` shows more records.',
      ],
      async check(ctx) {
        const { all, mine } = await lessonRecords(ctx);
        if (!mine.length) return no(`${all.length} record${all.length === 1 ? '' : 's'} in the build cache, none created since the lesson started`);
        return ok(`${mine.length} of ${all.length} records were created since the lesson started`);
      },
    },
    {
      id: 'cache-reused',
      label: 'A later build reused the cache',
      expected: 'a record from this lesson used more than once',
      after: ['cache-grew'],
      hints: [
        'An unchanged step is not run again: BuildKit prints CACHED and reuses its record.',
        'Build twice without changing anything; the second build should be nearly instant.',
        'Run the same `docker build` command again and look for CACHED in the output.',
      ],
      async check(ctx) {
        const { mine } = await lessonRecords(ctx);
        const reused = mine.filter((r) => usageCount(r) > 1);
        return reused.length ? ok(`${reused.length} record${reused.length === 1 ? ' was' : 's were'} used again (e.g. ${code(reused[0].Type ?? 'regular')}, ${usageCount(reused[0])} uses)`) : no('no record from this lesson was used twice: no build hit the cache yet');
      },
    },
  ],
});
