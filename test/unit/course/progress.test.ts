import * as assert from 'node:assert/strict';
import {
  decodeProgress,
  emptyProgress,
  hintLevel,
  lessonRule,
  meetsRule,
  passedLessons,
  PROGRESS_VERSION,
  reduceProgress,
  summarizeLesson,
  type CheckedCheckpoint,
  type LessonRule,
  type Progress,
  type ProgressEvent,
} from '../../../src/core/course/progress';

const T = (n: number) => new Date(Date.UTC(2026, 0, 1, 10, n)).toISOString();

/** A two-checkpoint lesson without a quiz, and a concept lesson graded by its quiz. */
const rules = (id: string): LessonRule =>
  id === 'c09-l1' ? { lessonId: id, checkpoints: ['RUN-03', 'RUN-04'], unavailable: [], quiz: 'none' } : { lessonId: id, checkpoints: [], unavailable: [], quiz: 'sufficient' };

const run = (p: Progress, ...events: ProgressEvent[]) => events.reduce((acc, e) => reduceProgress(acc, e, rules), p);

const checked = (at: number, results: CheckedCheckpoint[]): ProgressEvent => ({ type: 'checked', lessonId: 'c09-l1', at: T(at), results });
const cp = (checkpointId: string, conds: Record<string, 'passed' | 'failed' | 'blocked' | 'not-checkable'>): CheckedCheckpoint => {
  const statuses = Object.values(conds);
  const status = statuses.includes('blocked') ? 'blocked' : statuses.includes('failed') ? 'failed' : 'passed';
  return { checkpointId, status, conditions: Object.entries(conds).map(([id, s]) => ({ id, status: s })) };
};

