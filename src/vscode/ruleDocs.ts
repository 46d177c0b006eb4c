import * as vscode from 'vscode';
import { ruleDocsPath } from '../core/lint/catalog';

export const SHOW_RULE_DOCS = 'dockerCourse.rules.showDocs';

/** Opens the bundled rule reference in the markdown preview, scrolled to the rule's anchor. */
export function registerRuleDocs(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_RULE_DOCS, async (ruleId?: string) => {
      const [page, anchor] = ruleDocsPath(ruleId ?? '').split('#');
      const uri = vscode.Uri.joinPath(context.extensionUri, page).with({ fragment: ruleId ? anchor : '' });
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    }),
  );
}
