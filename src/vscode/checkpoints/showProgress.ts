import * as vscode from 'vscode';
import type { Progress } from '../../core/course/progress';
import { renderProgress } from '../../core/course/progressReport';
import type { CourseContext } from '../course/common';

export const PROGRESS_SCHEME = 'docker-course-progress';
const PAGE = vscode.Uri.from({ scheme: PROGRESS_SCHEME, path: '/Docker Course progress.md' });

const localTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Serves the progress page and refreshes an open preview whenever progress changes. */
export function registerProgressPage(ctx: CourseContext): void {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  ctx.extension.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(PROGRESS_SCHEME, {
      onDidChange: changed.event,
      provideTextDocumentContent: () => renderProgress(ctx.progress.snapshot, localTime),
    }),
    ctx.progress.onDidChange(() => changed.fire(PAGE)),
  );
}

/** Show Progress: the passed lessons, when they passed, checks run and hint levels used, as a markdown page. */
export async function showProgress(ctx: CourseContext): Promise<Progress> {
  await vscode.commands.executeCommand('markdown.showPreview', PAGE);
  return ctx.progress.snapshot;
}