describe('progress reducer', () => {
  it('climbs the hint ladder one rung per failed check of a condition, capped at 3', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 9].map(hintLevel), [0, 1, 2, 3, 3, 3]);
    let p = emptyProgress();
    for (let i = 1; i <= 4; i++) p = run(p, checked(i, [cp('RUN-03', { exists: 'passed', running: 'failed' })]));
    const c = p.lessons['c09-l1'].conditions['RUN-03/running'];
    assert.deepEqual(c, { failures: 4, lastStatus: 'failed', hintShown: 3 });
    assert.equal(p.lessons['c09-l1'].conditions['RUN-03/exists'].failures, 0);
    assert.equal(p.lessons['c09-l1'].checks, 4);
  });

  it('counts only failures: blocked and not-checkable runs do not raise the hint level', () => {
    const p = run(emptyProgress(), checked(1, [cp('RUN-03', { running: 'blocked' })]), checked(2, [cp('RUN-03', { running: 'not-checkable' })]), checked(3, [cp('RUN-03', { running: 'failed' })]));
    assert.deepEqual(p.lessons['c09-l1'].conditions['RUN-03/running'], { failures: 1, lastStatus: 'failed', hintShown: 1 });
  });

  it('passes a lesson once every checkpoint has passed, even in separate runs, and keeps the first pass time', () => {
    let p = run(emptyProgress(), checked(1, [cp('RUN-03', { a: 'passed' }), cp('RUN-04', { b: 'failed' })]));
    assert.equal(p.lessons['c09-l1'].passedAt, undefined);
    p = run(p, checked(2, [cp('RUN-04', { b: 'passed' })]));
    assert.equal(p.lessons['c09-l1'].passedAt, T(2));
    assert.equal(p.lessons['c09-l1'].passedBy, 'check');
    p = run(p, checked(3, [cp('RUN-03', { a: 'failed' })]));
    assert.equal(p.lessons['c09-l1'].passedAt, T(2), 'a later failure does not take a pass back');
    assert.deepEqual(passedLessons(p), ['c09-l1']);
  });

  it('records attempts and the start; Open Lab keeps the first start', () => {
    const p = run(
      emptyProgress(),
      { type: 'activity', lessonId: 'c09-l1', at: T(1), start: true },
      { type: 'activity', lessonId: 'c09-l1', at: T(5), start: true },
      { type: 'activity', lessonId: 'c09-l2', at: T(6) },
    );
    assert.equal(p.lessons['c09-l1'].startedAt, T(1));
    assert.equal(p.lessons['c09-l1'].lastActivityAt, T(5));
    assert.equal(p.lessons['c09-l2'].startedAt, undefined, 'running a step does not start the lesson clock');
    assert.equal(p.lastLessonId, 'c09-l2');
  });

  it('records hints shown (never lowering the level)', () => {
    let p = run(emptyProgress(), { type: 'hint-shown', lessonId: 'c09-l1', key: 'RUN-03/env', level: 2 });
    p = run(p, { type: 'hint-shown', lessonId: 'c09-l1', key: 'RUN-03/env', level: 1 });
    assert.equal(p.lessons['c09-l1'].conditions['RUN-03/env'].hintShown, 2);
  });

  it('a quiz completes a lesson graded by its quiz', () => {
    const p = run(emptyProgress(), { type: 'quiz-passed', lessonId: 'c09-l2', at: T(4), questions: ['q1', 'q2'] });
    assert.equal(p.lessons['c09-l2'].passedAt, T(4));
    assert.equal(p.lessons['c09-l2'].passedBy, 'quiz');
  });

  it('reset clears attempts, hints and the pass, restarts the clock, and keeps a quiz pass', () => {
    let p = run(emptyProgress(), checked(1, [cp('RUN-03', { a: 'failed' })]), checked(2, [cp('RUN-03', { a: 'passed' }), cp('RUN-04', { b: 'passed' })]));
    assert.ok(p.lessons['c09-l1'].passedAt);
    p = run(p, { type: 'reset', lessonId: 'c09-l1', at: T(9) });
    assert.deepEqual(p.lessons['c09-l1'], { checks: 0, checkpoints: {}, conditions: {}, startedAt: T(9), lastActivityAt: T(9), quiz: undefined });
    let q = run(emptyProgress(), { type: 'quiz-passed', lessonId: 'c09-l2', at: T(1), questions: ['q1'] }, { type: 'reset', lessonId: 'c09-l2', at: T(2) });
    assert.equal(q.lessons['c09-l2'].passedAt, T(1), 'a lesson graded by its quiz stays passed: the quiz pass is kept');
    q = run(q, { type: 'reset', lessonId: 'c09-l2', at: T(3) });
    assert.equal(q.lessons['c09-l2'].quiz?.passedAt, T(1));
  });

  it('never mutates its input', () => {
    const p = run(emptyProgress(), checked(1, [cp('RUN-03', { a: 'failed' })]));
    const frozen = JSON.stringify(p);
    run(p, checked(2, [cp('RUN-03', { a: 'failed' })]), { type: 'reset', lessonId: 'c09-l1', at: T(3) });
    assert.equal(JSON.stringify(p), frozen);
  });
});

describe('lesson rules from the catalogue', () => {
  it('a hands-on lesson needs all its registered checkpoints', () => {
    assert.deepEqual(lessonRule('c00-l1'), { lessonId: 'c00-l1', checkpoints: ['ENV-01', 'ENV-03'], unavailable: [], quiz: 'none' });
  });

  it('a concept lesson is completed by its quiz', () => {
    assert.equal(lessonRule('c01-l2').quiz, 'sufficient');
  });

  it('a lesson of a chapter not written yet is graded by its registered checkpoints', () => {
    assert.deepEqual(lessonRule('c03-l2'), { lessonId: 'c03-l2', checkpoints: ['RUN-03'], unavailable: [], quiz: 'none' });
  });

  it('a listed checkpoint this version lacks keeps the lesson from passing by checks', () => {
    const rule: LessonRule = { lessonId: 'x', checkpoints: ['RUN-03'], unavailable: ['LV-ECO'], quiz: 'required' };
    const record = { checks: 1, checkpoints: { 'RUN-03': { passedAt: T(1), lastStatus: 'passed' as const, lastRunAt: T(1) } }, conditions: {}, quiz: { passedAt: T(1), questions: ['a'] } };
    assert.equal(meetsRule(record, rule).met, false);
    assert.equal(meetsRule(record, { ...rule, unavailable: [] }).met, true);
    assert.equal(meetsRule({ ...record, quiz: undefined }, { ...rule, unavailable: [] }).met, false, 'a required quiz must be passed too');
  });
});

