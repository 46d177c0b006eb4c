/**
 * The learner's progress as one serialisable value, changed only by `reduceProgress`: checks run,
 * conditions failed (which drives the hint ladder), hints shown, quizzes passed, lessons passed and
 * reset. The VS Code adapter keeps it in globalState under PROGRESS_KEY; `decodeProgress` reads
 * whatever is stored there (nothing, the current format, an older format, or garbage) without throwing.
 */
import { lessonById } from './catalog';
import { findCheckpoint } from './checkpoints/index';
import type { CheckStatus, ConditionStatus } from './checkpoints/types';
import { findLesson } from './lessonIds';
import { isQuizPassRecord, quizCompletesLesson } from './quiz';
import { gradingCheckpoints } from './testTree';

/** globalState key of the progress value. */
export const PROGRESS_KEY = 'dockerCourse.progress';
/** Where an unreadable or newer-format value is kept before it is replaced, so nothing is lost silently. */
export const PROGRESS_BACKUP_KEY = 'dockerCourse.progress.unreadable';
export const PROGRESS_VERSION = 1;

/** Hint rungs: 1 the concept, 2 the flag or field, 3 the fix. */
export type HintLevel = 1 | 2 | 3;

export interface ConditionRecord {
  /** Failed checks of this condition since the lesson was (re)started. */
  failures: number;
  lastStatus: ConditionStatus;
  /** The highest hint rung the learner has been shown (0: none). */
  hintShown: 0 | HintLevel;
}

export interface CheckpointRecord {
  /** First time every condition passed (ISO time). */
  passedAt?: string;
  lastStatus: CheckStatus;
  lastRunAt: string;
}

export interface QuizRecord {
  passedAt: string;
  /** The question ids answered, so a rewritten quiz can be noticed. */
  questions: string[];
}

export interface LessonRecord {
  /** When the learner started (Open Lab) or restarted (Reset) the lesson; bounds event-based conditions. */
  startedAt?: string;
  lastActivityAt?: string;
  passedAt?: string;
  passedBy?: 'check' | 'quiz';
  /** Check runs that included this lesson. */
  checks: number;
  checkpoints: Record<string, CheckpointRecord>;
  /** Keyed `<checkpointId>/<conditionId>`. */
  conditions: Record<string, ConditionRecord>;
  quiz?: QuizRecord;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonRecord>;
  /** The lesson the learner last worked on (a command ran for it): the default of pickers. */
  lastLessonId?: string;
}

export interface CheckedCondition {
  id: string;
  status: ConditionStatus;
}

export interface CheckedCheckpoint {
  checkpointId: string;
  status: CheckStatus;
  conditions: CheckedCondition[];
}

export type ProgressEvent =
  /** A command ran for the lesson; `start` (Open Lab) also records the start if none is recorded. */
  | { type: 'activity'; lessonId: string; at: string; start?: boolean }
  | { type: 'checked'; lessonId: string; at: string; results: CheckedCheckpoint[] }
  | { type: 'hint-shown'; lessonId: string; key: string; level: HintLevel }
  | { type: 'quiz-passed'; lessonId: string; at: string; questions: string[] }
  /** Reset Lesson: attempts, hints and passes go; the quiz pass stays (it is knowledge, not lab state). */
  | { type: 'reset'; lessonId: string; at: string };

/** What completes a lesson. */
export interface LessonRule {
  lessonId: string;
  /** Registered checkpoints that grade it. */
  checkpoints: string[];
  /** Checkpoints the catalogue lists that this version cannot run (so a pass by checks is impossible). */
  unavailable: string[];
  /** `sufficient`: the quiz alone completes it; `required`: checks and quiz; `none`: no quiz. */
  quiz: 'none' | 'required' | 'sufficient';
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {} };
}

export function emptyLesson(): LessonRecord {
  return { checks: 0, checkpoints: {}, conditions: {} };
}

export const conditionKey = (checkpointId: string, conditionId: string): string => `${checkpointId}/${conditionId}`;

/** The rung a condition has reached: one more per failed check, capped at the fix. */
export function hintLevel(failures: number): 0 | HintLevel {
  if (failures <= 0) return 0;
  return failures >= 3 ? 3 : (failures as HintLevel);
}

