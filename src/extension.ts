import * as vscode from 'vscode';
import { initShellParser } from './core/lint/dockerfile/shell';
import { registerCodeActions } from './vscode/codeActions';
import { registerCourse } from './vscode/course/index';
import { registerDiagnostics } from './vscode/diagnostics';
import { registerRuleDocs } from './vscode/ruleDocs';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Docker Course', { log: true });
  context.subscriptions.push(log);
  await initShellParser();
  registerDiagnostics(context, log);
  registerCodeActions(context);
  registerRuleDocs(context);
  registerCourse(context, log);
}

export function deactivate(): void {}
