import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'docker-course.docker-course';

export function workspaceDir(): string {
  return vscode.workspace.workspaceFolders![0].uri.fsPath;
}

export async function activate(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed in this VS Code`);
  await ext.activate();
  return ext;
}

/** Resolves with the document's docker-course diagnostics once `accept` holds, waiting on change events (no sleeps). */
export function diagnosticsWhen(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 15000): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'docker-course');
  return new Promise((resolve, reject) => {
    const now = ours();
    if (accept(now)) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`diagnostics for ${path.basename(uri.fsPath)} did not reach the expected state within ${timeoutMs} ms; last: ${JSON.stringify(ours().map((d) => d.message))}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = ours();
      if (accept(d)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(d);
      }
    });
  });
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Asks the harness for a screenshot of the workbench and waits until it is written and judged. */
/**
 * Asks the harness for a screenshot of the workbench and waits until it is written and judged.
 * Webviews (markdown previews, walkthroughs) occasionally fail to load in the headless browser (a service
 * worker fetch error); when the expected text never appears, `again` reopens the view and the screenshot is
 * taken once more, and the text must then appear.
 */
export async function screenshot(name: string, waitForText = '', again?: () => Thenable<unknown>): Promise<void> {
  const sync = process.env.DOCKER_COURSE_SYNC_DIR;
  if (!sync) return;
  for (let attempt = 0; ; attempt++) {
    console.log(`@@SCREENSHOT ${name} ${waitForText}`);
    const end = Date.now() + 45000;
    let failure: string | undefined;
    while (Date.now() < end) {
      if (fs.existsSync(path.join(sync, `${name}.done`))) return;
      const fail = path.join(sync, `${name}.fail`);
      if (fs.existsSync(fail)) {
        failure = fs.readFileSync(fail, 'utf8');
        fs.rmSync(fail);
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    if (failure === undefined) throw new Error(`screenshot ${name} was not taken within 45 s`);
    if (attempt > 0 || !again || !/never appeared/.test(failure)) throw new Error(`screenshot ${name}: ${failure}`);
    await again();
  }
}

export async function openFile(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(workspaceDir(), rel)));
  return vscode.window.showTextDocument(doc);
}
