import type { Range } from '../text/text';
import { idMatches, parseDirectiveComment, type Directive } from './directives';
import { resolveSeverity } from './severity';
import type { FileContext, Finding, LintConfig, LintResult, LintTarget, Report, Rule, RuleCrash, RuleMeta } from './types';

export interface CommentLine {
  line: number;
  column: number;
  text: string;
  /** In the block of parser directives / leading comments at the top of the file. */
  isFileHeader: boolean;
}

/** What the engine needs to know about one kind of file. */
export interface TargetAdapter<Model> {
  target: LintTarget;
  rules: readonly Rule<Model>[];
  parse(text: string, config: LintConfig, files: FileContext): Model;
  comments(model: Model): CommentLine[];
  /** Lines covered by a `next` suppression written on `commentLine`. */
  suppressionTarget(model: Model, commentLine: number): { line: number; endLine: number } | undefined;
  /** The range an ignore comment attaches to for a finding at `range` (its instruction, its YAML entry). */
  anchorOf(model: Model, range: Range): Range;
}

export const UNUSED_SUPPRESSION: RuleMeta<'unused' | 'unknown'> = {
  id: 'unused-suppression',
  name: 'unused-suppression',
  target: 'dockerfile',
  category: 'maintainability',
  defaultSeverity: 'hint',
  status: 'stable',
  taughtIn: [],
  sources: [],
  messages: {
    unused: '`{id}` is suppressed here, but nothing would be reported: remove it from the comment.',
    unknown: '`{id}` is not a docker-course rule id or name; this suppression has no effect.',
  },
  docs: { summary: 'Suppression comments that suppress nothing.', rationale: '', examples: { bad: '', good: '' } },
  fix: 'none',
};

export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
}

export interface LintOutput<Model> extends LintResult {
  model: Model;
}

export function lintWith<Model>(adapter: TargetAdapter<Model>, text: string, config: LintConfig = {}, files: FileContext = {}): LintOutput<Model> {
  const model = adapter.parse(text, config, files);
  const findings: Finding[] = [];
  const crashes: RuleCrash[] = [];
  for (const rule of adapter.rules) {
    const meta = rule.meta;
    if (meta.status === 'deprecated') continue;
    const ruleFindings: Finding[] = [];
    try {
      rule.check({
        model,
        report: (r: Report<string>) => ruleFindings.push(toFinding(meta, r, adapter.anchorOf(model, r.anchor ?? r.range), config)),
      });
    } catch (e) {
      crashes.push({ ruleId: meta.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      continue;
    }
    for (const f of ruleFindings) if ((f.severity as string) !== 'off') findings.push(f);
  }
  const kept = applySuppressions(adapter, model, findings, config);
  kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId));
  return { model, findings: kept, crashes };
}

function toFinding(meta: RuleMeta, r: Report<string>, anchor: Range, config: LintConfig): Finding {
  const sources = r.sources ?? meta.sources;
  const template = (meta.messages as Record<string, string>)[r.messageId];
  if (template === undefined) throw new Error(`Rule ${meta.id} reported unknown messageId "${r.messageId}"`);
  const finding: Finding = {
    ruleId: meta.id,
    ruleName: meta.name,
    messageId: r.messageId,
    message: formatMessage(template, r.data),
    severity: resolveSeverity(r.severity ? { ...meta, defaultSeverity: r.severity } : meta, sources, config) as Finding['severity'],
    range: r.range,
    anchor,
    sources,
    taughtIn: meta.taughtIn,
    fixKind: r.fix ? meta.fix : 'none',
  };
  if (r.fix) finding.fix = r.fix;
  if (r.suggestions?.length) finding.suggestions = r.suggestions;
  if (r.tags?.length) finding.tags = r.tags;
  return finding;
}

function applySuppressions<Model>(adapter: TargetAdapter<Model>, model: Model, findings: Finding[], config: LintConfig): Finding[] {
  const directives: Directive[] = [];
  for (const c of adapter.comments(model)) {
    const d = parseDirectiveComment(c.text, c.line, c.column, c.isFileHeader);
    if (!d) continue;
    if (d.scope === 'next') {
      const t = adapter.suppressionTarget(model, c.line);
      if (!t) continue;
      d.targetLine = t.line;
      d.targetEndLine = t.endLine;
    }
    directives.push(d);
  }
  if (directives.length === 0) return findings;
  const used = new Set<string>();
  const kept = findings.filter((f) => {
    let suppressed = false;
    for (const d of directives) {
      if (d.scope === 'next') {
        const line = f.anchor.start.line;
        if (line < d.targetLine! || line > d.targetEndLine!) continue;
      }
      for (const id of d.ids) {
        if (idMatches(d.tool, id.id, f)) {
          used.add(key(d, id.range));
          suppressed = true;
        }
      }
    }
    return !suppressed;
  });
  if (config.reportUnusedSuppressions === false) return kept;
  const known = knownIds(adapter.rules);
  for (const d of directives) {
    for (const id of d.ids) {
      if (used.has(key(d, id.range)) || id.id === '*') continue;
      const lower = id.id.toLowerCase();
      const prefix = d.tool === 'docker-course' ? '' : `${d.tool}:`;
      if (d.tool !== 'docker-course' && !known.has(prefix + lower)) continue;
      const messageId = d.tool === 'docker-course' && !known.has(lower) && !known.has(`any:${lower}`) ? 'unknown' : 'unused';
      kept.push({
        ruleId: UNUSED_SUPPRESSION.id,
        ruleName: UNUSED_SUPPRESSION.name,
        messageId,
        message: formatMessage(UNUSED_SUPPRESSION.messages[messageId], { id: id.id }),
        severity: 'hint',
        range: id.range,
        anchor: d.range,
        sources: [],
        taughtIn: [],
        fixKind: 'none',
        tags: ['unnecessary'],
      });
    }
  }
  return kept;
}

function key(d: Directive, r: Range): string {
  return `${d.tool}:${r.start.line}:${r.start.character}`;
}

function knownIds(rules: readonly Rule<unknown>[]): Set<string> {
  const ids = new Set<string>();
  for (const r of rules) {
    ids.add(r.meta.id.toLowerCase());
    ids.add(r.meta.name.toLowerCase());
    for (const s of r.meta.sources) {
      ids.add(s.toLowerCase());
      ids.add(`any:${s.slice(s.indexOf(':') + 1).toLowerCase()}`);
    }
  }
  return ids;
}
