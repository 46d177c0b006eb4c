import * as path from 'node:path';
import * as vscode from 'vscode';
import { lessonById } from '../../core/course/catalog';
import { defaultLesson, type FocusLesson } from '../../core/course/lessonFocus';
import { findLesson, lessonIds } from '../../core/course/lessonIds';
import { passedLessons } from '../../core/course/progress';
import { COURSE_SCHEME, type CourseContext } from '../course/common';

export interface PickableLesson extends FocusLesson {
  title: string;
}

/** Every lesson in course order, with its title (catalogue first, lessonIds.ts for chapters not written yet). */
export function courseLessons(): PickableLesson[] {
  return lessonIds.map((l) => {
    const lesson = lessonById(l.id);
    return { id: l.id, title: lesson?.title ?? l.title, workspaceFolder: lesson?.lab?.workspaceFolder };
  });
}

/** Where the active editor is, as the pure focus logic wants it. */
function activePaths(ctx: CourseContext): { workspacePath?: string; extensionPath?: string } {
  const uri = vscode.window.activeTextEditor?.document.uri ?? activeTabUri();
  if (!uri) return {};
  if (uri.scheme === COURSE_SCHEME) return { extensionPath: uri.path };
  if (uri.scheme !== 'file') return {};
  const ext = ctx.extension.extensionUri.fsPath;
  if (uri.fsPath.startsWith(ext + path.sep)) return { extensionPath: path.relative(ext, uri.fsPath).split(path.sep).join('/') };
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return folder ? { workspacePath: path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/') } : {};
}

/** A markdown preview of a lesson page has no text editor; its tab still names the file. */
function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom) return input.uri;
  if (input instanceof vscode.TabInputTextDiff) return input.modified;
  return undefined;
}

/**
 * The lesson a command acts on: the id it was given (walkthrough links pass one), or the learner's pick
 * among `candidates`, with the lesson in view (else the last one worked on) preselected.
 */
export async function pickLesson(ctx: CourseContext, arg: unknown, candidates: readonly PickableLesson[], placeHolder: string, nothing: string): Promise<PickableLesson | undefined> {
  if (typeof arg === 'string' && arg) {
    const id = arg.trim().toLowerCase();
    const hit = candidates.find((l) => l.id === id);
    if (hit) return hit;
    const known = findLesson(id);
    void vscode.window.showInformationMessage(
      known ? `Docker Course: lesson ${known.id} (${known.title}) ${nothing}` : `Docker Course: there is no lesson "${arg}" in this version of the course. Pick one from the walkthrough instead.`,
    );
    return undefined;
  }
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(`Docker Course: no lesson ${nothing}`);
    return undefined;
  }
  const progress = ctx.progress.snapshot;
  const passed = passedLessons(progress);
  const def = defaultLesson({ ...activePaths(ctx), lastLessonId: progress.lastLessonId, passed }, candidates);
  type Item = vscode.QuickPickItem & { lesson: PickableLesson };
  const items: Item[] = candidates.map((l) => ({
    label: `${l.id} · ${l.title}`,
    description: [passed.includes(l.id) ? '$(pass-filled) passed' : '', def?.id === l.id ? def.why : ''].filter(Boolean).join(' · ') || undefined,
    lesson: l,
  }));
  const qp = vscode.window.createQuickPick<Item>();
  qp.items = items;
  qp.placeholder = placeHolder;
  qp.matchOnDescription = true;
  qp.ignoreFocusOut = true;
  const preselected = items.find((i) => i.lesson.id === def?.id);
  if (preselected) qp.activeItems = [preselected];
  return new Promise<PickableLesson | undefined>((resolve) => {
    let picked: PickableLesson | undefined;
    qp.onDidAccept(() => {
      picked = qp.selectedItems[0]?.lesson ?? qp.activeItems[0]?.lesson;
      qp.hide();
    });
    qp.onDidHide(() => {
      qp.dispose();
      resolve(picked);
    });
    qp.show();
  });
}