/** The rule for a lesson from the catalogue and the checkpoint registry. */
export function lessonRule(lessonId: string): LessonRule {
  const lesson = lessonById(lessonId);
  const checkpoints = gradingCheckpoints(lessonId).map((c) => c.id);
  // A lesson whose chapter is not written yet: its registered checkpoints are all there is.
  if (!lesson) return { lessonId, checkpoints, unavailable: [], quiz: 'none' };
  const hasQuiz = !!lesson.quiz?.length;
  // Quiz ids (QZ-…) are answered through Take Quiz when the lesson carries its questions.
  const unavailable = lesson.checkpoints.filter((id) => !findCheckpoint(id) && !(hasQuiz && id.startsWith('QZ')));
  return { lessonId, checkpoints, unavailable, quiz: quizCompletesLesson(lesson) ? 'sufficient' : hasQuiz ? 'required' : 'none' };
}

/** Whether the record meets the rule now (passes are sticky; this only decides a new pass). */
export function meetsRule(record: LessonRecord, rule: LessonRule): { met: boolean; by?: 'check' | 'quiz' } {
  if (rule.quiz === 'sufficient' && record.quiz) return { met: true, by: 'quiz' };
  const checksDone = rule.checkpoints.length > 0 && rule.unavailable.length === 0 && rule.checkpoints.every((id) => record.checkpoints[id]?.passedAt);
  if (checksDone && (rule.quiz !== 'required' || record.quiz)) return { met: true, by: 'check' };
  return { met: false };
}

function settle(record: LessonRecord, rule: LessonRule, at: string): LessonRecord {
  if (record.passedAt) return record;
  const m = meetsRule(record, rule);
  return m.met ? { ...record, passedAt: at, passedBy: m.by } : record;
}

/**
 * The one way progress changes. Pure: the same state, event and rules give the same result; the
 * input is never mutated.
 */
export function reduceProgress(p: Progress, e: ProgressEvent, rules: (lessonId: string) => LessonRule = lessonRule): Progress {
  const before = p.lessons[e.lessonId] ?? emptyLesson();
  let after: LessonRecord;
  let lastLessonId = p.lastLessonId;
  switch (e.type) {
    case 'activity':
      after = { ...before, lastActivityAt: e.at, startedAt: before.startedAt ?? (e.start ? e.at : undefined) };
      lastLessonId = e.lessonId;
      break;
    case 'checked': {
      const checkpoints = { ...before.checkpoints };
      const conditions = { ...before.conditions };
      for (const r of e.results) {
        const prev = checkpoints[r.checkpointId];
        checkpoints[r.checkpointId] = {
          lastStatus: r.status,
          lastRunAt: e.at,
          passedAt: prev?.passedAt ?? (r.status === 'passed' ? e.at : undefined),
        };
        for (const c of r.conditions) {
          const key = conditionKey(r.checkpointId, c.id);
          const old = conditions[key] ?? { failures: 0, lastStatus: c.status, hintShown: 0 };
          const failures = old.failures + (c.status === 'failed' ? 1 : 0);
          // A failed condition's result carries the hint of its current rung, so that rung counts as shown.
          const shown = c.status === 'failed' ? Math.max(old.hintShown, hintLevel(failures)) : old.hintShown;
          conditions[key] = { failures, lastStatus: c.status, hintShown: shown as 0 | HintLevel };
        }
      }
      after = settle({ ...before, checks: before.checks + 1, lastActivityAt: e.at, checkpoints, conditions }, rules(e.lessonId), e.at);
      lastLessonId = e.lessonId;
      break;
    }
    case 'hint-shown': {
      const old = before.conditions[e.key] ?? { failures: 0, lastStatus: 'failed' as ConditionStatus, hintShown: 0 };
      after = { ...before, conditions: { ...before.conditions, [e.key]: { ...old, hintShown: Math.max(old.hintShown, e.level) as HintLevel } } };
      break;
    }
    case 'quiz-passed':
      after = settle({ ...before, lastActivityAt: e.at, quiz: { passedAt: e.at, questions: [...e.questions] } }, rules(e.lessonId), e.at);
      lastLessonId = e.lessonId;
      break;
    case 'reset': {
      const fresh: LessonRecord = { ...emptyLesson(), startedAt: e.at, lastActivityAt: e.at, quiz: before.quiz };
      after = before.quiz ? settle(fresh, rules(e.lessonId), before.quiz.passedAt) : fresh;
      lastLessonId = e.lessonId;
      break;
    }
  }
  return { ...p, lessons: { ...p.lessons, [e.lessonId]: after }, lastLessonId };
}

export function passedLessons(p: Progress): string[] {
  return Object.entries(p.lessons)
    .filter(([, r]) => r.passedAt)
    .map(([id]) => id)
    .sort();
}

// ---------------------------------------------------------------------------------------------
// Reading what is stored
// ---------------------------------------------------------------------------------------------

