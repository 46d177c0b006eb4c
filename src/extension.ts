import * as vscode from 'vscode';
import { initShellParser } from './core/lint/dockerfile/shell';
import { registerCheckpoints } from './vscode/checkpoints/index';
import { registerCodeActions } from './vscode/codeActions';
import { registerCourse } from './vscode/course/index';
import { registerDiagnostics } from './vscode/diagnostics';
import { registerProgress } from './vscode/progress';
import { registerRuleDocs } from './vscode/ruleDocs';

/** What the extension returns from activate: read-only views for the integration tests. */
export interface DockerCourseApi {
  /** Context keys the extension has set (VS Code offers no way to read one back). */
  contextKeys(): Record<string, boolean>;
  progress(): unknown;
  daemonStatusText(): string;
  /** Lessons whose Docker events the extension is keeping. */
  recordedLessons(): string[];
}

export async function activate(context: vscode.ExtensionContext): Promise<DockerCourseApi> {
  const log = vscode.window.createOutputChannel('Docker Course', { log: true });
  context.subscriptions.push(log);
  await initShellParser();
  registerDiagnostics(context, log);
  registerCodeActions(context);
  registerRuleDocs(context);
  const progress = await registerProgress(context, log);
  registerCourse(context, log, progress);
  const checkpoints = registerCheckpoints(context, log, progress);
  return { contextKeys: () => progress.contextKeys(), progress: () => progress.snapshot, daemonStatusText: () => checkpoints.statusText(), recordedLessons: () => checkpoints.recordedLessons() };
}

export function deactivate(): void {}
