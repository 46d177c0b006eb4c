import * as vscode from 'vscode';
import { feedbackFor, gradeQuestion, plainText, quizCompletesLesson, shuffledOptions } from '../../core/course/quiz';
import type { QuizQuestion } from '../../core/course/types';
import { resolveLesson, type CourseContext } from './common';

type Item = vscode.QuickPickItem & { index: number };

/** Asks one question with QuickPick; returns the picked option indexes (a sequence for `order`), or undefined on cancel. */
async function ask(q: QuizQuestion, title: string): Promise<number[] | undefined> {
  const items: Item[] = q.options.map((o, index) => ({ label: plainText(o.text), index }));
  const prompt = plainText(q.prompt);
  if (q.kind === 'single') {
    const pick = await vscode.window.showQuickPick(items, { title, placeHolder: prompt, ignoreFocusOut: true });
    return pick ? [pick.index] : undefined;
  }
  if (q.kind === 'multiple') {
    const picks = await vscode.window.showQuickPick(items, { title: `${title} · pick every right answer, then OK`, placeHolder: prompt, canPickMany: true, ignoreFocusOut: true });
    return picks ? picks.map((p) => p.index) : undefined;
  }
  const remaining = shuffledOptions(q, Math.random).map((i) => items[i]);
  const sequence: number[] = [];
  while (remaining.length > 1) {
    const sofar = sequence.length ? `  ·  so far: ${sequence.map((i, n) => `${n + 1}. ${plainText(q.options[i].text)}`).join('  ')}` : '';
    const pick = await vscode.window.showQuickPick([...remaining], { title: `${title} · pick item ${sequence.length + 1} of ${q.options.length}${sofar}`, placeHolder: prompt, ignoreFocusOut: true });
    if (!pick) return undefined;
    sequence.push(pick.index);
    remaining.splice(remaining.indexOf(pick), 1);
  }
  sequence.push(remaining[0].index);
  return sequence;
}

/**
 * Take Quiz: asks the lesson's questions in order with QuickPick. After a wrong answer it explains
 * why (each wrong pick, each missed option). A run with every answer right is recorded in globalState;
 * when the quiz is what grades the lesson, the walkthrough step completes through its context key.
 */
export async function takeQuiz(ctx: CourseContext, arg: unknown): Promise<void> {
  const lesson = await resolveLesson(arg, (l) => !!l.quiz?.length, 'Take the quiz of which lesson?');
  if (!lesson?.quiz?.length) return;
  const questions = lesson.quiz;
  await ctx.progress.touch(lesson.id);
  let correct = 0;
  for (let n = 0; n < questions.length; n++) {
    const q = questions[n];
    const title = `${lesson.id} quiz · question ${n + 1} of ${questions.length}`;
    const picked = await ask(q, title);
    if (!picked) {
      void vscode.window.showInformationMessage(`Quiz ${lesson.id} stopped; nothing was recorded. Run it again whenever you are ready.`);
      return;
    }
    const grade = gradeQuestion(q, picked);
    if (grade.correct) {
      correct++;
      continue;
    }
    const last = n === questions.length - 1;
    const next = await vscode.window.showWarningMessage(
      `Question ${n + 1} of ${questions.length} is not right.`,
      { modal: true, detail: plainText(`${q.prompt}\n\n${feedbackFor(q, grade, picked).join('\n\n')}`) },
      last ? 'See Result' : 'Next Question',
    );
    if (!next) {
      void vscode.window.showInformationMessage(`Quiz ${lesson.id} stopped; nothing was recorded.`);
      return;
    }
  }
  if (correct < questions.length) {
    const choice = await vscode.window.showWarningMessage(`Quiz ${lesson.id}: ${correct} of ${questions.length} right. A pass needs all of them; reread the parts of the lesson the explanations pointed at, then retake it.`, 'Retake Quiz', 'Open Lesson');
    if (choice === 'Retake Quiz') await takeQuiz(ctx, lesson.id);
    if (choice === 'Open Lesson') await vscode.commands.executeCommand('dockerCourse.openLesson', lesson.id);
    return;
  }
  // The progress store decides whether this completes the lesson, and sets its walkthrough context key.
  const change = await ctx.progress.dispatch({ type: 'quiz-passed', lessonId: lesson.id, at: new Date().toISOString(), questions: questions.map((q) => q.id) });
  if (quizCompletesLesson(lesson) || change.after.passedAt) {
    void vscode.window.showInformationMessage(`Quiz ${lesson.id} passed: all ${questions.length} answers right. The lesson "${lesson.title}" is complete.`);
  } else {
    const others = lesson.checkpoints.filter((c) => !c.startsWith('QZ')).join(', ');
    void vscode.window.showInformationMessage(`Quiz ${lesson.id} passed: all ${questions.length} answers right. To complete the lesson, finish its lab and run Check (${others}).`);
  }
  ctx.log.info(`Quiz ${lesson.id} passed.`);
}
