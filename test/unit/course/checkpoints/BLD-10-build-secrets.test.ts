import * as assert from 'node:assert/strict';
import { checkpoint, usesSecretMount } from '../../../../src/core/course/checkpoints/bld/BLD-10-build-secrets';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint, () => {
  it('finds a secret mount on a RUN, in any position among its flags', () => {
    assert.equal(usesSecretMount('FROM a:1\nRUN --mount=type=secret,id=api_token sh fetch.sh\n'), true);
    assert.equal(usesSecretMount('FROM a:1\nRUN --mount=type=cache,target=/c \\\n    --mount=id=t,type=secret sh fetch.sh\n'), true);
    assert.equal(usesSecretMount('FROM a:1\nRUN --mount=type=cache,target=/c sh fetch.sh\n'), false);
    assert.equal(usesSecretMount('FROM a:1\n# RUN --mount=type=secret,id=t x\nRUN x\n'), false);
  });
});
