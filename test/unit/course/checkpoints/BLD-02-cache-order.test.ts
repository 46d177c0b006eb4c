import * as assert from 'node:assert/strict';
import { checkpoint, INSTALL } from '../../../../src/core/course/checkpoints/bld/BLD-02-cache-order';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint, () => {
  it('recognises dependency installs, and not the toolbox\'s own busybox --install', () => {
    for (const c of ['/bin/sh -c pip install --no-cache-dir -r requirements.txt', 'RUN /bin/sh -c npm ci # buildkit', '/bin/sh -c sh /app/install-deps /app/requirements.txt', '/bin/sh -c go mod download']) assert.match(c, INSTALL, c);
    for (const c of ['/bin/busybox --install -s /bin', '/bin/sh -c apt-get update', '/bin/sh -c chmod 0755 /app/src/cgi-bin/*']) assert.doesNotMatch(c, INSTALL, c);
  });
});
