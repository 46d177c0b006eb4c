import { ruleDocsPath } from './catalog';
import { severityRank } from './severity';
import type { Finding, Severity } from './types';

export interface FileReport {
  path: string;
  findings: Finding[];
}

export interface ReportOptions {
  color?: boolean;
}

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' };

/** ESLint's "stylish": the file, then one aligned line per finding, then a summary. */
export function formatStylish(reports: FileReport[], options: ReportOptions = {}): string {
  const c = (code: number, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  const counts = countBySeverity(reports);
  for (const r of reports) {
    if (r.findings.length === 0) continue;
    out.push(c(4, r.path));
    for (const f of r.findings) {
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const sev = f.severity === 'error' ? c(31, LABEL[f.severity]) : f.severity === 'warning' ? c(33, LABEL[f.severity]) : c(36, LABEL[f.severity]);
      out.push(`  ${where.padEnd(8)} ${sev.padEnd(options.color ? 16 : 7)}  ${f.message}  ${c(2, f.ruleId)}`);
    }
    out.push('');
  }
  const total = reports.reduce((n, r) => n + r.findings.length, 0);
  if (total === 0) out.push(`No problems found in ${reports.length} file${reports.length === 1 ? '' : 's'}.`);
  else out.push(`${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info + counts.hint} info) in ${reports.length} file${reports.length === 1 ? '' : 's'}.`);
  return out.join('\n');
}

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(
    reports.flatMap((r) =>
      r.findings.map((f) => ({
        file: r.path,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
        severity: f.severity,
        code: f.ruleId,
        name: f.ruleName,
        messageId: f.messageId,
        message: f.message,
        sources: f.sources,
        fixable: f.fix !== undefined,
        docs: ruleDocsPath(f.ruleId),
      })),
    ),
    null,
    2,
  );
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifRule {
  id: string;
  name: string;
  summary: string;
  severity: Severity;
}

/** SARIF 2.1.0 as GitHub code scanning accepts it: one run, rules in the driver, 1-based regions. */
export function formatSarif(reports: FileReport[], rules: SarifRule[], toolVersion: string, toUri: (path: string) => string): string {
  const used = new Set(reports.flatMap((r) => r.findings.map((f) => f.ruleId)));
  const driverRules = rules.filter((r) => used.has(r.id));
  for (const id of used) if (!driverRules.some((r) => r.id === id)) driverRules.push({ id, name: id, summary: id, severity: 'hint' });
  const index = new Map(driverRules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'docker-course',
            version: toolVersion,
            rules: driverRules.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.summary },
              help: { text: `${r.summary} See ${ruleDocsPath(r.id)}.`, markdown: `${r.summary}\n\nSee \`${ruleDocsPath(r.id)}\` in the docker-course extension.` },
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
            })),
          },
        },
        results: reports.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(r.path) },
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: Math.max(f.range.end.character + 1, f.range.start.line === f.range.end.line ? f.range.start.character + 2 : 1),
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

export function countBySeverity(reports: FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of reports) for (const f of r.findings) counts[f.severity]++;
  return counts;
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold);
}
