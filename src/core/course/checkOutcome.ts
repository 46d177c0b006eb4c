/**
 * How a check result reads in the editor: each condition as a test outcome (passed, failed with an
 * expected/actual diff and the hint of the rung the learner has reached, skipped or errored with the
 * reason), a plain-text transcript for the test output, and a one-line summary for a notification.
 */
import type { CheckResult, Checkpoint, ConditionResult } from './checkpoints/types';
import { conditionKey, hintLevel, type HintLevel, type LessonRecord } from './progress';

export type ConditionOutcome =
  | { kind: 'passed'; detail: string }
  | {
      kind: 'failed';
      /** Markdown: what is wrong, then the hint. */
      message: string;
      expected: string;
      actual: string;
      hintLevel: HintLevel;
      hint?: string;
    }
  /** Could not be judged on this host (not-checkable), or the check was cancelled. */
  | { kind: 'skipped'; reason: string }
  /** The machinery failed (daemon unreachable, timeout, a fault in the checker): not the learner's work. */
  | { kind: 'errored'; message: string };

/** The hint text of a rung (1-based), or undefined when the result carries no ladder. */
export function hintAt(r: Pick<ConditionResult, 'hints'>, level: HintLevel): string | undefined {
  return r.hints?.[level - 1];
}

/**
 * A condition's outcome. `failures` is the number of failed checks of this condition including this
 * one (from the progress store), which picks the hint rung.
 */
export function conditionOutcome(r: ConditionResult, failures: number): ConditionOutcome {
  switch (r.status) {
    case 'passed':
      return { kind: 'passed', detail: r.actual };
    case 'failed': {
      const level = (hintLevel(failures) || 1) as HintLevel;
      const hint = hintAt(r, level);
      // The first line is what a diff peek shows as its title, so it carries the hint (or, without one, the gap).
      const lines = hint ? [`Hint ${level} of 3: ${hint}`, ''] : [];
      lines.push(`**${r.label}**: expected ${r.expected}; found ${r.actual}.`);
      if (hint && level < 3) lines.push('', '_Each failed check of this condition brings a more specific hint (Docker Course: Show Hint)._');
      return { kind: 'failed', message: lines.join('\n'), expected: r.expected, actual: r.actual, hintLevel: level, hint };
    }
    case 'not-checkable':
      return { kind: 'skipped', reason: `Not checked on this machine: ${r.why ?? 'this host cannot show it'}.` };
    case 'blocked':
      if (r.failure?.kind === 'cancelled') return { kind: 'skipped', reason: 'Not checked: the run was cancelled.' };
      return { kind: 'errored', message: `Not checked, and not because of your work: ${r.failure?.message ?? r.actual}` };
  }
}

/** The failure count of each condition after this run, from the updated progress record. */
export function failuresOf(record: LessonRecord | undefined, checkpointId: string, conditionId: string): number {
  return record?.conditions[conditionKey(checkpointId, conditionId)]?.failures ?? 0;
}

const MARK: Record<ConditionResult['status'], string> = { passed: '✔ PASS', failed: '✘ FAIL', blocked: '! NOT CHECKED', 'not-checkable': '- SKIPPED' };

