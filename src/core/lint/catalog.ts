import { findLesson } from '../course/lessonIds';
import { applyEdits } from '../text/text';
import type { Rule, RuleMeta } from './types';

export const RULES_PAGE = 'walkthroughs/reference/rules.md';
export const RULE_PAGES_DIR = 'walkthroughs/reference/rules';

/** The anchor of a rule in tables (`#df01`). */
export function ruleAnchor(id: string): string {
  return id.toLowerCase();
}

/**
 * The one place that builds a rule's documentation link, relative to the extension's root: one page per rule,
 * so a link opens exactly that rule (the markdown preview does not scroll to anchors).
 */
export function ruleDocsPath(id: string): string {
  return `${RULE_PAGES_DIR}/${ruleAnchor(id)}.md`;
}

const CATEGORY_ORDER = ['correctness', 'security', 'reproducibility', 'size', 'maintainability', 'style'];

export interface CatalogTarget {
  title: string;
  rules: readonly Rule<unknown>[];
  /** Lints a text with every rule of the target, for rendering the fixed form of bad examples. */
  fixExample?: (rule: Rule<unknown>, text: string) => string | undefined;
  fence: string;
}

const HEADER = '<!-- Generated from the rule modules in src/core/lint. Do not edit: run `UPDATE_GENERATED=1 npm test` to refresh. -->';

/** Renders the index page of every rule; the catalogue test keeps the committed copy current. */
export function renderCatalog(targets: CatalogTarget[]): string {
  const out: string[] = [];
  out.push(HEADER);
  out.push('# docker-course lint rules', '');
  out.push('Every rule has a stable id you can use in settings (`dockerCourse.lint.rules`) and in suppression comments:');
  out.push('`# docker-course ignore=DF01` above an instruction (or a compose key), `# docker-course global ignore=DF01` anywhere in the file.');
  out.push('Where a rule matches a hadolint rule, a BuildKit build check or a dclint rule, their suppression comments work too.', '');
  out.push('A **safe** fix cannot change what your build produces beyond what the rule asks for; the editor applies safe fixes with *Fix All* (`source.fixAll.dockerCourse`). Other fixes are offered as quick fixes for you to review.', '');
  for (const t of targets) {
    out.push(`## ${t.title}`, '');
    const categories = [...new Set(t.rules.map((r) => r.meta.category))].sort((a, b) => CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b));
    for (const category of categories) {
      out.push(`### ${category[0].toUpperCase()}${category.slice(1)}`, '');
      out.push('| Id | Name | Severity | Fix | Summary |', '|---|---|---|---|---|');
      for (const r of t.rules.filter((x) => x.meta.category === category)) {
        out.push(`| [${r.meta.id}](rules/${ruleAnchor(r.meta.id)}.md) | ${r.meta.name} | ${r.meta.defaultSeverity}${r.meta.optIn ? ' (opt-in)' : ''} | ${r.meta.fix} | ${escapeCell(r.meta.docs.summary)} |`);
      }
      out.push('');
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** One page per rule, keyed by its path relative to the extension root. */
export function renderRulePages(targets: CatalogTarget[]): Map<string, string> {
  const pages = new Map<string, string>();
  for (const t of targets) {
    for (const r of t.rules) {
      const body = [HEADER, ...renderRule(r.meta, t, r), '', `[All rules](../rules.md)`];
      pages.set(ruleDocsPath(r.meta.id), body.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n');
    }
  }
  return pages;
}

function renderRule(meta: RuleMeta, target: CatalogTarget, rule: Rule<unknown>): string[] {
  const out: string[] = [];
  out.push(`# ${meta.id} ${meta.name}`, '');
  out.push(meta.docs.summary, '');
  out.push(`- Default severity: **${meta.defaultSeverity}**${meta.status !== 'stable' ? ` (${meta.status})` : ''}`);
  if (meta.optIn) {
    const lessons = meta.taughtIn.length ? ` or once you pass ${meta.taughtIn.map((l) => `\`${l}\``).join(' or ')}` : '';
    out.push(`- Opt-in: off until you give it a severity in \`dockerCourse.lint.rules\`${lessons}`);
  }
  out.push(`- Quick fix: ${meta.fix === 'safe' ? 'safe (applied by Fix All and on save)' : meta.fix === 'unsafe' ? 'offered, needs your judgement' : 'none'}`);
  if (meta.taughtIn.length) out.push(`- Taught in: ${meta.taughtIn.map((l) => `\`${l}\`${findLesson(l) ? ` ${findLesson(l)!.title}` : ''}`).join('; ')}`);
  if (meta.sources.length) out.push(`- Same as: ${meta.sources.map((s) => `\`${s}\``).join(', ')}`);
  out.push('', '## Why', '', meta.docs.rationale, '');
  if (meta.docs.whenNotToUse) out.push('## When not to use it', '', meta.docs.whenNotToUse, '');
  const files = meta.docs.examples.files;
  const inFile = meta.docs.examples.file ? ` (in \`${meta.docs.examples.file}\`)` : '';
  out.push(`## Reported${inFile}`, '', '```' + target.fence, meta.docs.examples.bad.trimEnd(), '```', '');
  out.push(...renderFiles(files?.bad, target.fence === 'yaml' ? 'the compose file' : 'the Dockerfile'));
  const fixed = meta.fix === 'safe' ? target.fixExample?.(rule, meta.docs.examples.bad) : undefined;
  if (fixed !== undefined && fixed !== meta.docs.examples.bad) out.push('## After the quick fix', '', '```' + target.fence, fixed.trimEnd(), '```', '');
  out.push('## Accepted', '', '```' + target.fence, meta.docs.examples.good.trimEnd(), '```', '');
  out.push(...renderFiles(files?.good, target.fence === 'yaml' ? 'the compose file' : 'the Dockerfile'));
  return out;
}

/** The files an example assumes next to the Dockerfile or compose file (a `.dockerignore`, a `.gitignore` …). */
function renderFiles(files: Record<string, string> | undefined, beside: string): string[] {
  if (!files) return [];
  const out: string[] = [];
  for (const [name, text] of Object.entries(files)) out.push(`With \`${name}\` next to ${beside}:`, '', '```text', text.trimEnd() || '(empty)', '```', '');
  return out;
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

export function applyAllFixes(text: string, fixes: { edits: { range: import('../text/text').Range; newText: string }[] }[]): string {
  return applyEdits(text, fixes.flatMap((f) => f.edits));
}
