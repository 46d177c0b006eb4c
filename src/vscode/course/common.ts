import * as vscode from 'vscode';
import { allLessons, lessonById } from '../../core/course/catalog';
import { effectiveMode, PROBED_MODE_KEY, type CourseMode } from '../../core/course/mode';
import type { Lesson } from '../../core/course/types';
import { courseModeSetting } from '../config';
import type { ProgressStore } from '../progress';

export interface CourseContext {
  extension: vscode.ExtensionContext;
  log: vscode.LogOutputChannel;
  /** The learner's progress: lesson activity, checks, hints, quiz and lesson passes. */
  progress: ProgressStore;
}

/** URI scheme for read-only views of the extension's lab files and generated pages (Solve, Open Lab diffs). */
export const COURSE_SCHEME = 'docker-course';

/** Registers a command with one error wrapper: log the stack, show one line with "Show Log", stay quiet on cancel. */
export function registerCourseCommand(ctx: CourseContext, id: string, what: string, run: (...args: unknown[]) => Promise<unknown> | unknown): void {
  ctx.extension.subscriptions.push(
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await run(...args);
      } catch (e) {
        if (e instanceof vscode.CancellationError) return undefined;
        const message = e instanceof Error ? e.message : String(e);
        ctx.log.error(`${what} failed:`, e instanceof Error ? (e.stack ?? message) : message);
        const choice = await vscode.window.showErrorMessage(`Docker Course: ${what} failed: ${message}`, 'Show Log');
        if (choice === 'Show Log') ctx.log.show();
        return undefined;
      }
    }),
  );
}

/**
 * The lesson a command acts on: the id it was given (from a walkthrough link), or the learner's pick
 * among the lessons `fits` accepts. Undefined when the learner cancels or the id is unknown (after saying so).
 */
export async function resolveLesson(arg: unknown, fits: (l: Lesson) => boolean, placeHolder: string): Promise<Lesson | undefined> {
  if (typeof arg === 'string' && arg) {
    const lesson = lessonById(arg);
    if (!lesson) {
      void vscode.window.showErrorMessage(`Docker Course: there is no lesson "${arg}" in this version of the course. Pick one from the walkthrough instead.`);
      return undefined;
    }
    if (!fits(lesson)) {
      void vscode.window.showInformationMessage(`Docker Course: lesson ${lesson.id} (${lesson.title}) has nothing for this command.`);
      return undefined;
    }
    return lesson;
  }
  const items = allLessons()
    .filter(fits)
    .map((l) => ({ label: `${l.id} · ${l.title}`, description: l.optional ? 'optional' : undefined, lesson: l }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Docker Course: no lesson has anything for this command yet.');
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, ignoreFocusOut: true });
  return pick?.lesson;
}

/** The course mode now: the setting, else the ENV-02 probe's result, else online. */
export function currentMode(ctx: CourseContext): CourseMode {
  return effectiveMode(courseModeSetting(), ctx.extension.globalState.get(PROBED_MODE_KEY));
}

/** A file of the extension (lab files, pages), by its path relative to the extension root. */
export function extensionFile(ctx: CourseContext, relative: string): vscode.Uri {
  return vscode.Uri.joinPath(ctx.extension.extensionUri, ...relative.split('/'));
}

/** A read-only view of an extension file or generated page, shown through the course's content provider. */
export function readOnlyUri(relative: string, query = ''): vscode.Uri {
  return vscode.Uri.from({ scheme: COURSE_SCHEME, path: `/${relative}`, query });
}

export function firstWorkspaceFolder(): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.[0];
}

export async function readIfExists(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'FileNotFound' || code === 'EntryNotFound' || code === 'ENOENT') return undefined;
    throw e;
  }
}

export async function isDirectory(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type === vscode.FileType.Directory;
  } catch {
    return false;
  }
}

/** Offers to open a folder when the window has none; returns undefined then. */
export async function requireFolder(why: string): Promise<vscode.WorkspaceFolder | undefined> {
  const folder = firstWorkspaceFolder();
  if (folder) return folder;
  const choice = await vscode.window.showInformationMessage(`Docker Course: ${why} Open a folder first (an empty one is fine; the course keeps its labs under labs/ and the Driftwood app under driftwood/), then run the command again.`, 'Open Folder…');
  if (choice) await vscode.commands.executeCommand('workbench.action.files.openFolder');
  return undefined;
}
