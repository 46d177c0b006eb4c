import * as vscode from 'vscode';
import { registerCodeActions } from './vscode/codeActions';
import { registerCourse } from './vscode/course/index';
import { registerDiagnostics } from './vscode/diagnostics';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Docker Course', { log: true });
  context.subscriptions.push(log);
  registerDiagnostics(context, log);
  registerCodeActions(context);
  registerCourse(context, log);
}

export function deactivate(): void {}
