import * as assert from 'node:assert/strict';
import { checkpoint } from '../../../../src/core/course/checkpoints/net/NET-08-load-balancing';
import { replicaOf } from '../../../../src/core/course/checkpoints/net/proxy';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint, () => {
  it('reads the replica hostname after the marker', () => {
    assert.equal(replicaOf('driftwood-app ok 3f2a9c1b0d4e\n', 'driftwood-app ok'), '3f2a9c1b0d4e');
    assert.equal(replicaOf('<pre>driftwood-app ok app-2 extra</pre>', 'driftwood-app ok'), 'app-2');
    assert.equal(replicaOf('upstream app:8080 did not answer', 'driftwood-app ok'), undefined);
  });
});
