import * as vscode from 'vscode';

export const UNTRUSTED_MESSAGE =
  'Docker Course runs no checks and changes nothing on your Docker engine in a folder you have not trusted (linting still works). Trust this folder (Manage Workspace Trust), then run the command again.';

/**
 * Checks and resets talk to the learner's Docker engine, so they run only in a trusted workspace. Says
 * so (with a way to trust the folder) and returns false otherwise.
 */
export function requireTrust(what: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(`Docker Course: ${what} is off in this folder. ${UNTRUSTED_MESSAGE}`, 'Manage Workspace Trust').then((c) => c && vscode.commands.executeCommand('workbench.trust.manage'));
  return false;
}
