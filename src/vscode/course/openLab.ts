import * as vscode from 'vscode';
import { mainLabFile, planOpenLab, starterSource, workspaceTarget } from '../../core/course/labFiles';
import type { Lesson } from '../../core/course/types';
import { extensionFile, readIfExists, readOnlyUri, requireFolder, resolveLesson, type CourseContext } from './common';

const REPLACE = 'Replace with Starter';
const KEEP = 'Keep Mine';

/**
 * Open Lab: copies the lab's starter files into the learner's workspace under the lab folder. A new
 * file is created; an identical one is left alone; one that differs is shown side by side with the
 * starter and the learner decides (replace, keep, or cancel everything). Nothing is written before
 * every question is answered.
 */
export async function openLab(ctx: CourseContext, arg: unknown): Promise<void> {
  const lesson = await resolveLesson(arg, (l) => !!l.lab, 'Open the lab of which lesson?');
  if (!lesson?.lab) return;
  const lab = lesson.lab;
  const folder = await requireFolder(`Open Lab copies the files of ${lesson.id} into your workspace, and no folder is open.`);
  if (!folder) return;

  const starter = new Map<string, Uint8Array>();
  const existing = new Map<string, Uint8Array | undefined>();
  for (const file of lab.starter) {
    const source = starterSource(lesson.id, file);
    starter.set(source, await vscode.workspace.fs.readFile(extensionFile(ctx, source)));
    const target = workspaceTarget(lab, file);
    existing.set(target, await readIfExists(vscode.Uri.joinPath(folder.uri, ...target.split('/'))));
  }
  const plan = planOpenLab(lesson, (s) => starter.get(s) ?? new Uint8Array(), (t) => existing.get(t));

  const toWrite = plan.filter((p) => p.action === 'create');
  const kept: string[] = [];
  for (const item of plan.filter((p) => p.action === 'differs')) {
    const mine = vscode.Uri.joinPath(folder.uri, ...item.target.split('/'));
    await vscode.commands.executeCommand('vscode.diff', mine, readOnlyUri(item.source), `${item.path}: yours ↔ lab starter (${lesson.id})`, { preview: true });
    const choice = await vscode.window.showWarningMessage(
      `${item.target} already exists and differs from the starter file of ${lesson.id}.`,
      {
        modal: true,
        detail: `The diff editor shows your version on the left and the starter on the right.\n\n"${REPLACE}" overwrites your file with the starter (your version is gone unless Git or an editor tab still has it). "${KEEP}" leaves it as it is and copies only the other files. Cancel stops Open Lab without changing anything.`,
      },
      REPLACE,
      KEEP,
    );
    if (choice === undefined) {
      void vscode.window.showInformationMessage(`Open Lab for ${lesson.id} cancelled: no file was changed.`);
      return;
    }
    if (choice === REPLACE) toWrite.push(item);
    else kept.push(item.target);
  }

  const labRoot = vscode.Uri.joinPath(folder.uri, ...lab.workspaceFolder.split('/'));
  await vscode.workspace.fs.createDirectory(labRoot);
  // Opening the lab starts the lesson: checks read engine events from this moment on.
  await ctx.progress.touch(lesson.id, true);
  for (const item of toWrite) {
    const target = vscode.Uri.joinPath(folder.uri, ...item.target.split('/'));
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    await vscode.workspace.fs.writeFile(target, starter.get(item.source) ?? new Uint8Array());
  }
  ctx.log.info(`Open Lab ${lesson.id}: wrote ${toWrite.map((p) => p.target).join(', ') || 'nothing'}; kept ${kept.join(', ') || 'nothing'}.`);

  const main = mainLabFile(lab);
  if (main) await vscode.window.showTextDocument(vscode.Uri.joinPath(labRoot, ...main.split('/')), { preview: false });
  void vscode.window.showInformationMessage(summary(lesson, toWrite.length, kept.length, plan.filter((p) => p.action === 'identical').length));
}

function summary(lesson: Lesson, written: number, kept: number, identical: number): string {
  const where = lesson.lab?.workspaceFolder ?? '';
  if (!lesson.lab?.starter.length) return `Lab ${lesson.id} is ready in ${where}/: it has no files to edit, only terminal steps. Use the ▶ Run links on the lesson page; the commands run in that folder.`;
  const parts = [`${written} file${written === 1 ? '' : 's'} copied`];
  if (identical) parts.push(`${identical} already up to date`);
  if (kept) parts.push(`${kept} of yours kept as they were`);
  return `Lab ${lesson.id} is ready in ${where}/: ${parts.join(', ')}. Follow the numbered steps on the lesson page.`;
}
