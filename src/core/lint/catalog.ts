import { applyEdits } from '../text/text';
import type { Rule, RuleMeta } from './types';

export const RULES_PAGE = 'walkthroughs/reference/rules.md';

/** The anchor of a rule on the generated reference page (`#df01`). */
export function ruleAnchor(id: string): string {
  return id.toLowerCase();
}

/** The one place that builds a rule's documentation link, relative to the extension's root. */
export function ruleDocsPath(id: string): string {
  return `${RULES_PAGE}#${ruleAnchor(id)}`;
}

const CATEGORY_ORDER = ['correctness', 'security', 'reproducibility', 'size', 'maintainability', 'style'];

export interface CatalogTarget {
  title: string;
  rules: readonly Rule<unknown>[];
  /** Lints a text with every rule of the target, for rendering the fixed form of bad examples. */
  fixExample?: (rule: Rule<unknown>, text: string) => string | undefined;
  fence: string;
}

/** Renders the reference page of every rule; the catalogue test keeps the committed copy current. */
export function renderCatalog(targets: CatalogTarget[]): string {
  const out: string[] = [];
  out.push('<!-- Generated from the rule modules in src/core/lint. Do not edit: run `UPDATE_GENERATED=1 npm test` to refresh. -->');
  out.push('# docker-course lint rules', '');
  out.push('Every rule has a stable id you can use in settings (`dockerCourse.lint.rules`) and in suppression comments:');
  out.push('`# docker-course ignore=DF01` above an instruction (or a compose key), `# docker-course global ignore=DF01` anywhere in the file.');
  out.push('Where a rule matches a hadolint rule, a BuildKit build check or a dclint rule, their suppression comments work too.', '');
  for (const t of targets) {
    out.push(`## ${t.title}`, '');
    out.push('| Id | Name | Severity | Fix | Summary |', '|---|---|---|---|---|');
    for (const r of t.rules) out.push(`| [${r.meta.id}](#${ruleAnchor(r.meta.id)}) | ${r.meta.name} | ${r.meta.defaultSeverity} | ${r.meta.fix} | ${escapeCell(r.meta.docs.summary)} |`);
    out.push('');
    const categories = [...new Set(t.rules.map((r) => r.meta.category))].sort((a, b) => CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b));
    for (const category of categories) {
      out.push(`### ${category[0].toUpperCase()}${category.slice(1)}`, '');
      for (const r of t.rules.filter((x) => x.meta.category === category)) out.push(...renderRule(r.meta, t, r));
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function renderRule(meta: RuleMeta, target: CatalogTarget, rule: Rule<unknown>): string[] {
  const out: string[] = [];
  out.push(`<a id="${ruleAnchor(meta.id)}"></a>`, '', `#### ${meta.id} ${meta.name}`, '');
  out.push(meta.docs.summary, '');
  out.push(`- Default severity: **${meta.defaultSeverity}**${meta.status !== 'stable' ? ` (${meta.status})` : ''}`);
  out.push(`- Quick fix: ${meta.fix === 'safe' ? 'safe (applied by Fix All and on save)' : meta.fix === 'unsafe' ? 'offered, needs your judgement' : 'none'}`);
  if (meta.taughtIn.length) out.push(`- Taught in: ${meta.taughtIn.map((l) => `\`${l}\``).join(', ')}`);
  if (meta.sources.length) out.push(`- Same as: ${meta.sources.map((s) => `\`${s}\``).join(', ')}`);
  out.push('', meta.docs.rationale, '');
  if (meta.docs.whenNotToUse) out.push(`**When not to use it.** ${meta.docs.whenNotToUse}`, '');
  const inFile = meta.docs.examples.file ? ` (in \`${meta.docs.examples.file}\`)` : '';
  const beside = meta.docs.examples.files ?? {};
  if (Object.keys(beside).length) {
    out.push('In a folder with these files:', '');
    for (const [name, text] of Object.entries(beside)) out.push(`- \`${name}\`${text.trim() ? `: \`${text.trim().replace(/\n/g, ' ⏎ ')}\`` : ' (empty)'}`);
    out.push('');
  }
  out.push(`Reported${inFile}:`, '', '```' + target.fence, meta.docs.examples.bad.trimEnd(), '```', '');
  const fixed = meta.fix === 'safe' ? target.fixExample?.(rule, meta.docs.examples.bad) : undefined;
  if (fixed !== undefined && fixed !== meta.docs.examples.bad) out.push('After the quick fix:', '', '```' + target.fence, fixed.trimEnd(), '```', '');
  out.push('Accepted:', '', '```' + target.fence, meta.docs.examples.good.trimEnd(), '```', '');
  return out;
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

export function applyAllFixes(text: string, fixes: { edits: { range: import('../text/text').Range; newText: string }[] }[]): string {
  return applyEdits(text, fixes.flatMap((f) => f.edits));
}
