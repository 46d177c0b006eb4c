import * as assert from 'node:assert/strict';
import { conditionOutcome, hintFor, runVerdict, transcript } from '../../../src/core/course/checkOutcome';
import { findCheckpoint } from '../../../src/core/course/checkpoints/index';
import type { CheckResult, ConditionResult, HintLadder } from '../../../src/core/course/checkpoints/types';
import type { LessonRecord } from '../../../src/core/course/progress';

const hints: HintLadder = ['the idea', 'the flag', 'the fix'];
const cond = (o: Partial<ConditionResult> & Pick<ConditionResult, 'id' | 'status'>): ConditionResult => ({ label: `label ${o.id}`, expected: 'RestartPolicy `unless-stopped`', actual: '`no`', durationMs: 3, ...o });
const result = (conditions: ConditionResult[], checkpointId = 'RUN-03'): CheckResult => ({
  checkpointId,
  lessonId: 'c03-l2',
  title: 'A web server',
  status: conditions.some((c) => c.status === 'blocked') ? 'blocked' : conditions.some((c) => c.status === 'failed') ? 'failed' : 'passed',
  conditions,
  durationMs: 12,
});
const record = (failures: Record<string, number>, extra: Partial<LessonRecord> = {}): LessonRecord => ({
  checks: 1,
  checkpoints: {},
  conditions: Object.fromEntries(Object.entries(failures).map(([k, n]) => [k, { failures: n, lastStatus: 'failed' as const, hintShown: 0 as const }])),
  ...extra,
});

describe('check outcomes in the editor', () => {
  it('a failure carries expected and actual for the diff, and the hint of the rung reached', () => {
    const c = cond({ id: 'restart-policy', status: 'failed', hints });
    const first = conditionOutcome(c, 1);
    assert.equal(first.kind, 'failed');
    if (first.kind !== 'failed') return;
    assert.equal(first.expected, 'RestartPolicy `unless-stopped`');
    assert.equal(first.actual, '`no`');
    assert.equal(first.hintLevel, 1);
    assert.match(first.message, /^Hint 1 of 3: the idea\n\n\*\*label restart-policy\*\*: expected RestartPolicy `unless-stopped`; found `no`\./);
    assert.match(first.message, /more specific hint/);
    const third = conditionOutcome(c, 7);
    assert.ok(third.kind === 'failed' && third.hintLevel === 3 && third.hint === 'the fix' && !/more specific/.test(third.message));
  });

  it('not-checkable is skipped with why; blocked is an error about the machinery; cancelled is skipped', () => {
    assert.deepEqual(conditionOutcome(cond({ id: 'x', status: 'not-checkable', why: 'Docker Desktop hides host PIDs' }), 0), { kind: 'skipped', reason: 'Not checked on this machine: Docker Desktop hides host PIDs.' });
    const blocked = conditionOutcome(cond({ id: 'x', status: 'blocked', failure: { kind: 'no-socket', message: 'Docker is not running.' } }), 0);
    assert.deepEqual(blocked, { kind: 'errored', message: 'Not checked, and not because of your work: Docker is not running.' });
    assert.equal(conditionOutcome(cond({ id: 'x', status: 'blocked', failure: { kind: 'cancelled', message: 'c' } }), 0).kind, 'skipped');
    assert.deepEqual(conditionOutcome(cond({ id: 'x', status: 'passed', actual: 'running' }), 0), { kind: 'passed', detail: 'running' });
  });

  it('sums up a run: the first real failure (not one waiting for another), or the blocking reason', () => {
    const waiting = cond({ id: 'http', status: 'failed', actual: 'not checked yet: first make "running" pass' });
    const real = cond({ id: 'env', status: 'failed' });
    const v = runVerdict([result([cond({ id: 'a', status: 'passed' }), waiting, real])]);
    assert.ok(v.kind === 'failed' && v.failed === 2 && v.total === 3 && v.first.result.id === 'env');
    const b = runVerdict([result([cond({ id: 'a', status: 'blocked', failure: { kind: 'refused', installation: 'not-running', message: 'Docker is installed but not running.' } })])]);
    assert.deepEqual(b, { kind: 'blocked', reason: 'Docker is installed but not running.', failureKind: 'refused', installation: 'not-running' });
    assert.deepEqual(runVerdict([result([cond({ id: 'a', status: 'passed' }), cond({ id: 'b', status: 'not-checkable', why: 'w' })])]), { kind: 'passed', passedConditions: 1, skipped: 1 });
    assert.deepEqual(runVerdict([result([cond({ id: 'b', status: 'not-checkable', why: 'no AppArmor' })])]), { kind: 'not-checkable', reason: 'no AppArmor' });
  });

  it('writes a transcript for the test output', () => {
    const t = transcript(result([cond({ id: 'a', status: 'passed', label: 'web exists', actual: 'container `web`' }), cond({ id: 'b', status: 'failed', label: 'restarts' })]));
    assert.equal(t, [
      'RUN-03 (c03-l2) A web server: failed in 12 ms',
      '  ✔ PASS  web exists',
      '      expected: RestartPolicy `unless-stopped`',
      '      found: container `web`',
      '  ✘ FAIL  restarts',
      '      expected: RestartPolicy `unless-stopped`',
      '      found: `no`',
      '',
    ].join('\r\n'));
  });
});

describe('Show Hint', () => {
  const run03 = findCheckpoint('RUN-03')!;

  it('without any check yet, asks for one', () => {
    assert.deepEqual(hintFor({ checkpoints: [run03] }), { kind: 'no-check' });
  });

  it('picks the first failing condition that is not waiting for another, on its rung', () => {
    const results = [result([cond({ id: 'web-exists', status: 'passed' }), cond({ id: 'http', status: 'failed', actual: 'not checked yet: first make "running" pass', hints }), cond({ id: 'env', status: 'failed', hints })])];
    const a = hintFor({ results, record: record({ 'RUN-03/env': 2, 'RUN-03/http': 5 }), checkpoints: [run03] });
    assert.ok(a.kind === 'hint');
    assert.equal(a.condition.key, 'RUN-03/env');
    assert.equal(a.level, 2);
    assert.deepEqual(a.rungs, ['the idea', 'the flag']);
    assert.deepEqual(a.failing.map((f) => f.key), ['RUN-03/http', 'RUN-03/env']);
    const chosen = hintFor({ results, record: record({ 'RUN-03/env': 2, 'RUN-03/http': 5 }), checkpoints: [run03], key: 'RUN-03/http' });
    assert.ok(chosen.kind === 'hint' && chosen.condition.key === 'RUN-03/http' && chosen.level === 3);
  });

  it('after a reload, uses the stored failures and the checkpoint\'s own ladder', () => {
    const a = hintFor({ record: record({ 'RUN-03/restart-policy': 1 }), checkpoints: [run03] });
    assert.ok(a.kind === 'hint');
    assert.equal(a.condition.label, '`web` restarts unless you stop it');
    assert.deepEqual(a.rungs, [run03.conditions.find((c) => c.id === 'restart-policy')!.hints[0]]);
  });

  it('says when nothing is failing', () => {
    assert.deepEqual(hintFor({ results: [result([cond({ id: 'a', status: 'passed' })])], record: record({}, { passedAt: '2026-01-01T00:00:00Z' }), checkpoints: [run03] }), { kind: 'nothing-failing', lessonPassed: true });
  });
});