describe('decoding stored progress', () => {
  const quizOf = (id: string) => (id === 'c09-l2' ? ['q1', 'q2'] : undefined);

  it('starts fresh when nothing is stored', () => {
    const d = decodeProgress(undefined, { currentQuiz: quizOf });
    assert.deepEqual(d, { progress: { version: PROGRESS_VERSION, lessons: {} }, problem: undefined, backup: false, changed: false });
  });

  it('reads back what it wrote', () => {
    const p = run(emptyProgress(), checked(1, [cp('RUN-03', { a: 'failed' })]), { type: 'hint-shown', lessonId: 'c09-l1', key: 'RUN-03/a', level: 1 });
    const stored = JSON.parse(JSON.stringify(p));
    const d = decodeProgress(stored, { currentQuiz: quizOf });
    assert.deepEqual(d.progress, stored);
    assert.equal(d.changed, false);
  });

  it('sets aside a value that is not progress at all, or is unparseable text', () => {
    for (const raw of [42, 'not json{', [1, 2], { lessons: {} }]) {
      const d = decodeProgress(raw, { currentQuiz: quizOf });
      assert.deepEqual(d.progress, emptyProgress(), JSON.stringify(raw));
      assert.equal(d.backup, true);
      assert.match(d.problem ?? '', /not in a format/);
    }
  });

  it('never overwrites progress from a newer version without setting it aside', () => {
    const d = decodeProgress({ version: PROGRESS_VERSION + 1, lessons: { 'c09-l1': {} } }, { currentQuiz: quizOf });
    assert.equal(d.backup, true);
    assert.match(d.problem ?? '', /newer version/);
  });

  it('drops broken entries one by one and keeps the rest', () => {
    const raw = {
      version: 1,
      lastLessonId: 'c09-l1',
      lessons: {
        'c09-l1': {
          passedAt: T(1),
          checks: 3,
          checkpoints: { 'RUN-03': { lastStatus: 'passed', lastRunAt: T(1), passedAt: T(1) }, 'RUN-04': { lastStatus: 'exploded', lastRunAt: T(1) } },
          conditions: { 'RUN-03/a': { failures: 2, lastStatus: 'passed', hintShown: 2 }, 'RUN-03/b': { failures: -1, lastStatus: 'failed' } },
        },
        'c09-l3': 'garbage',
      },
    };
    const d = decodeProgress(raw, { currentQuiz: quizOf });
    assert.equal(d.backup, false);
    assert.equal(d.changed, true);
    assert.match(d.problem ?? '', /c09-l1 RUN-04.*c09-l1 RUN-03\/b.*c09-l3/);
    assert.deepEqual(Object.keys(d.progress.lessons), ['c09-l1']);
    assert.equal(d.progress.lessons['c09-l1'].passedAt, T(1));
    assert.deepEqual(Object.keys(d.progress.lessons['c09-l1'].checkpoints), ['RUN-03']);
    assert.deepEqual(d.progress.lessons['c09-l1'].conditions, { 'RUN-03/a': { failures: 2, lastStatus: 'passed', hintShown: 2 } });
    assert.equal(d.progress.lastLessonId, 'c09-l1');
  });

  it('reads a JSON string (a value written by hand) as progress', () => {
    const d = decodeProgress(JSON.stringify({ version: 1, lessons: {} }), { currentQuiz: quizOf });
    assert.deepEqual(d.progress, emptyProgress());
    assert.equal(d.backup, false);
  });

  it('moves quiz passes from the old per-quiz keys in, if the quiz is unchanged', () => {
    const d = decodeProgress(undefined, {
      currentQuiz: (id) => (id === 'c01-l2' ? ['a', 'b'] : id === 'c01-l5' ? ['x'] : undefined),
      legacyQuizzes: { 'c01-l2': { passedAt: T(1), questions: ['a', 'b'] }, 'c01-l5': { passedAt: T(2), questions: ['old'] }, 'c01-l4': 'junk' },
    });
    assert.equal(d.changed, true);
    assert.equal(d.progress.lessons['c01-l2'].quiz?.passedAt, T(1));
    assert.equal(d.progress.lessons['c01-l2'].passedAt, T(1), 'c01-l2 is a concept lesson: its quiz completes it');
    assert.equal(d.progress.lessons['c01-l5'], undefined, 'a pass of a rewritten quiz is not carried over');
  });

  it('drops a quiz pass (and the lesson pass resting on it) when the quiz was rewritten', () => {
    const raw = { version: 1, lessons: { 'c09-l2': { passedAt: T(1), passedBy: 'quiz', checks: 0, checkpoints: {}, conditions: {}, quiz: { passedAt: T(1), questions: ['q1'] } } } };
    const d = decodeProgress(raw, { currentQuiz: quizOf });
    assert.equal(d.progress.lessons['c09-l2'].quiz, undefined);
    assert.equal(d.progress.lessons['c09-l2'].passedAt, undefined);
  });
});

