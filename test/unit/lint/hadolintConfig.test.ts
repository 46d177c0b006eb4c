import * as assert from 'node:assert/strict';
import { parseHadolintConfig } from '../../../src/core/lint/config/hadolint';

describe('.hadolint.yaml', () => {
  it('reads ignored, override and failure-threshold', () => {
    const h = parseHadolintConfig('ignored:\n  - DL3008\noverride:\n  error: [DL3006]\n  style: [DL3059]\nfailure-threshold: warning\n');
    assert.deepEqual(h.config.ignored, ['DL3008']);
    assert.deepEqual(h.config.rules, { DL3006: 'error', DL3059: 'hint' });
    assert.equal(h.failureThreshold, 'warning');
    assert.deepEqual(h.problems, []);
  });
  it('explains problems instead of failing', () => {
    assert.match(parseHadolintConfig('ignored: [').problems[0], /not valid YAML/);
    assert.match(parseHadolintConfig('ignored: DL3008').problems[0], /must be a list/);
    assert.match(parseHadolintConfig('failure-threshold: loud').problems[0], /failure-threshold: loud/);
    assert.deepEqual(parseHadolintConfig('').problems, []);
  });
});
