import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describePath } from '../../../../src/core/lint/compose/schema';

const ROOT = path.resolve(__dirname, '../../../../..');

describe('compose schema', () => {
  it('the bundled copy is the schema of the installed dclint package', () => {
    const ours = fs.readFileSync(path.join(ROOT, 'src/core/lint/compose/compose.schema.json'), 'utf8');
    const theirs = fs.readFileSync(path.join(ROOT, 'node_modules/dclint/schemas/compose.schema.json'), 'utf8');
    assert.ok(ours === theirs, 'the schema changed in dclint: copy node_modules/dclint/schemas/compose.schema.json to src/core/lint/compose/ and re-run the tests');
  });

  it('describes JSON paths in words', () => {
    assert.equal(describePath([]), 'the top level');
    assert.equal(describePath(['services', 'web']), 'service `web`');
    assert.equal(describePath(['services', 'web', 'deploy', 'resources']), '`deploy.resources` of service `web`');
    assert.equal(describePath(['services', 'web', 'ports', '0']), 'item 1 of `ports` of service `web`');
    assert.equal(describePath(['networks', 'back', 'ipam', 'config', '1', 'subnet']), '`ipam.config[2].subnet` of network `back`');
    assert.equal(describePath(['include', '0']), 'item 1 of `include`');
  });
});