describe('lesson summaries', () => {
  it('say what state a lesson is in, what is failing and which hint rungs were used', () => {
    let p = run(emptyProgress(), checked(1, [cp('RUN-03', { a: 'failed', b: 'passed' })]), checked(2, [cp('RUN-03', { a: 'failed', b: 'passed' })]));
    let s = summarizeLesson(p, 'c09-l1');
    assert.equal(s.state, 'in-progress');
    assert.deepEqual(s.failing, [{ key: 'RUN-03/a', failures: 2, hintShown: 2 }]);
    assert.equal(s.maxHint, 2);
    assert.equal(s.hintsUsed, 1);
    p = run(p, checked(3, [cp('RUN-03', { a: 'passed', b: 'passed' }), cp('RUN-04', { c: 'passed' })]));
    s = summarizeLesson(p, 'c09-l1');
    assert.equal(s.state, 'passed');
    assert.equal(s.passedAt, T(3));
    assert.equal(summarizeLesson(p, 'c00-l1').state, 'not-started');
  });
});

describe('lessons whose events are kept', () => {
  it('follows started, unpassed lessons, most recent first, at most three', async () => {
    const { lessonsToFollow } = await import('../../../src/core/course/progress');
    let p = emptyProgress();
    for (const [id, min] of [['c09-l3', 1], ['c09-l4', 2], ['c09-l5', 3], ['c09-l6', 4]] as const) p = run(p, { type: 'activity', lessonId: id, at: T(min), start: true });
    p = run(p, { type: 'activity', lessonId: 'c09-l7', at: T(5) });
    p = run(p, { type: 'activity', lessonId: 'c09-l3', at: T(6) });
    assert.deepEqual(lessonsToFollow(p), [
      { lessonId: 'c09-l3', sinceMs: Date.parse(T(1)) },
      { lessonId: 'c09-l6', sinceMs: Date.parse(T(4)) },
      { lessonId: 'c09-l5', sinceMs: Date.parse(T(3)) },
    ]);
    p = run(p, { type: 'quiz-passed', lessonId: 'c09-l2', at: T(7), questions: [] }, { type: 'activity', lessonId: 'c09-l2', at: T(8), start: true });
    assert.ok(!lessonsToFollow(p, 9).some((l) => l.lessonId === 'c09-l2'), 'a passed lesson is not followed');
    p = run(p, { type: 'reset', lessonId: 'c09-l4', at: T(9) });
    assert.deepEqual(lessonsToFollow(p, 1), [{ lessonId: 'c09-l4', sinceMs: Date.parse(T(9)) }], 'a reset restarts the lesson now');
  });
});
