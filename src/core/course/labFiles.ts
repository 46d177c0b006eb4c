import type { Lab, Lesson } from './types';
import { labFolder } from './types';

/** What Open Lab does with one starter file. */
export type LabFileAction = 'create' | 'identical' | 'differs';

export interface LabFilePlan {
  /** Path relative to the lab folder, with `/` separators (`app/Dockerfile`). */
  path: string;
  /** Where the file comes from, relative to the extension root. */
  source: string;
  /** Where it goes, relative to the workspace folder. */
  target: string;
  action: LabFileAction;
}

/** Rejects paths that could leave the lab folder (absolute, `..`, backslashes, empty segments). */
export function isSafeRelativePath(p: string): boolean {
  if (!p || p.startsWith('/') || p.includes('\\') || /^[A-Za-z]:/.test(p)) return false;
  return p.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

const decoder = new TextDecoder('utf-8');

function textOf(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Compares a starter file with the learner's copy. Identical bytes, or the same text with only
 * CRLF/LF line endings changed (an editor or Git on Windows), count as identical: nothing to ask.
 */
export function compareLabFile(starter: Uint8Array, existing: Uint8Array | undefined): LabFileAction {
  if (existing === undefined) return 'create';
  if (sameBytes(starter, existing)) return 'identical';
  return textOf(starter).replace(/\r\n/g, '\n') === textOf(existing).replace(/\r\n/g, '\n') ? 'identical' : 'differs';
}

export function starterSource(lessonId: string, file: string): string {
  return `${labFolder(lessonId)}/starter/${file}`;
}

export function solutionSource(lessonId: string, file: string): string {
  return `${labFolder(lessonId)}/solution/${file}`;
}

export function workspaceTarget(lab: Pick<Lab, 'workspaceFolder'>, file: string): string {
  return `${lab.workspaceFolder.replace(/\/+$/, '')}/${file}`;
}

/**
 * Plans Open Lab: for each starter file, where it comes from, where it goes and whether it is new,
 * already there unchanged, or there with the learner's changes (then the adapter shows a diff and asks).
 * `read` returns the learner's current bytes, or undefined when the file does not exist.
 */
export function planOpenLab(lesson: Pick<Lesson, 'id' | 'lab'>, starterBytes: (source: string) => Uint8Array, read: (target: string) => Uint8Array | undefined): LabFilePlan[] {
  const lab = lesson.lab;
  if (!lab) return [];
  return lab.starter.map((file) => {
    if (!isSafeRelativePath(file)) throw new Error(`Lab ${lesson.id} lists an unsafe starter path: ${file}`);
    const source = starterSource(lesson.id, file);
    const target = workspaceTarget(lab, file);
    return { path: file, source, target, action: compareLabFile(starterBytes(source), read(target)) };
  });
}

/** The file Open Lab shows when it is done: the first starter file (catalogues list the main file first). */
export function mainLabFile(lab: Lab): string | undefined {
  return lab.starter[0];
}

export interface SolutionPair {
  path: string;
  /** The reference file, relative to the extension root. */
  solution: string;
  /** The learner's file, relative to the workspace folder. */
  learner: string;
}

/** The files Solve compares: each solution file against the learner's file at the same relative path. */
export function solutionPairs(lesson: Pick<Lesson, 'id' | 'lab'>): SolutionPair[] {
  const lab = lesson.lab;
  if (!lab) return [];
  return lab.solution.map((file) => ({ path: file, solution: solutionSource(lesson.id, file), learner: workspaceTarget(lab, file) }));
}
