import * as assert from 'node:assert/strict';
import { addsLocalFiles, checkpoint } from '../../../../src/core/course/checkpoints/bld/BLD-03-instructions';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint, () => {
  it('spots ADD of local files in both builders\' history, not downloads', () => {
    assert.equal(addsLocalFiles('/bin/sh -c #(nop) ADD dir:4b2e8d in www/ '), true);
    assert.equal(addsLocalFiles('/bin/sh -c #(nop) ADD file:9f1c in data/ '), true);
    assert.equal(addsLocalFiles('ADD www/ /app/www/ # buildkit'), true);
    assert.equal(addsLocalFiles('ADD --checksum=sha256:00 https://example.org/a.tgz /opt/ # buildkit'), false);
    assert.equal(addsLocalFiles('/bin/sh -c #(nop) COPY dir:4b2e8d in /app/ '), false);
    assert.equal(addsLocalFiles('/bin/sh -c echo ADD file: not an instruction'), false);
  });
});
