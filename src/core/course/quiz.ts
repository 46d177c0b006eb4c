import type { Lesson, QuizQuestion } from './types';

/** globalState key under which a passed quiz is recorded. */
export function quizStateKey(lessonId: string): string {
  return `dockerCourse.quiz.${lessonId}`;
}

/** The context key that completes a lesson's walkthrough step (`onContext:dockerCourse.pass.<id>`). */
export function passContextKey(lessonId: string): string {
  return `dockerCourse.pass.${lessonId}`;
}

/** What is stored when a quiz is passed. */
export interface QuizPassRecord {
  passedAt: string;
  /** The question ids answered, so a later change to the quiz can be noticed. */
  questions: string[];
}

export function isQuizPassRecord(value: unknown): value is QuizPassRecord {
  const v = value as QuizPassRecord | undefined;
  return !!v && typeof v.passedAt === 'string' && Array.isArray(v.questions) && v.questions.every((q) => typeof q === 'string');
}

/** True when the record still matches the lesson's current questions (a rewritten quiz must be retaken). */
export function recordMatches(lesson: Pick<Lesson, 'quiz'>, record: unknown): boolean {
  if (!isQuizPassRecord(record)) return false;
  const ids = (lesson.quiz ?? []).map((q) => q.id);
  return ids.length > 0 && ids.length === record.questions.length && ids.every((id, i) => record.questions[i] === id);
}

/**
 * Whether passing the quiz completes the lesson. Concept lessons are graded by their quiz, and so is
 * any lesson whose only checkpoints are quizzes (QZ-…). A hands-on lesson with a chapter quiz needs
 * its other checkpoints too; the quiz pass is recorded for the checkpoint engine to combine.
 */
export function quizCompletesLesson(lesson: Pick<Lesson, 'concept' | 'checkpoints' | 'quiz'>): boolean {
  if (!lesson.quiz?.length) return false;
  return lesson.concept || lesson.checkpoints.every((c) => c.startsWith('QZ'));
}

export interface QuestionGrade {
  correct: boolean;
  /** Options picked that are not right (single and multiple). */
  wrongPicks: number[];
  /** Right options not picked (multiple, and the right one for single). */
  missed: number[];
  /** For order questions: positions (0-based) where the learner's sequence differs from the answer. */
  misplaced: number[];
}

/**
 * Grades one answer. `picked` is the chosen option indexes; for `order` questions it is the sequence
 * the learner built, first to last.
 */
export function gradeQuestion(q: QuizQuestion, picked: readonly number[]): QuestionGrade {
  if (q.kind === 'order') {
    const misplaced: number[] = [];
    for (let i = 0; i < q.answer.length; i++) if (picked[i] !== q.answer[i]) misplaced.push(i);
    const correct = misplaced.length === 0 && picked.length === q.answer.length;
    return { correct, wrongPicks: [], missed: [], misplaced };
  }
  const right = new Set(q.answer);
  const chosen = new Set(picked);
  const wrongPicks = [...chosen].filter((i) => !right.has(i)).sort((a, b) => a - b);
  const missed = q.answer.filter((i) => !chosen.has(i));
  return { correct: wrongPicks.length === 0 && missed.length === 0, wrongPicks, missed, misplaced: [] };
}

/** Explanations for a wrong answer: why each wrong pick is wrong, why each missed option is right. */
export function feedbackFor(q: QuizQuestion, grade: QuestionGrade, picked: readonly number[]): string[] {
  if (grade.correct) return [];
  const lines: string[] = [];
  if (q.kind === 'order') {
    lines.push(`The right order is: ${q.answer.map((i, n) => `${n + 1}. ${q.options[i].text}`).join('  ')}`);
    for (const pos of grade.misplaced) {
      const option = picked[pos];
      if (option === undefined) continue;
      lines.push(`You put "${q.options[option].text}" at position ${pos + 1}: ${q.options[option].explanation}`);
    }
    return lines;
  }
  for (const i of grade.wrongPicks) lines.push(`"${q.options[i].text}" is not right: ${q.options[i].explanation}`);
  for (const i of grade.missed) lines.push(`${q.kind === 'single' ? 'The right answer is' : 'You missed'} "${q.options[i].text}": ${q.options[i].explanation}`);
  return lines;
}

export interface QuizResult {
  passed: boolean;
  correct: number;
  total: number;
  wrong: { questionId: string; feedback: string[] }[];
}

/** Grades a whole run; a pass needs every question right. */
export function gradeQuiz(questions: readonly QuizQuestion[], answers: ReadonlyMap<string, readonly number[]>): QuizResult {
  const wrong: QuizResult['wrong'] = [];
  let correct = 0;
  for (const q of questions) {
    const picked = answers.get(q.id) ?? [];
    const grade = gradeQuestion(q, picked);
    if (grade.correct) correct++;
    else wrong.push({ questionId: q.id, feedback: feedbackFor(q, grade, picked) });
  }
  return { passed: questions.length > 0 && correct === questions.length, correct, total: questions.length, wrong };
}

/**
 * A presentation order for an ordering question's options that is not already the answer (otherwise
 * the learner could just pick top to bottom). `random` returns numbers in [0, 1), like Math.random.
 */
export function shuffledOptions(q: QuizQuestion, random: () => number): number[] {
  const order = q.options.map((_, i) => i);
  if (order.length < 2) return order;
  for (let attempt = 0; attempt < 8; attempt++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    if (q.kind !== 'order' || order.some((o, i) => o !== q.answer[i])) return order;
  }
  // The random source kept producing the answer: rotate by one, which always differs for n ≥ 2.
  return q.answer.slice(1).concat(q.answer[0]);
}

/** Quiz text for places that show plain text (QuickPick, dialogs): markdown code quotes removed. */
export function plainText(s: string): string {
  return s.replace(/`([^`]*)`/g, '$1');
}