export interface DecodeOptions {
  /** Quiz passes stored by earlier versions under `dockerCourse.quiz.<lessonId>`, by lesson id. */
  legacyQuizzes?: Record<string, unknown>;
  /** The current question ids of a lesson's quiz (undefined: no quiz); a pass of a rewritten quiz is dropped. */
  currentQuiz?: (lessonId: string) => string[] | undefined;
}

export interface Decoded {
  progress: Progress;
  /** What was wrong with the stored value, in words for the log; undefined when it was fine or absent. */
  problem?: string;
  /** True when the stored value must be kept aside before being replaced (unreadable or newer). */
  backup: boolean;
  /** True when decoding changed something (migration or repair), so the result should be written back. */
  changed: boolean;
}

const STATUSES: readonly string[] = ['passed', 'failed', 'blocked', 'not-checkable'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const optTime = (v: unknown): string | undefined => (isTime(v) ? v : undefined);
/** Absent rather than undefined, as the value looks after a round trip through JSON (globalState). */
function withoutUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function sameQuestions(current: readonly string[] | undefined, stored: readonly string[]): boolean {
  return !!current && current.length > 0 && current.length === stored.length && current.every((q, i) => stored[i] === q);
}

function defaultCurrentQuiz(lessonId: string): string[] | undefined {
  const q = lessonById(lessonId)?.quiz;
  return q?.length ? q.map((x) => x.id) : undefined;
}

function decodeLesson(raw: unknown, dropped: string[], id: string): LessonRecord | undefined {
  if (!isObject(raw)) {
    dropped.push(`${id} (not a record)`);
    return undefined;
  }
  const r = emptyLesson();
  r.startedAt = optTime(raw.startedAt);
  r.lastActivityAt = optTime(raw.lastActivityAt);
  r.passedAt = optTime(raw.passedAt);
  if (r.passedAt) r.passedBy = raw.passedBy === 'quiz' ? 'quiz' : 'check';
  r.checks = typeof raw.checks === 'number' && Number.isInteger(raw.checks) && raw.checks >= 0 ? raw.checks : 0;
  if (isObject(raw.checkpoints)) {
    for (const [cp, v] of Object.entries(raw.checkpoints)) {
      if (!isObject(v) || !STATUSES.includes(String(v.lastStatus)) || !isTime(v.lastRunAt)) {
        dropped.push(`${id} ${cp}`);
        continue;
      }
      r.checkpoints[cp] = withoutUndefined({ lastStatus: v.lastStatus as CheckStatus, lastRunAt: v.lastRunAt, passedAt: optTime(v.passedAt) });
    }
  }
  if (isObject(raw.conditions)) {
    for (const [key, v] of Object.entries(raw.conditions)) {
      if (!isObject(v) || typeof v.failures !== 'number' || !(v.failures >= 0) || !STATUSES.includes(String(v.lastStatus))) {
        dropped.push(`${id} ${key}`);
        continue;
      }
      const shown = [0, 1, 2, 3].includes(v.hintShown as number) ? (v.hintShown as 0 | HintLevel) : 0;
      r.conditions[key] = { failures: Math.floor(v.failures), lastStatus: v.lastStatus as ConditionStatus, hintShown: shown };
    }
  }
  if (isObject(raw.quiz) && isTime(raw.quiz.passedAt) && Array.isArray(raw.quiz.questions) && raw.quiz.questions.every((q) => typeof q === 'string')) {
    r.quiz = { passedAt: raw.quiz.passedAt, questions: raw.quiz.questions as string[] };
  }
  return withoutUndefined(r);
}

/**
 * Reads a stored progress value. Never throws: a missing value is a fresh start; broken entries are
 * dropped one by one (the rest survives); a value that is not progress at all, or was written by a newer
 * version, gives a fresh start with `backup: true` so the adapter keeps it aside instead of losing it.
 */
export function decodeProgress(raw: unknown, o: DecodeOptions = {}): Decoded {
  const currentQuiz = o.currentQuiz ?? defaultCurrentQuiz;
  let value = raw;
  let changed = false;
  let problem: string | undefined;
  let backup = false;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
      changed = true;
    } catch {
      value = Symbol.for('unreadable');
    }
  }
  let progress = emptyProgress();
  if (value === undefined || value === null) {
    // Nothing stored yet.
  } else if (!isObject(value) || typeof value.version !== 'number') {
    problem = 'the stored progress is not in a format this extension knows; it was set aside and progress starts fresh';
    backup = true;
    changed = true;
  } else if (value.version > PROGRESS_VERSION) {
    problem = `the stored progress was written by a newer version of the extension (format ${value.version}); it was set aside, untouched, and progress starts fresh`;
    backup = true;
    changed = true;
  } else {
    const dropped: string[] = [];
    if (isObject(value.lessons)) {
      for (const [id, rec] of Object.entries(value.lessons)) {
        const d = decodeLesson(rec, dropped, id);
        if (d) progress.lessons[id] = d;
      }
    } else if (value.lessons !== undefined) dropped.push('the lesson table');
    if (typeof value.lastLessonId === 'string') progress.lastLessonId = value.lastLessonId;
    if (dropped.length) {
      problem = `some stored progress entries were unreadable and were dropped: ${dropped.join(', ')}`;
      changed = true;
    }
  }

  // Quiz passes recorded by earlier versions under their own keys move into this store.
  const lastBefore = progress.lastLessonId;
  for (const [lessonId, rec] of Object.entries(o.legacyQuizzes ?? {})) {
    if (!isQuizPassRecord(rec) || !isTime(rec.passedAt) || !sameQuestions(currentQuiz(lessonId), rec.questions)) continue;
    if (progress.lessons[lessonId]?.quiz) continue;
    progress = reduceProgress(progress, { type: 'quiz-passed', lessonId, at: rec.passedAt, questions: rec.questions });
    changed = true;
  }
  if (lastBefore) progress.lastLessonId = lastBefore;

  // A pass that rested on a quiz which has since been rewritten must be earned again.
  for (const [id, l] of Object.entries(progress.lessons)) {
    if (!l.quiz) continue;
    if (sameQuestions(currentQuiz(id), l.quiz.questions)) continue;
    const next: LessonRecord = { ...l, quiz: undefined };
    if (l.passedBy === 'quiz') {
      next.passedAt = undefined;
      next.passedBy = undefined;
    }
    progress.lessons[id] = next;
    changed = true;
  }
  return { progress, problem, backup, changed };
}

