import * as vscode from 'vscode';
import { RULES_PAGE, ruleDocsPath } from '../core/lint/catalog';

export const SHOW_RULE_DOCS = 'dockerCourse.rules.showDocs';

/** Opens the bundled rule reference in the markdown preview: the rule's own page, or the index. */
export function registerRuleDocs(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_RULE_DOCS, async (ruleId?: string) => {
      const uri = vscode.Uri.joinPath(context.extensionUri, ruleId ? ruleDocsPath(ruleId) : RULES_PAGE);
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    }),
  );
}
