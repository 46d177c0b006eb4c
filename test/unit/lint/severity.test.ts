import * as assert from 'node:assert/strict';
import { resolveSeverity, withOptInEnabled } from '../../../src/core/lint/severity';
import type { RuleMeta } from '../../../src/core/lint/types';

const base: RuleMeta = {
  id: 'DF99',
  name: 'example-rule',
  target: 'dockerfile',
  category: 'style',
  defaultSeverity: 'warning',
  status: 'stable',
  taughtIn: ['c04-l1'],
  sources: ['hadolint:DL9999'],
  messages: { m: 'message' },
  docs: { summary: 'summary', rationale: 'rationale', examples: { bad: '', good: '' } },
  fix: 'none',
};
const optIn: RuleMeta = { ...base, defaultSeverity: 'info', optIn: true };

describe('severity', () => {
  const cases: [string, RuleMeta, Parameters<typeof resolveSeverity>[2], string][] = [
    ['default', base, {}, 'warning'],
    ['user override by id', base, { rules: { DF99: 'error' } }, 'error'],
    ['user override by name', base, { rules: { 'example-rule': 'hint' } }, 'hint'],
    ['user override by external id', base, { rules: { DL9999: 'off' } }, 'off'],
    ['ignored list', base, { ignored: ['dl9999'] }, 'off'],
    ['lesson not passed yet: info at most', base, { passedLessons: new Set(['c00-l1']) }, 'info'],
    ['lesson passed: default', base, { passedLessons: new Set(['c04-l1']) }, 'warning'],
    ['opt-in: off by default', optIn, {}, 'off'],
    ['opt-in: off before its lesson', optIn, { passedLessons: new Set(['c00-l1']) }, 'off'],
    ['opt-in: on once its lesson is passed', optIn, { passedLessons: new Set(['c04-l1']) }, 'info'],
    ['opt-in: on when a setting names it', optIn, { rules: { DF99: 'warning' } }, 'warning'],
    ['opt-in: a setting can keep it off after the lesson', optIn, { rules: { DF99: 'off' }, passedLessons: new Set(['c04-l1']) }, 'off'],
  ];
  for (const [name, meta, config, expected] of cases) {
    it(name, () => assert.equal(resolveSeverity(meta, meta.sources, config), expected));
  }

  it('withOptInEnabled switches on opt-in rules only, and keeps explicit settings', () => {
    assert.deepEqual(withOptInEnabled({}, [base, optIn]), { rules: { DF99: 'info' } });
    assert.deepEqual(withOptInEnabled({ rules: { DF99: 'off' } }, [optIn]), { rules: { DF99: 'off' } });
    const config = { rules: { DF01: 'error' as const } };
    assert.equal(withOptInEnabled(config, [base]), config);
  });
});
