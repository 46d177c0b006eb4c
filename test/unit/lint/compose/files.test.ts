import * as assert from 'node:assert/strict';
import { isComposeFile } from '../../../../src/core/lint/files';
import { targetOf } from '../../../../src/core/lint/lintDocument';

describe('compose file names', () => {
  it('recognises compose files by name whatever their language id', () => {
    for (const p of ['compose.yaml', '/a/compose.yml', '/a/compose.prod.yaml', '/a/docker-compose.yml', '/a/docker-compose.override.yaml', '/a/docker-compose-dev.yml', 'C:\\app\\compose.yaml']) {
      assert.equal(targetOf(p, 'yaml'), 'compose', p);
    }
    assert.equal(targetOf('/a/values.yaml', 'yaml'), undefined);
    assert.equal(targetOf('/a/prod.yaml', 'dockercompose'), 'compose');
  });

  it('adds the learner\'s extra globs', () => {
    assert.equal(isComposeFile('/w/deploy/prod.yaml', ['**/deploy/*.yaml']), true);
    assert.equal(isComposeFile('/w/deploy/nested/prod.yaml', ['**/deploy/*.yaml']), false);
    assert.equal(isComposeFile('/w/stack.yml', ['stack.yml']), true);
    assert.equal(isComposeFile('/w/x/stack.yml', ['*.{yml,yaml}']), true);
    assert.equal(isComposeFile('C:\\w\\deploy\\prod.yaml', ['deploy/*.yaml']), true);
    assert.equal(targetOf('/w/ops/app.yaml', 'yaml', ['ops/app.yaml']), 'compose');
    assert.equal(isComposeFile('/w/values.yaml', []), false);
  });
});
