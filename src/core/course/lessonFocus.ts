/**
 * Which lesson the learner is looking at, for the default of lesson pickers: the lab folder of the
 * file in the active editor, a lesson page or lab file of the extension, else the lesson they last
 * worked on (any course command run for it, including the walkthrough's buttons).
 */

export interface FocusInput {
  /** The active editor's path relative to the workspace folder, `/`-separated (undefined when outside it). */
  workspacePath?: string;
  /** The active editor's path relative to the extension root, or the path of a `docker-course:` view. */
  extensionPath?: string;
  lastLessonId?: string;
  passed?: readonly string[];
}

export interface FocusLesson {
  id: string;
  /** The lab's folder in the learner's workspace (`labs/c03-l2`, `driftwood`). */
  workspaceFolder?: string;
}

const LESSON_ID = /^c\d\d-l\d+$/;

/** The lesson a path belongs to, when the path alone says so. */
export function lessonOfPath(i: Pick<FocusInput, 'workspacePath' | 'extensionPath'>, lessons: readonly FocusLesson[]): string | undefined {
  const known = (id: string | undefined) => (id && LESSON_ID.test(id) && lessons.some((l) => l.id === id) ? id : undefined);
  if (i.extensionPath) {
    const p = i.extensionPath.replace(/^\/+/, '');
    const page = /^walkthroughs\/c\d\d\/(c\d\d-l\d+)-[^/]+\.md$/.exec(p)?.[1];
    const lab = /^walkthroughs\/labs\/(c\d\d-l\d+)\//.exec(p)?.[1];
    const ref = /^reference\/(c\d\d-l\d+)\.md$/.exec(p)?.[1];
    const hit = known(page ?? lab ?? ref);
    if (hit) return hit;
  }
  if (i.workspacePath) {
    const p = i.workspacePath.replace(/^\/+/, '');
    const own = known(/^labs\/(c\d\d-l\d+)\//.exec(p)?.[1]);
    if (own) return own;
  }
  return undefined;
}

/**
 * The default lesson among `candidates` (lessons the command can act on, in course order), and why.
 * A shared lab folder (`driftwood/`, used by many lessons) points at the last lesson worked on among
 * those using it, else the first of them not passed yet.
 */
export function defaultLesson(i: FocusInput, candidates: readonly FocusLesson[]): { id: string; why: 'in view' | 'last worked on' } | undefined {
  const direct = lessonOfPath(i, candidates);
  if (direct) return { id: direct, why: 'in view' };
  if (i.workspacePath) {
    const p = i.workspacePath.replace(/^\/+/, '');
    const sharing = candidates.filter((l) => l.workspaceFolder && !l.workspaceFolder.startsWith('labs/') && (p === l.workspaceFolder || p.startsWith(`${l.workspaceFolder.replace(/\/+$/, '')}/`)));
    if (sharing.length) {
      const last = sharing.find((l) => l.id === i.lastLessonId);
      const open = sharing.find((l) => !i.passed?.includes(l.id));
      return { id: (last ?? open ?? sharing[sharing.length - 1]).id, why: 'in view' };
    }
  }
  if (i.lastLessonId && candidates.some((l) => l.id === i.lastLessonId)) return { id: i.lastLessonId, why: 'last worked on' };
  return undefined;
}
