import * as assert from 'node:assert/strict';
import { lintWith, type TargetAdapter } from '../../../src/core/lint/engine';
import { withOptInEnabled } from '../../../src/core/lint/severity';
import type { FileContext, Finding, LintConfig, Rule } from '../../../src/core/lint/types';
import { applyEdits } from '../../../src/core/text/text';

/** ESLint-style table tests: `line`/`column` are 1-based as the Problems panel shows them. */
export interface ExpectedError {
  messageId: string;
  data?: Record<string, string | number>;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The finding's severity with no settings and no course progress (the rule's default or the finding's own). */
  severity?: string;
}

export interface ValidCase {
  name?: string;
  code: string;
  config?: LintConfig;
  files?: FileContext;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** Text after applying every fix (required iff the rule produces one); `null` asserts there is none. */
  output?: string | null;
  /** Unsafe alternatives, by title and resulting text (for the first error). */
  suggestions?: { title?: string; output: string }[];
}

export interface RuleTests {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

/** Cases registered per rule id, so the catalogue test can check that every rule has tests. */
export const testedRules = new Map<string, { valid: number; invalid: number; withOutput: number }>();

function caseName(c: string | ValidCase): string {
  const code = typeof c === 'string' ? c : c.code;
  return (typeof c !== 'string' && c.name) || code.split('\n').find((l) => l.trim() && !l.startsWith('FROM')) || code.split('\n')[0];
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `  ${f.ruleId}/${f.messageId} ${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1} ${f.message}`).join('\n') || '  (none)';
}

export function runRuleTests<Model>(adapterFor: (rules: readonly Rule<Model>[]) => TargetAdapter<Model>, rule: Rule<Model>, tests: RuleTests): void {
  const adapter = adapterFor([rule]);
  const lint = (code: string, c?: ValidCase) => {
    // An opt-in rule is switched on for its own tests; a case's config can still turn it off.
    const config = withOptInEnabled({ reportUnusedSuppressions: false, ...c?.config }, [rule.meta]);
    const out = lintWith(adapter, code, config, c?.files ?? {});
    assert.deepEqual(out.crashes, [], `rule crashed: ${out.crashes.map((x) => x.error).join('\n')}`);
    return out.findings.filter((f) => f.ruleId === rule.meta.id);
  };
  testedRules.set(rule.meta.id, {
    valid: tests.valid.length,
    invalid: tests.invalid.length,
    withOutput: tests.invalid.filter((c) => typeof c.output === 'string').length,
  });
  describe(`${rule.meta.id} ${rule.meta.name}`, () => {
    describe('valid', () => {
      for (const v of tests.valid) {
        const c: ValidCase = typeof v === 'string' ? { code: v } : v;
        it(caseName(v), () => {
          const findings = lint(c.code, c);
          assert.equal(findings.length, 0, `expected no findings, got:\n${describeFindings(findings)}`);
        });
      }
    });
    describe('invalid', () => {
      for (const c of tests.invalid) {
        it(caseName(c), () => {
          const findings = lint(c.code, c);
          assert.equal(findings.length, c.errors.length, `expected ${c.errors.length} finding(s), got:\n${describeFindings(findings)}`);
          c.errors.forEach((e, i) => {
            const f = findings[i];
            const where = `finding ${i + 1}:\n${describeFindings([f])}`;
            assert.equal(f.messageId, e.messageId, where);
            if (e.data) for (const [k, v] of Object.entries(e.data)) assert.ok(f.message.includes(String(v)), `${where}\nmessage lacks data ${k}=${v}`);
            if (e.line !== undefined) assert.equal(f.range.start.line + 1, e.line, `line of ${where}`);
            if (e.column !== undefined) assert.equal(f.range.start.character + 1, e.column, `column of ${where}`);
            if (e.endLine !== undefined) assert.equal(f.range.end.line + 1, e.endLine, `endLine of ${where}`);
            if (e.endColumn !== undefined) assert.equal(f.range.end.character + 1, e.endColumn, `endColumn of ${where}`);
            if (e.severity !== undefined) assert.equal(f.severity, e.severity, `severity of ${where}`);
            // Only the template's own placeholders count: data may hold `${VAR}` from the Dockerfile, and a template may show `${NAME}` literally.
            const template = (rule.meta.messages as Record<string, string>)[f.messageId] ?? '';
            for (const [placeholder] of template.matchAll(/(?<!\$)\{\w+\}/g)) assert.ok(!f.message.includes(placeholder), `unfilled placeholder ${placeholder} in: ${f.message}`);
          });
          const fixes = findings.filter((f) => f.fix).map((f) => f.fix!);
          if (c.output === undefined) {
            assert.ok(fixes.length === 0 || rule.meta.fix !== 'safe', `the rule produced a fix; add \`output\` to this case`);
          } else if (c.output === null) {
            assert.equal(fixes.length, 0, 'expected no fix');
          } else {
            assert.ok(fixes.length > 0, 'expected a fix, got none');
            assert.notEqual(c.output, c.code, '`output` must differ from `code`');
            const fixed = applyEdits(c.code, fixes.flatMap((f) => f.edits));
            assert.equal(fixed, c.output);
            const again = lint(fixed, c).filter((f) => f.fix);
            assert.equal(again.length, 0, `fix is not idempotent; after fixing, still:\n${describeFindings(again)}`);
          }
          if (c.suggestions) {
            const suggestions = findings[0].suggestions ?? [];
            assert.equal(suggestions.length, c.suggestions.length, 'number of suggestions');
            c.suggestions.forEach((s, i) => {
              if (s.title) assert.equal(suggestions[i].title, s.title);
              const applied = applyEdits(c.code, suggestions[i].edits);
              assert.equal(applied, s.output);
              // A compose suggestion resolves what it was offered for: the rule reports less afterwards.
              if (rule.meta.target === 'compose') assert.ok(lint(applied, c).length < findings.length, `after the suggestion "${suggestions[i].title}", the rule still reports as much`);
            });
          }
        });
      }
    });
  });
}
