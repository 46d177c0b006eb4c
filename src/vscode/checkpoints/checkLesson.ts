import * as vscode from 'vscode';
import { allLessons, lessonById } from '../../core/course/catalog';
import { runVerdict, type RunVerdict } from '../../core/course/checkOutcome';
import type { CheckResult } from '../../core/course/checkpoints/types';
import { SETUP_LESSON, actionsFor } from '../../core/course/daemonStatus';
import { lessonRule } from '../../core/course/progress';
import { gradingCheckpoints } from '../../core/course/testTree';
import type { CourseContext } from '../course/common';
import { courseLessons, pickLesson } from './pickLesson';
import type { CourseTests } from './tests';
import { requireTrust, UNTRUSTED_MESSAGE } from './trust';

export interface CheckLessonResult {
  lessonId: string;
  refused?: string;
  verdict?: RunVerdict;
  results: CheckResult[];
  lessonPassed: boolean;
  newlyPassed: boolean;
}

/** Lessons Check Lesson can act on: those with at least one registered checkpoint. */
export function checkableLessons() {
  return courseLessons().filter((l) => gradingCheckpoints(l.id).length > 0);
}

/**
 * Check Lesson: runs the lesson's checkpoints against the learner's engine through the test controller
 * (so Test Explorer shows every condition) and sums up in one notification: passed, what failed first
 * with its hint, or why nothing could be checked. Returns the outcome; notifications are not awaited.
 */
export async function checkLesson(ctx: CourseContext, tests: CourseTests, arg: unknown): Promise<CheckLessonResult | undefined> {
  if (typeof arg === 'string' && lessonById(arg)?.quiz?.length && gradingCheckpoints(arg).length === 0) {
    void vscode.window.showInformationMessage(`Docker Course: lesson ${arg} is graded by its quiz, not by a check of your engine.`, 'Take Quiz').then((c) => c && vscode.commands.executeCommand('dockerCourse.takeQuiz', arg));
    return undefined;
  }
  const lesson = await pickLesson(ctx, arg, checkableLessons(), 'Check which lesson against your Docker engine?', 'has no check in this version of the course.');
  if (!lesson) return undefined;
  if (!requireTrust('Check Lesson')) return { lessonId: lesson.id, refused: UNTRUSTED_MESSAGE, results: [], lessonPassed: false, newlyPassed: false };

  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Docker Course: checking ${lesson.id} against your Docker engine`, cancellable: true },
    (_p, token) => tests.checkLesson(lesson.id, token),
  );
  const run = outcome.lessons.find((l) => l.lessonId === lesson.id);
  const results = run?.results ?? [];
  const record = ctx.progress.lesson(lesson.id);
  const result: CheckLessonResult = {
    lessonId: lesson.id,
    refused: outcome.refused,
    verdict: results.length ? runVerdict(results) : undefined,
    results,
    lessonPassed: !!record?.passedAt,
    newlyPassed: !!run?.change?.newlyPassed,
  };
  if (result.verdict) announce(ctx, lesson.id, result, tests);
  return result;
}

function nextLesson(lessonId: string): string | undefined {
  const all = allLessons();
  const i = all.findIndex((l) => l.id === lessonId);
  return i >= 0 ? all[i + 1]?.id : undefined;
}

function announce(ctx: CourseContext, lessonId: string, r: CheckLessonResult, tests: CourseTests): void {
  const v = r.verdict!;
  const again = () => vscode.commands.executeCommand('dockerCourse.checkLesson', lessonId);
  switch (v.kind) {
    case 'passed': {
      const skipped = v.skipped ? ` (${v.skipped} could not be checked on this machine)` : '';
      const rule = lessonRule(lessonId);
      if (r.newlyPassed) {
        const next = nextLesson(lessonId);
        void vscode.window
          .showInformationMessage(`Lesson ${lessonId} passed: all ${v.passedConditions} conditions hold${skipped}. Its walkthrough step is ticked.`, ...(next ? [`Open ${next}`] : []), 'Show Progress')
          .then((c) => (c === 'Show Progress' ? vscode.commands.executeCommand('dockerCourse.showProgress') : c && next ? vscode.commands.executeCommand('dockerCourse.openLesson', next) : undefined));
      } else if (!r.lessonPassed && rule.quiz === 'required' && !ctx.progress.lesson(lessonId)?.quiz) {
        void vscode.window.showInformationMessage(`Every check of ${lessonId} passes${skipped}. Take its quiz to complete the lesson.`, 'Take Quiz').then((c) => c && vscode.commands.executeCommand('dockerCourse.takeQuiz', lessonId));
      } else if (!r.lessonPassed && rule.unavailable.length) {
        void vscode.window.showInformationMessage(`Every check of ${lessonId} that this version has passes${skipped}. The lesson also lists ${rule.unavailable.join(', ')}, which this version cannot check yet, so it cannot be marked complete.`);
      } else if (!r.lessonPassed) {
        void vscode.window.showInformationMessage(`Every condition of ${lessonId} that could be checked passes${skipped}, but a checkpoint that cannot be judged on this machine keeps the lesson from being marked complete here.`);
      } else void vscode.window.showInformationMessage(`Lesson ${lessonId}: all ${v.passedConditions} conditions still hold${skipped}.`);
      return;
    }
    case 'failed': {
      const c = v.first.result;
      const text = `${lessonId}: ${v.failed} of ${v.total} conditions failed. First: "${c.label}": expected ${c.expected}, found ${c.actual}.`;
      void vscode.window.showWarningMessage(text, 'Show Hint', 'Show Results', 'Check Again').then((choice) => {
        if (choice === 'Show Hint') return vscode.commands.executeCommand('dockerCourse.showHint', lessonId);
        if (choice === 'Show Results') return revealResults(tests, lessonId);
        if (choice === 'Check Again') return again();
        return undefined;
      });
      return;
    }
    case 'blocked': {
      const actions = ['Retry', 'Show Log'];
      const failure = r.results.flatMap((x) => x.conditions).find((c) => c.status === 'blocked')?.failure;
      if (failure && actionsFor(failure).includes('openSetupLesson')) actions.push('Open Setup Lesson');
      ctx.log.warn(`Check ${lessonId} could not run: ${v.reason}${failure?.detail ? ` [${failure.detail}]` : ''}`);
      void vscode.window.showErrorMessage(`Docker Course: ${lessonId} was not checked. ${v.reason}`, ...actions).then((choice) => {
        if (choice === 'Retry') return again();
        if (choice === 'Show Log') return ctx.log.show();
        if (choice === 'Open Setup Lesson') return vscode.commands.executeCommand('dockerCourse.openLesson', SETUP_LESSON);
        return undefined;
      });
      return;
    }
    case 'not-checkable':
      void vscode.window.showInformationMessage(`Docker Course: ${lessonId} cannot be checked on this machine: ${v.reason}.`);
      return;
  }
}

async function revealResults(tests: CourseTests, lessonId: string): Promise<void> {
  await vscode.commands.executeCommand('workbench.view.testing.focus');
  const item = tests.item(lessonId);
  if (item) await vscode.commands.executeCommand('vscode.revealTestInExplorer', item);
}
