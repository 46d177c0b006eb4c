import * as assert from 'node:assert/strict';
import { baseFromLine, checkpoint } from '../../../../src/core/course/checkpoints/img/IMG-05-pin-digest';
import { checkpointSuite, replay } from '../../support/checkpointHarness';

const D = `sha256:${'ab'.repeat(32)}`;

checkpointSuite(checkpoint, (fixture) => {
  it('reads the base of the final stage: ARG defaults, stage chains, registry ports and digests', () => {
    assert.deepEqual(baseFromLine(`FROM busybox:1.36@${D}\n`), { written: `busybox:1.36@${D}`, repo: 'busybox', tag: '1.36', digest: D });
    assert.deepEqual(baseFromLine(`ARG BASE=localhost:5000/team/base:2\nFROM \${BASE} AS build\nFROM build\n`), { written: 'localhost:5000/team/base:2', repo: 'localhost:5000/team/base', tag: '2', digest: undefined });
    assert.equal(baseFromLine('FROM scratch\nCOPY a /a\n'), undefined);
    assert.equal(baseFromLine('FROM localhost:5000/base\n')?.tag, undefined);
  });

  it('is not checkable (never failed) when the base came from no registry', async () => {
    const s = fixture().scenarios.find((x) => x.name === 'img-digest-typo')!;
    const snap = structuredClone(s.snapshot);
    snap.workspace.files['labs/c02-l2/Dockerfile'] = Buffer.from('FROM course/toolbox:1\nCOPY www/ /www/\n').toString('base64');
    const r = await replay(checkpoint, snap, s.input);
    assert.equal(r.status, 'not-checkable');
    assert.match(r.conditions[0].why ?? '', /has no RepoDigests/);
  });
});
