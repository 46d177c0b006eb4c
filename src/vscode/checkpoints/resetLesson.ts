import * as vscode from 'vscode';
import { lessonById } from '../../core/course/catalog';
import { PortError } from '../../core/course/checkpoints/types';
import { planOpenLab, starterSource, workspaceTarget, type LabFilePlan } from '../../core/course/labFiles';
import { resetSummary } from '../../core/course/resetPlan';
import { gradingCheckpoints } from '../../core/course/testTree';
import { applyReset, describePlan, planReset, type ResetPlan } from '../../docker/reset';
import { extensionFile, firstWorkspaceFolder, readIfExists, type CourseContext } from '../course/common';
import { courseLessons, pickLesson } from './pickLesson';
import { openSession } from './ports';
import { requireTrust, UNTRUSTED_MESSAGE } from './trust';

const RESET = 'Reset';
const RESET_AND_RESTORE = 'Reset and Restore Files…';

export interface ResetOutcome {
  lessonId: string;
  refused?: string;
  cancelled?: boolean;
  removed: string[];
  problems: string[];
  restoredFiles: boolean;
}

/** What Open Lab would do with each starter file now (nothing is written here). */
async function labFilePlan(ctx: CourseContext, lessonId: string): Promise<LabFilePlan[]> {
  const lesson = lessonById(lessonId);
  const folder = firstWorkspaceFolder();
  if (!lesson?.lab || !folder) return [];
  const starter = new Map<string, Uint8Array>();
  const existing = new Map<string, Uint8Array | undefined>();
  for (const file of lesson.lab.starter) {
    const source = starterSource(lesson.id, file);
    starter.set(source, await vscode.workspace.fs.readFile(extensionFile(ctx, source)));
    const target = workspaceTarget(lesson.lab, file);
    existing.set(target, await readIfExists(vscode.Uri.joinPath(folder.uri, ...target.split('/'))));
  }
  return planOpenLab(lesson, (s) => starter.get(s) ?? new Uint8Array(), (t) => existing.get(t));
}

/**
 * Reset Lesson: lists the Docker objects labelled `docker-course.lesson=<id>` and the lab files that
 * differ from the starter in one modal confirmation; removes only those objects; clears the lesson's
 * progress; and restores lab files only when asked, through Open Lab, which shows each file's diff and
 * asks before replacing it.
 */
export async function resetLesson(ctx: CourseContext, arg: unknown): Promise<ResetOutcome | undefined> {
  const candidates = courseLessons().filter((l) => lessonById(l.id)?.lab || gradingCheckpoints(l.id).length > 0);
  const lesson = await pickLesson(ctx, arg, candidates, 'Reset which lesson? (you will see what it removes first)', 'has no lab to reset.');
  if (!lesson) return undefined;
  const none = { lessonId: lesson.id, removed: [], problems: [], restoredFiles: false };
  if (!requireTrust('Reset Lesson')) return { ...none, refused: UNTRUSTED_MESSAGE };

  const session = openSession();
  let plan: ResetPlan | undefined;
  let problem: string | undefined;
  try {
    plan = await planReset(session, lesson.id, AbortSignal.timeout(10_000));
  } catch (e) {
    problem = e instanceof PortError ? e.failure.message : String(e);
    ctx.log.warn(`Reset ${lesson.id}: could not list its Docker objects: ${problem}`);
  }
  const files = await labFilePlan(ctx, lesson.id);
  const summary = resetSummary({ lessonId: lesson.id, objects: plan ? describePlan(plan) : undefined, objectsProblem: problem, files, record: ctx.progress.lesson(lesson.id) });
  if (summary.empty) {
    void vscode.window.showInformationMessage(`Docker Course: lesson ${lesson.id} has nothing to reset: no Docker objects carry its label, its lab files match the starter and it has no recorded progress.`);
    return none;
  }
  const buttons = summary.filesToRestore.length ? [RESET, RESET_AND_RESTORE] : [RESET];
  const choice = await vscode.window.showWarningMessage(summary.message, { modal: true, detail: summary.detail }, ...buttons);
  if (!choice) return { ...none, cancelled: true };

  const result = plan ? await applyReset(session, plan) : { removed: [], problems: [] };
  await ctx.progress.dispatch({ type: 'reset', lessonId: lesson.id, at: new Date().toISOString() });
  ctx.log.info(`Reset ${lesson.id}: removed ${result.removed.join(', ') || 'nothing'}${result.problems.length ? `; could not remove ${result.problems.join('; ')}` : ''}.`);

  let restoredFiles = false;
  if (choice === RESET_AND_RESTORE) {
    // Open Lab shows each changed file beside the starter and asks before replacing it.
    await vscode.commands.executeCommand('dockerCourse.openLab', lesson.id);
    restoredFiles = true;
  }
  const removed = result.removed.length ? `removed ${result.removed.join(', ')}` : 'no Docker objects removed';
  if (result.problems.length) {
    void vscode.window.showWarningMessage(`Docker Course: lesson ${lesson.id} reset, but some objects could not be removed: ${result.problems.join('; ')}. Stop what uses them, then reset again.`, 'Show Log').then((c) => c && ctx.log.show());
  } else if (!restoredFiles) {
    void vscode.window.showInformationMessage(`Docker Course: lesson ${lesson.id} reset (${removed}); its progress starts over now.`);
  }
  return { lessonId: lesson.id, removed: result.removed, problems: result.problems, restoredFiles };
}
