/**
 * The tree the Testing view shows: chapter → lesson → checkpoint → condition, from the catalogue and the
 * checkpoint registry. Only lessons with at least one registered checkpoint appear (there is nothing to
 * run for the others). Lessons whose chapter is not written yet still appear, titled from lessonIds.ts.
 */
import { courseChapters, lessonById } from './catalog';
import { checkpointsForLesson, findCheckpoint } from './checkpoints/index';
import type { Checkpoint } from './checkpoints/types';
import { chapters as chapterInfos, lessonIds } from './lessonIds';
import { lessonPage } from './types';

export type TestNodeKind = 'chapter' | 'lesson' | 'checkpoint' | 'condition';

export interface TestNode {
  /** `c00`, `c00-l1`, `c00-l1/ENV-01`, `c00-l1/ENV-01/daemon-answers`. */
  id: string;
  kind: TestNodeKind;
  label: string;
  description?: string;
  /** Lesson page relative to the extension root (lessons in the catalogue only). */
  page?: string;
  /** Sort key, so the tree keeps course order rather than alphabetical order. */
  sortText: string;
  children: TestNode[];
}

export interface TestTarget {
  lessonId: string;
  checkpoint: Checkpoint;
}

const pad = (n: number) => String(n).padStart(3, '0');

/** The heading in a lesson page under which the check is described (used as the location of results). */
export const CHECK_SECTION = /^#{2,3}\s+(What the check verifies|What a correct result looks like)\b/i;

/** 0-based line of the "What the check verifies" (or "What a correct result looks like") heading, or 0 when the page has none. */
export function checkSectionLine(pageText: string): number {
  const lines = pageText.split(/\r?\n/);
  const i = lines.findIndex((l) => CHECK_SECTION.test(l));
  return i < 0 ? 0 : i;
}

/**
 * The registered checkpoints that grade a lesson: those the catalogue lists, in its order (a later lesson
 * may list an earlier lesson's checkpoint again, as c04-l7 re-checks RUN-03 on the app it built), then any
 * registered for the lesson that the catalogue does not list (its chapter is not written yet).
 */
export function gradingCheckpoints(lessonId: string): Checkpoint[] {
  const lesson = lessonById(lessonId);
  const listed = (lesson?.checkpoints ?? []).map((id) => findCheckpoint(id)).filter((c): c is Checkpoint => !!c);
  return [...listed, ...checkpointsForLesson(lessonId).filter((c) => !listed.includes(c))];
}

export function courseTestTree(): TestNode[] {
  const out: TestNode[] = [];
  chapterInfos.forEach((info, ci) => {
    const written = courseChapters.find((c) => c.id === info.id);
    const lessons: TestNode[] = [];
    lessonIds
      .filter((l) => l.chapter === info.id)
      .forEach((l, li) => {
        const lesson = lessonById(l.id);
        const cps = gradingCheckpoints(l.id);
        if (cps.length === 0) return;
        const page = lesson ? lessonPage(lesson) : undefined;
        lessons.push({
          id: l.id,
          kind: 'lesson',
          label: `${l.id.slice(4).toUpperCase()} · ${lesson?.title ?? l.title}`,
          description: l.id,
          page,
          sortText: `${pad(ci)}.${pad(li)}`,
          children: cps.map((cp, pi) => ({
            id: `${l.id}/${cp.id}`,
            kind: 'checkpoint',
            label: `${cp.id} · ${cp.title}`,
            description: cp.kind === 'live-value' ? 'asks for a value from your engine' : undefined,
            page,
            sortText: `${pad(ci)}.${pad(li)}.${pad(pi)}`,
            children: cp.conditions.map((c, ki) => ({
              id: `${l.id}/${cp.id}/${c.id}`,
              kind: 'condition',
              label: c.label,
              page,
              sortText: `${pad(ci)}.${pad(li)}.${pad(pi)}.${pad(ki)}`,
              children: [],
            })),
          })),
        });
      });
    if (lessons.length === 0) return;
    out.push({ id: info.id, kind: 'chapter', label: `${info.id.toUpperCase()} · ${written?.title ?? info.title}`, sortText: pad(ci), children: lessons });
  });
  return out;
}

export interface ParsedTestId {
  chapterId?: string;
  lessonId?: string;
  checkpointId?: string;
  conditionId?: string;
}

export function parseTestId(id: string): ParsedTestId {
  const [first, checkpointId, conditionId] = id.split('/');
  if (/^c\d\d$/.test(first)) return { chapterId: first };
  return { chapterId: first.slice(0, 3), lessonId: first, checkpointId, conditionId };
}

/**
 * What a Run request covers: every checkpoint under the included nodes (a condition runs its whole
 * checkpoint, since conditions depend on each other), minus excluded checkpoints, in course order,
 * without duplicates.
 */
export function targetsFor(tree: readonly TestNode[], include: readonly string[] | undefined, exclude: readonly string[] = []): TestTarget[] {
  const all: TestTarget[] = [];
  const walk = (n: TestNode) => {
    if (n.kind === 'checkpoint') {
      const { lessonId, checkpointId } = parseTestId(n.id);
      const cp = checkpointId ? findCheckpoint(checkpointId) : undefined;
      if (lessonId && cp) all.push({ lessonId, checkpoint: cp });
      return;
    }
    n.children.forEach(walk);
  };
  tree.forEach(walk);
  const covers = (nodeId: string, t: TestTarget) => {
    const p = parseTestId(nodeId);
    if (p.lessonId === undefined) return t.lessonId.startsWith(`${p.chapterId}-`);
    if (p.lessonId !== t.lessonId) return false;
    return p.checkpointId === undefined || p.checkpointId === t.checkpoint.id;
  };
  const excluded = (t: TestTarget) => exclude.some((id) => {
    const p = parseTestId(id);
    // Excluding one condition does not exclude its checkpoint (the others still run).
    return p.conditionId === undefined && covers(id, t);
  });
  return all.filter((t) => (include === undefined || include.some((id) => covers(id, t))) && !excluded(t));
}

/** Groups targets by lesson, keeping course order. */
export function byLesson(targets: readonly TestTarget[]): { lessonId: string; checkpoints: Checkpoint[] }[] {
  const out: { lessonId: string; checkpoints: Checkpoint[] }[] = [];
  for (const t of targets) {
    let g = out.find((x) => x.lessonId === t.lessonId);
    if (!g) out.push((g = { lessonId: t.lessonId, checkpoints: [] }));
    g.checkpoints.push(t.checkpoint);
  }
  return out;
}
