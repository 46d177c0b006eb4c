import * as assert from 'node:assert/strict';
import { checkpoint, isRoot } from '../../../../src/core/course/checkpoints/bld/BLD-07-multi-stage-final';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint, () => {
  it('treats an empty user, root and UID 0 (with any group) as root', () => {
    for (const u of ['', 'root', '0', '0:0', 'root:root', '0:1000']) assert.equal(isRoot(u), true, u);
    for (const u of ['65534', '65534:65534', 'app', '1000:0', 'nobody']) assert.equal(isRoot(u), false, u);
  });
});
