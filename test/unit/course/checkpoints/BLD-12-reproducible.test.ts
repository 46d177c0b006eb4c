import * as assert from 'node:assert/strict';
import { checkpoint, lastLayerStep } from '../../../../src/core/course/checkpoints/bld/BLD-12-reproducible';
import { checkpointSuite } from '../../support/checkpointHarness';

const row = (CreatedBy: string) => ({ Id: '<missing>', Created: 0, CreatedBy, Size: 0 });

checkpointSuite(checkpoint, () => {
  it('finds the step behind the newest layer, skipping configuration rows', () => {
    assert.equal(lastLayerStep([row('CMD ["httpd"]'), row('USER 65534:65534'), row('RUN /bin/sh -c date > /app/www/built-at.txt # buildkit'), row('COPY www/ ./www/ # buildkit')])?.kind, 'RUN');
    assert.equal(lastLayerStep([row('EXPOSE map[8080/tcp:{}]'), row('COPY www/ /app/www/ # buildkit')])?.kind, 'COPY');
    assert.equal(lastLayerStep([row('WORKDIR /app'), row('LABEL a=b')])?.kind, 'WORKDIR');
    assert.equal(lastLayerStep([row('/bin/sh -c #(nop)  CMD ["sh"]')]), undefined);
  });
});
