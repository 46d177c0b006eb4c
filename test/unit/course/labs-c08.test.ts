/**
 * Lint contract of the C08 (Compose) labs: every starter shows the anti-patterns its lesson teaches (each registered
 * rule the lesson teaches fires in at least one starter file), and every reference solution is clean for every
 * registered rule the course has taught up to and including that lesson.
 * Rules that are still being written (not yet registered) are reported as pending, not silently passed.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { courseChapters } from '../../../src/core/course/catalog';
import { chapter as c08 } from '../../../src/core/course/chapters/c08';
import { lessonIds } from '../../../src/core/course/lessonIds';
import { labFolder, type Lesson } from '../../../src/core/course/types';
import { allRules } from '../../../src/core/lint/allRules';
import { lintText, targetOf } from '../../../src/core/lint/lintDocument';
import type { Finding, LintConfig } from '../../../src/core/lint/types';

const ROOT = path.resolve(__dirname, '../../../..');
const order = new Map(lessonIds.map((l, i) => [l.id, i]));
const registered = new Map(allRules().map((r) => [r.meta.id, r]));

/** The configuration `docker-course lint` uses when nothing is configured: what "lints clean" means for a solution. */
const CLI_DEFAULT: LintConfig = {};

/**
 * A starter is linted the way the offline lab sees it (no registry), with the rule under test switched on
 * explicitly, so rules that are opt-in (off until the learner reaches them) are checked too.
 */
function starterConfig(ruleId: string): LintConfig {
  return { online: false, rules: { [ruleId]: 'warning' } };
}

/**
 * Rules a lesson teaches in its page but not through its starter, and why: CF09 (container_name on a scaled
 * service) only fires once a service has replicas, which c08-l1's one-container-per-service project has not;
 * c08-l5's starter shows it. CF28 (a path the file names is missing) would make the starter unusable, so
 * c08-l1 teaches it on the page and the lab keeps every path present. CF25 (a reference to an undeclared
 * network or volume) stops `docker compose up` outright, so c08-l4's starter shows the quieter CF26 instead.
 * CF11 recognises a proxy by its image name, and Driftwood's proxy is nginxinc/nginx-unprivileged (the
 * offline stand-in course/proxy-standin), which it does not list; while its backend publishes a database
 * port (the CF10 mistake of the same starter) it also does not ask for `internal: true`. c08-l2's starter
 * shows the short `depends_on` (CF03); CF27 is the opposite mistake (waiting for `service_healthy` on a
 * service that has no healthcheck), which the page teaches and the Fix step avoids. CF36 reports a variable
 * that is unset only when a `.env` sits beside the file, and the extension cannot ship one (vsce refuses to
 * package `.env` files); c08-l3's starter has the unset `${DATABASE_NAME}` and its page shows Compose's warning.
 */
const TAUGHT_WITHOUT_STARTER: Record<string, string[]> = {
  'c08-l1': ['CF09', 'CF28'],
  'c08-l2': ['CF27'],
  'c08-l3': ['CF36'],
  'c08-l4': ['CF11', 'CF25'],
};

function lintFile(file: string, config: LintConfig = CLI_DEFAULT): Finding[] {
  const target = targetOf(file);
  if (!target) return [];
  const dir = path.dirname(file);
  const { findings, crashes } = lintText(target, fs.readFileSync(file, 'utf8'), config, {
    path: file,
    exists: (rel) => fs.existsSync(path.resolve(dir, rel)),
    read: (rel) => (fs.existsSync(path.resolve(dir, rel)) ? fs.readFileSync(path.resolve(dir, rel), 'utf8') : undefined),
  });
  assert.deepEqual(crashes, [], `${path.relative(ROOT, file)}: a rule crashed`);
  return findings;
}

/** Registered rules taught at or before `lesson`: by the rule's own `taughtIn`, or by any catalogue lesson's `rulesTaught`. */
function taughtSoFar(lesson: Lesson): Set<string> {
  const at = order.get(lesson.id)!;
  const ids = new Set<string>();
  for (const [id, rule] of registered) if (rule.meta.taughtIn.some((l) => (order.get(l) ?? Infinity) <= at)) ids.add(id);
  for (const l of [...courseChapters.flatMap((c) => c.lessons), ...c08.lessons]) {
    if ((order.get(l.id) ?? Infinity) <= at) for (const r of l.rulesTaught) if (registered.has(r)) ids.add(r);
  }
  return ids;
}

function lintable(lesson: Lesson, kind: 'starter' | 'solution'): string[] {
  const files = lesson.lab ? lesson.lab[kind] : [];
  return files.map((f) => path.join(ROOT, labFolder(lesson.id), kind, f)).filter((f) => targetOf(f) !== undefined);
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.ruleId} line ${f.range.start.line + 1}: ${f.message}`).join('\n  ');
}

describe('C08 labs: starters show the lesson, solutions lint clean', () => {
  for (const chapter of [c08]) {
    for (const lesson of chapter.lessons.filter((l) => l.lab)) {
      describe(`${lesson.id} ${lesson.title}`, () => {
        const starters = lintable(lesson, 'starter');
        const solutions = lintable(lesson, 'solution');

        for (const ruleId of lesson.rulesTaught.filter((r) => !TAUGHT_WITHOUT_STARTER[lesson.id]?.includes(r))) {
          it(`a starter file fires ${ruleId}`, function () {
            if (!registered.has(ruleId)) this.skip(); // the rule is still being written; this case turns on when it is registered
            const fired = starters.filter((f) => lintFile(f, starterConfig(ruleId)).some((x) => x.ruleId === ruleId));
            assert.ok(fired.length > 0, `${lesson.id} teaches ${ruleId} but no starter file (${starters.map((f) => path.basename(f)).join(', ') || 'none'}) shows it`);
          });
        }

        for (const file of solutions) {
          it(`solution ${path.basename(file)} is clean for every rule taught so far`, () => {
            const taught = taughtSoFar(lesson);
            // Offline variants (compose.offline.yaml and friends) are linted as the offline course sees them.
            const findings = lintFile(file, /(^|\.)offline\./.test(path.basename(file)) ? { online: false } : CLI_DEFAULT).filter((f) => taught.has(f.ruleId));
            assert.equal(findings.length, 0, `${path.relative(ROOT, file)}:\n  ${describeFindings(findings)}`);
          });
        }

        if (lesson.rulesTaught.length > 0 && starters.length > 0) {
          it('every starter lint target has a solution counterpart or is a deliberate baseline', () => {
            const solutionNames = new Set(lesson.lab!.solution);
            const baselines = lesson.lab!.starter.filter((f) => targetOf(f) && !solutionNames.has(f));
            // A starter without a solution is only allowed as the "before" image a lesson compares against.
            for (const f of baselines) assert.fail(`${lesson.id}: starter ${f} has no reference solution`);
          });
        }
      });
    }
  }
});