// ---------------------------------------------------------------------------------------------
// Reading progress for the UI
// ---------------------------------------------------------------------------------------------

export interface LessonSummary {
  lessonId: string;
  title: string;
  chapter: string;
  state: 'passed' | 'in-progress' | 'not-started';
  passedAt?: string;
  passedBy?: 'check' | 'quiz';
  checks: number;
  /** Failing conditions now, with the hint rung each has reached. */
  failing: { key: string; failures: number; hintShown: number }[];
  /** The highest hint rung shown for any condition of the lesson (0: no hints used). */
  maxHint: number;
  /** Conditions for which hints were shown, by rung. */
  hintsUsed: number;
  quizPassed: boolean;
}

export function summarizeLesson(p: Progress, lessonId: string): LessonSummary {
  const r = p.lessons[lessonId];
  const info = lessonById(lessonId) ?? findLesson(lessonId);
  const conds = Object.entries(r?.conditions ?? {});
  const state = r?.passedAt ? 'passed' : r && (r.checks > 0 || r.startedAt || r.quiz) ? 'in-progress' : 'not-started';
  return {
    lessonId,
    title: info?.title ?? lessonId,
    chapter: info?.chapter ?? lessonId.slice(0, 3),
    state,
    passedAt: r?.passedAt,
    passedBy: r?.passedBy,
    checks: r?.checks ?? 0,
    failing: conds.filter(([, c]) => c.lastStatus === 'failed').map(([key, c]) => ({ key, failures: c.failures, hintShown: c.hintShown })),
    maxHint: conds.reduce((m, [, c]) => Math.max(m, c.hintShown), 0),
    hintsUsed: conds.filter(([, c]) => c.hintShown > 0).length,
    quizPassed: !!r?.quiz,
  };
}

/**
 * Lessons whose engine events are worth keeping now: started (Open Lab or Reset), not passed, the most
 * recently worked on first, at most `max`. The engine itself keeps only 256 events, so the extension
 * records these lessons' events while they are open (graceful stops, execs, health changes, `down -v`).
 */
export function lessonsToFollow(p: Progress, max = 3): { lessonId: string; sinceMs: number }[] {
  return Object.entries(p.lessons)
    .filter(([, r]) => r.startedAt && !r.passedAt)
    .sort(([, a], [, b]) => Date.parse(b.lastActivityAt ?? b.startedAt!) - Date.parse(a.lastActivityAt ?? a.startedAt!))
    .slice(0, max)
    .map(([lessonId, r]) => ({ lessonId, sinceMs: Date.parse(r.startedAt!) }));
}
