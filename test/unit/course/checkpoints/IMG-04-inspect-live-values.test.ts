import * as assert from 'node:assert/strict';
import { argvOf, checkpoint } from '../../../../src/core/course/checkpoints/img/IMG-04-inspect-live-values';
import { checkpointSuite, replay } from '../../support/checkpointHarness';

checkpointSuite(checkpoint, (fixture) => {
  it('reads an entrypoint typed as JSON, as template output or as words', () => {
    assert.deepEqual(argvOf('["httpd","-f","-p","8088"]'), ['httpd', '-f', '-p', '8088']);
    assert.deepEqual(argvOf('[httpd -f -p 8088]'), ['httpd', '-f', '-p', '8088']);
    assert.deepEqual(argvOf('  httpd -f  -p 8088 '), ['httpd', '-f', '-p', '8088']);
  });

  it('accepts every form of the right answers, and the port with or without /tcp', async () => {
    const s = fixture().scenarios.find((x) => x.expect === 'pass')!;
    for (const answers of [
      { user: '65534:65534', entrypoint: '[httpd -f -p 8088]', port: '8088/tcp' },
      { user: '"65534:65534"', entrypoint: '["httpd", "-f", "-p", "8088"]', port: '8088' },
    ]) {
      const r = await replay(checkpoint, s.snapshot, { ...s.input, answers });
      assert.equal(r.status, 'passed', JSON.stringify(r.conditions.map((c) => [c.id, c.status, c.actual])));
    }
  });

  it('fails an unanswered question without giving the answer away', async () => {
    const s = fixture().scenarios.find((x) => x.expect === 'pass')!;
    const r = await replay(checkpoint, s.snapshot, { ...s.input, answers: { user: '65534:65534', entrypoint: 'httpd -f -p 8088' } });
    const port = r.conditions.find((c) => c.id === 'port')!;
    assert.equal(port.status, 'failed');
    assert.doesNotMatch(`${port.expected} ${port.actual}`, /8088/);
  });
});
