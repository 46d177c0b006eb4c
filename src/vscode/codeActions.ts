import * as vscode from 'vscode';
import type { Finding, Fix } from '../core/lint/types';
import { findingsFor, lintTargetOf, toRange } from './lintAdapter';
import { SHOW_RULE_DOCS } from './ruleDocs';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('dockerCourse');

function toEdit(document: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) edit.replace(document.uri, toRange(e.range), e.newText);
  return edit;
}

function sameRange(a: vscode.Range, f: Finding): boolean {
  return a.intersection(toRange(f.range)) !== undefined;
}

/** Quick fixes from the rules, "ignore for this instruction", and `source.fixAll.dockerCourse` (safe fixes only). */
class LintCodeActions implements vscode.CodeActionProvider {
  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const findings = findingsFor(document);
    const actions: vscode.CodeAction[] = [];
    const wantsFixAll = context.only && (FIX_ALL_KIND.contains(context.only) || context.only.contains(FIX_ALL_KIND));
    if (wantsFixAll || !context.only) {
      const safe = findings.filter((f) => f.fix && f.fixKind === 'safe');
      if (safe.length > 0) {
        const action = new vscode.CodeAction('Fix all safe docker-course problems', FIX_ALL_KIND);
        action.edit = mergeFixes(document, safe.map((f) => f.fix!));
        actions.push(action);
      }
      if (wantsFixAll) return actions;
    }
    const diagnostics = context.diagnostics.filter((d) => d.source === 'docker-course');
    for (const d of diagnostics) {
      const id = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
      const finding = findings.find((f) => f.ruleId === id && sameRange(d.range, f) && f.message === d.message);
      if (!finding) continue;
      if (finding.fix) {
        const a = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
        a.edit = toEdit(document, finding.fix);
        a.diagnostics = [d];
        a.isPreferred = finding.fixKind === 'safe';
        actions.push(a);
      }
      for (const s of finding.suggestions ?? []) {
        const a = new vscode.CodeAction(`${s.title} (check the result)`, vscode.CodeActionKind.QuickFix);
        a.edit = toEdit(document, s);
        a.diagnostics = [d];
        actions.push(a);
      }
      if (finding.ruleId === 'unused-suppression') continue;
      actions.push(ignoreAction(document, finding, d, 'next'), ignoreAction(document, finding, d, 'file'));
      const docs = new vscode.CodeAction(`Show documentation for ${finding.ruleId}`, vscode.CodeActionKind.Empty);
      docs.command = { command: SHOW_RULE_DOCS, title: docs.title, arguments: [finding.ruleId] };
      actions.push(docs);
    }
    void range;
    return actions;
  }
}

/** Merges fixes into one edit, skipping any fix whose edits overlap an earlier one (inserts at one point combine). */
function mergeFixes(document: vscode.TextDocument, fixes: Fix[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const taken: vscode.Range[] = [];
  const overlaps = (a: vscode.Range, b: vscode.Range) => (a.isEmpty && b.isEmpty ? false : a.start.isBefore(b.end) && b.start.isBefore(a.end));
  for (const fix of fixes) {
    const ranges = fix.edits.map((e) => toRange(e.range));
    if (ranges.some((r) => taken.some((t) => overlaps(t, r)))) continue;
    for (const e of fix.edits) edit.replace(document.uri, toRange(e.range), e.newText);
    taken.push(...ranges);
  }
  return edit;
}

function ignoreAction(document: vscode.TextDocument, f: Finding, d: vscode.Diagnostic, scope: 'next' | 'file'): vscode.CodeAction {
  const edit = new vscode.WorkspaceEdit();
  if (scope === 'next') {
    const line = document.lineAt(f.anchor.start.line);
    const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
    edit.insert(document.uri, line.range.start, `${indent}# docker-course ignore=${f.ruleId}\n`);
  } else {
    edit.insert(document.uri, new vscode.Position(firstLineAfterDirectives(document), 0), `# docker-course global ignore=${f.ruleId}\n`);
  }
  const title = scope === 'next' ? `Ignore ${f.ruleId} for this ${lintTargetOf(document) === 'compose' ? 'entry' : 'instruction'}` : `Ignore ${f.ruleId} in this file`;
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.edit = edit;
  a.diagnostics = [d];
  return a;
}

/** Parser directives (`# syntax=`, `# escape=`) must stay first in a Dockerfile. */
function firstLineAfterDirectives(document: vscode.TextDocument): number {
  let line = 0;
  while (line < document.lineCount && /^#\s*(syntax|escape|check)\s*=/i.test(document.lineAt(line).text)) line++;
  return line;
}

export function registerCodeActions(context: vscode.ExtensionContext): void {
  const selector: vscode.DocumentSelector = [{ language: 'dockerfile' }, { language: 'dockercompose' }, { language: 'yaml' }, { pattern: '**/{Dockerfile,Containerfile}*' }, { pattern: '**/*.{Dockerfile,dockerfile,Containerfile}' }];
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(selector, new LintCodeActions(), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
    }),
  );
}
