import * as assert from 'node:assert/strict';
import { checkpoint, floatingTag } from '../../../../src/core/course/checkpoints/img/IMG-02-tags';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint, () => {
  it('tells a floating reference (no tag, or latest) from a pinned one', () => {
    for (const ref of ['learner/app', 'learner/app:latest', 'localhost:5000/app', 'busybox']) assert.equal(floatingTag(ref), true, ref);
    for (const ref of ['learner/app:1.0.0', 'localhost:5000/app:1', 'busybox@sha256:abc', 'sha256:0123']) assert.equal(floatingTag(ref), false, ref);
  });
});
