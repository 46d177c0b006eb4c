import * as vscode from 'vscode';
import { solutionPairs } from '../../core/course/labFiles';
import { renderReferenceCommands } from '../../core/course/solve';
import { currentMode, firstWorkspaceFolder, readIfExists, readOnlyUri, resolveLesson, type CourseContext } from './common';

/**
 * Solve: shows the reference solution next to the learner's work and applies nothing. Each solution
 * file opens in a diff editor (the learner's file, or an empty page when it does not exist yet, against
 * the read-only reference); the reference commands of the terminal steps open as a markdown preview.
 */
export async function solveLesson(ctx: CourseContext, arg: unknown): Promise<void> {
  const lesson = await resolveLesson(arg, (l) => !!l.lab, 'Show the reference solution of which lesson?');
  if (!lesson?.lab) return;
  await ctx.progress.touch(lesson.id);
  const folder = firstWorkspaceFolder();
  const pairs = solutionPairs(lesson);
  for (const pair of pairs) {
    const mine = folder ? vscode.Uri.joinPath(folder.uri, ...pair.learner.split('/')) : undefined;
    const exists = mine ? (await readIfExists(mine)) !== undefined : false;
    const left = exists && mine ? mine : readOnlyUri(`empty/${pair.learner}`);
    const title = `${pair.path}: ${exists ? 'yours' : 'not created yet'} ↔ reference solution (${lesson.id})`;
    await vscode.commands.executeCommand('vscode.diff', left, readOnlyUri(pair.solution), title, { preview: false });
  }
  const mode = currentMode(ctx);
  const commands = renderReferenceCommands(lesson, mode);
  // Beside the diffs when there are any, so both stay visible; otherwise in the editor area.
  if (commands) await vscode.commands.executeCommand(pairs.length ? 'markdown.showPreviewToSide' : 'markdown.showPreview', readOnlyUri(`reference/${lesson.id}.md`, mode));
  if (!pairs.length && !commands) {
    void vscode.window.showInformationMessage(`Lesson ${lesson.id} has no reference files or commands to show.`);
    return;
  }
  const missing = pairs.length && !folder ? ' Open the folder that holds your lab to compare it with your own files.' : '';
  void vscode.window.showInformationMessage(`Reference solution of ${lesson.id} shown side by side; nothing was changed in your files. Copy what you need, then run Check.${missing}`);
}
