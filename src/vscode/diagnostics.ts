import * as vscode from 'vscode';
import { forget, lintDocument, lintTargetOf } from './lintAdapter';
import { runMode } from './config';

const DEBOUNCE_MS = 300;

/** Lints Dockerfiles and compose files on open, on change (debounced) and on save; clears on close. */
export function registerDiagnostics(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection('docker-course');
  const timers = new Map<string, NodeJS.Timeout>();
  const lint = (doc: vscode.TextDocument) => lintDocument(doc, collection, context.extensionUri, log);
  const relintAll = () => vscode.workspace.textDocuments.forEach((d) => lintTargetOf(d) && lint(d));

  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument((d) => lintTargetOf(d) && lint(d)),
    vscode.workspace.onDidSaveTextDocument((d) => lintTargetOf(d) && lint(d)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      const d = e.document;
      if (!lintTargetOf(d) || runMode() !== 'onType' || e.contentChanges.length === 0) return;
      const key = d.uri.toString();
      clearTimeout(timers.get(key));
      timers.set(key, setTimeout(() => {
        timers.delete(key);
        lint(d);
      }, DEBOUNCE_MS));
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      clearTimeout(timers.get(d.uri.toString()));
      forget(d, collection);
    }),
    // VS Code may keep a document open long after its editor closes; clear when its last tab goes.
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      const open = new Set(vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => (t.input instanceof vscode.TabInputText ? t.input.uri.toString() : '')));
      for (const tab of e.opened) {
        if (!(tab.input instanceof vscode.TabInputText)) continue;
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === (tab.input as vscode.TabInputText).uri.toString());
        if (doc && lintTargetOf(doc)) lint(doc);
      }
      for (const tab of e.closed) {
        if (!(tab.input instanceof vscode.TabInputText) || open.has(tab.input.uri.toString())) continue;
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === (tab.input as vscode.TabInputText).uri.toString());
        if (doc) forget(doc, collection);
        else collection.delete(tab.input.uri);
      }
    }),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('dockerCourse.lint') && relintAll()),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
  relintAll();
  return collection;
}