/** A transcript of a checkpoint's result for the test output (CRLF line ends, as the test terminal wants). */
export function transcript(r: CheckResult): string {
  const lines = [`${r.checkpointId} (${r.lessonId}) ${r.title}: ${r.status} in ${r.durationMs} ms`];
  for (const c of r.conditions) {
    const what = c.status === 'not-checkable' ? c.why ?? '' : c.actual;
    lines.push(`  ${MARK[c.status]}  ${c.label}`, `      expected: ${c.expected}`, `      ${c.status === 'passed' ? 'found' : c.status === 'failed' ? 'found' : 'because'}: ${what}`);
  }
  if (r.facts) lines.push(`  facts: ${Object.entries(r.facts).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  return lines.join('\r\n') + '\r\n';
}

export type RunVerdict =
  | { kind: 'passed'; passedConditions: number; skipped: number }
  | { kind: 'failed'; failed: number; total: number; first: { checkpointId: string; result: ConditionResult } }
  | { kind: 'blocked'; reason: string; failureKind?: string; installation?: string }
  | { kind: 'not-checkable'; reason: string };

/** What a lesson's run amounts to, for the notification after Check Lesson. */
export function runVerdict(results: readonly CheckResult[]): RunVerdict {
  const all = results.flatMap((r) => r.conditions.map((c) => ({ checkpointId: r.checkpointId, c })));
  const blocked = all.find((x) => x.c.status === 'blocked');
  if (blocked) return { kind: 'blocked', reason: blocked.c.failure?.message ?? blocked.c.actual, failureKind: blocked.c.failure?.kind, installation: blocked.c.failure?.installation };
  const failed = all.filter((x) => x.c.status === 'failed');
  if (failed.length) {
    // The first failure that is not merely waiting on an earlier one is the one to act on.
    const first = failed.find((x) => !x.c.actual.startsWith('not checked yet')) ?? failed[0];
    return { kind: 'failed', failed: failed.length, total: all.length, first: { checkpointId: first.checkpointId, result: first.c } };
  }
  const passed = all.filter((x) => x.c.status === 'passed').length;
  const skipped = all.filter((x) => x.c.status === 'not-checkable');
  if (passed === 0) return { kind: 'not-checkable', reason: skipped[0]?.c.why ?? 'nothing could be checked here' };
  return { kind: 'passed', passedConditions: passed, skipped: skipped.length };
}

export interface FailingCondition {
  /** `<checkpointId>/<conditionId>` */
  key: string;
  checkpointId: string;
  conditionId: string;
  label: string;
  failures: number;
  /** Only waiting for an earlier condition ("not checked yet"): its hint is not the useful one. */
  waiting: boolean;
  hints?: readonly [string, string, string];
}

export type HintAnswer =
  | { kind: 'hint'; condition: FailingCondition; level: HintLevel; /** Rungs 1..level. */ rungs: string[]; failing: FailingCondition[] }
  | { kind: 'no-check' }
  | { kind: 'nothing-failing'; lessonPassed: boolean };

/**
 * The hint Show Hint gives: for the condition `key` when given, else the first failing condition that is
 * not merely waiting for another. The rung follows the condition's failed checks (1, 2, then 3 for good).
 * Uses the results of this session's last check, else what the progress store remembers of earlier ones.
 */
export function hintFor(i: { results?: readonly CheckResult[]; record?: LessonRecord; checkpoints: readonly Checkpoint[]; key?: string }): HintAnswer {
  let failing: FailingCondition[];
  if (i.results?.length) {
    failing = i.results.flatMap((r) =>
      r.conditions
        .filter((c) => c.status === 'failed')
        .map((c) => ({
          key: `${r.checkpointId}/${c.id}`,
          checkpointId: r.checkpointId,
          conditionId: c.id,
          label: c.label,
          failures: failuresOf(i.record, r.checkpointId, c.id),
          waiting: c.actual.startsWith('not checked yet'),
          hints: c.hints,
        })),
    );
  } else {
    const conds = i.record?.conditions ?? {};
    if (!i.record || i.record.checks === 0) return { kind: 'no-check' };
    failing = i.checkpoints.flatMap((cp) =>
      cp.conditions
        .filter((c) => conds[`${cp.id}/${c.id}`]?.lastStatus === 'failed')
        .map((c) => ({ key: `${cp.id}/${c.id}`, checkpointId: cp.id, conditionId: c.id, label: c.label, failures: conds[`${cp.id}/${c.id}`].failures, waiting: false, hints: c.hints })),
    );
  }
  if (failing.length === 0) return { kind: 'nothing-failing', lessonPassed: !!i.record?.passedAt };
  const chosen = (i.key && failing.find((f) => f.key === i.key)) || failing.find((f) => !f.waiting) || failing[0];
  const level = (hintLevel(chosen.failures) || 1) as HintLevel;
  const rungs = (chosen.hints ?? []).slice(0, level);
  return { kind: 'hint', condition: chosen, level, rungs, failing };
}
