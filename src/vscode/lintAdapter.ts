import * as path from 'node:path';
import * as vscode from 'vscode';
import { ruleDocsPath } from '../core/lint/catalog';
import { lintText, targetOf } from '../core/lint/lintDocument';
import type { Finding, LintConfig, Severity } from '../core/lint/types';
import { extraComposeGlobs, readLintConfig } from './config';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The findings behind each diagnostic, so code actions can offer the rule's own fixes. */
const findingsByUri = new Map<string, { version: number; findings: Finding[] }>();

export function findingsFor(document: vscode.TextDocument): Finding[] {
  const entry = findingsByUri.get(document.uri.toString());
  return entry && entry.version === document.version ? entry.findings : [];
}

export function toRange(r: Finding['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function lintTargetOf(document: vscode.TextDocument): ReturnType<typeof targetOf> {
  if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled' && document.uri.scheme !== 'vscode-remote') return undefined;
  return targetOf(document.fileName, document.languageId, extraComposeGlobs(document.uri));
}

export function toDiagnostic(f: Finding, extensionUri: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.range), f.message, SEVERITY[f.severity]);
  d.source = 'docker-course';
  d.code = { value: f.ruleId, target: vscode.Uri.joinPath(extensionUri, ruleDocsPath(f.ruleId)) };
  const tags: vscode.DiagnosticTag[] = [];
  if (f.tags?.includes('unnecessary')) tags.push(vscode.DiagnosticTag.Unnecessary);
  if (f.tags?.includes('deprecated')) tags.push(vscode.DiagnosticTag.Deprecated);
  if (tags.length) d.tags = tags;
  return d;
}

export function lintDocument(document: vscode.TextDocument, collection: vscode.DiagnosticCollection, extensionUri: vscode.Uri, log: vscode.LogOutputChannel, extra: LintConfig = {}): void {
  const target = lintTargetOf(document);
  if (!target) return;
  const dir = path.dirname(document.fileName);
  const fs = require('node:fs') as typeof import('node:fs');
  const result = lintText(target, document.getText(), { ...readLintConfig(document.uri), ...extra }, {
    path: document.fileName,
    exists: (rel) => document.uri.scheme === 'file' && fs.existsSync(path.resolve(dir, rel)),
    read: (rel) => {
      try {
        return fs.readFileSync(path.resolve(dir, rel), 'utf8');
      } catch {
        return undefined;
      }
    },
  });
  for (const c of result.crashes) log.error(`Rule ${c.ruleId} failed on ${document.fileName}; its findings are missing, the others are shown.\n${c.error}`);
  findingsByUri.set(document.uri.toString(), { version: document.version, findings: result.findings });
  collection.set(document.uri, result.findings.map((f) => toDiagnostic(f, extensionUri)));
}

export function forget(document: vscode.TextDocument, collection: vscode.DiagnosticCollection): void {
  findingsByUri.delete(document.uri.toString());
  collection.delete(document.uri);
}
