import * as vscode from 'vscode';
import { hintFor, type HintAnswer } from '../../core/course/checkOutcome';
import { gradingCheckpoints } from '../../core/course/testTree';
import type { CourseContext } from '../course/common';
import { checkableLessons } from './checkLesson';
import { pickLesson } from './pickLesson';
import type { CourseTests } from './tests';

const RUNG_NAMES = ['the idea', 'the flag or field', 'the fix'];

/**
 * Show Hint: the hint for the first failing condition of the lesson's last check, on the rung that
 * condition has reached (one more per failed check: the idea, then the flag or field, then the fix).
 * The earlier rungs stay one click away. Works without Docker and in untrusted folders (it only reads
 * progress). Returns what it showed.
 */
export async function showHint(ctx: CourseContext, tests: CourseTests, arg: unknown, conditionKey?: unknown): Promise<HintAnswer | undefined> {
  const lesson = await pickLesson(ctx, arg, checkableLessons(), 'Show a hint for which lesson?', 'has no check, so there are no hints for it.');
  if (!lesson) return undefined;
  const answer = hintFor({
    results: tests.lastResults(lesson.id),
    record: ctx.progress.lesson(lesson.id),
    checkpoints: gradingCheckpoints(lesson.id),
    key: typeof conditionKey === 'string' ? conditionKey : undefined,
  });
  const check = () => vscode.commands.executeCommand('dockerCourse.checkLesson', lesson.id);
  if (answer.kind === 'no-check') {
    void vscode.window.showInformationMessage(`Docker Course: hints follow what the check finds, and ${lesson.id} has not been checked yet. Do the lab, then run Check.`, 'Check Now').then((c) => c && check());
    return answer;
  }
  if (answer.kind === 'nothing-failing') {
    void vscode.window.showInformationMessage(
      answer.lessonPassed ? `Docker Course: nothing of ${lesson.id} failed in its last check; the lesson is passed.` : `Docker Course: nothing of ${lesson.id} failed in its last check, so there is no hint to give. Run Check again after your next step.`,
      'Check Again',
    ).then((c) => c && check());
    return answer;
  }
  const { condition, level, rungs, failing } = answer;
  await ctx.progress.dispatch({ type: 'hint-shown', lessonId: lesson.id, key: condition.key, level });
  const text = `Hint ${level} of 3 (${RUNG_NAMES[level - 1]}) for "${condition.label}": ${rungs[level - 1] ?? 'no hint written for this condition.'}`;
  const buttons = ['Check Again'];
  if (level > 1) buttons.push('Earlier Hints');
  const others = failing.filter((f) => f.key !== condition.key);
  if (others.length) buttons.push('Other Failing Conditions…');
  void vscode.window.showInformationMessage(`Docker Course: ${text}`, ...buttons).then(async (choice) => {
    if (choice === 'Check Again') return check();
    if (choice === 'Earlier Hints') {
      return vscode.window.showInformationMessage(`Hints so far for "${condition.label}"`, { modal: true, detail: rungs.map((r, i) => `${i + 1}. ${RUNG_NAMES[i]}: ${r}`).join('\n\n') });
    }
    if (choice === 'Other Failing Conditions…') {
      const pick = await vscode.window.showQuickPick(
        others.map((f) => ({ label: f.label, description: `${f.checkpointId}${f.waiting ? ' · waits for another condition' : ''}`, key: f.key })),
        { placeHolder: `A hint for which failing condition of ${lesson.id}?` },
      );
      if (pick) return vscode.commands.executeCommand('dockerCourse.showHint', lesson.id, pick.key);
    }
    return undefined;
  });
  ctx.log.info(`Hint ${level} for ${lesson.id} ${condition.key}.`);
  return answer;
}
