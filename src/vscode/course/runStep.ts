import * as vscode from 'vscode';
import { cdCommand, needsConfirmation, selectStep, stepsFor } from '../../core/course/mode';
import { currentMode, firstWorkspaceFolder, isDirectory, resolveLesson, type CourseContext } from './common';

export const TERMINAL_NAME = 'Docker Course';

/** The folder each of our terminals was last moved to, so a reused terminal is only `cd`-ed when needed. */
const terminalDirs = new WeakMap<vscode.Terminal, string | undefined>();

/**
 * Run Step: types lab step N's command into the "Docker Course" terminal (created on first use, in the
 * lab's folder when it exists). Offline, the lab's offline variant of the step is used. Commands that
 * remove things or need sudo are typed but not run: the learner reads them and presses Enter.
 */
export async function runStep(ctx: CourseContext, lessonArg: unknown, indexArg: unknown): Promise<void> {
  const lesson = await resolveLesson(lessonArg, (l) => !!l.lab?.steps.some((s) => s.command), 'Run a step of which lab?');
  if (!lesson?.lab) return;
  const lab = lesson.lab;
  const mode = currentMode(ctx);
  let index = typeof indexArg === 'number' ? indexArg : typeof indexArg === 'string' && /^\d+$/.test(indexArg) ? Number(indexArg) : undefined;
  if (index === undefined) {
    const items = stepsFor(lab, mode).map((s, i) => ({ label: `${i + 1}. ${s.title}`, detail: s.command, index: i }));
    const pick = await vscode.window.showQuickPick(items, { placeHolder: `Run which step of ${lesson.id}? (${mode} variant)`, matchOnDetail: true });
    if (!pick) return;
    index = pick.index;
  }
  const sel = selectStep(lab, mode, index);
  if (sel.kind === 'out-of-range') {
    void vscode.window.showErrorMessage(`Lab ${lesson.id} has ${sel.total} steps in ${mode} mode, so there is no step ${sel.index + 1}. The lesson page may be from another version of the course: reload the window.`);
    return;
  }
  if (sel.kind === 'no-command') {
    void vscode.window.showInformationMessage(`Step ${sel.index + 1} of ${lesson.id} has no command to run: ${sel.step.title}`);
    return;
  }

  await ctx.progress.touch(lesson.id);
  const folder = firstWorkspaceFolder();
  const labDir = folder ? vscode.Uri.joinPath(folder.uri, ...lab.workspaceFolder.split('/')) : undefined;
  const cwd = labDir && (await isDirectory(labDir)) ? labDir.fsPath : undefined;
  let terminal = vscode.window.terminals.find((t) => t.name === TERMINAL_NAME && t.exitStatus === undefined);
  if (!terminal) {
    terminal = vscode.window.createTerminal({ name: TERMINAL_NAME, cwd });
    terminalDirs.set(terminal, cwd);
  } else if (cwd && terminalDirs.get(terminal) !== cwd) {
    terminal.sendText(cdCommand(cwd), true);
    terminalDirs.set(terminal, cwd);
  }
  terminal.show(false);
  const verdict = needsConfirmation(sel.command);
  terminal.sendText(sel.command, !verdict.confirm);
  ctx.log.info(`Run Step ${lesson.id} #${sel.index} (${mode}${sel.usedOffline ? ', offline variant' : ''})${verdict.confirm ? ' typed, waiting for Enter' : ''}: ${sel.command}`);
  if (verdict.confirm) {
    void vscode.window.showInformationMessage(`Step ${sel.index + 1} of ${lesson.id} is typed into the "${TERMINAL_NAME}" terminal but not run, because ${verdict.reason}. Read it, then press Enter in the terminal to run it (or Ctrl+C to drop it).`);
  }
}
