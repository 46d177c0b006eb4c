import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

describe('packaging: the .vsix holds only what a user needs', function () {
  this.timeout(60000);
  it('vsce ls lists the bundles, the parser wasm, media, walkthroughs, package.json, README and LICENSE only', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    const allowed = /^(dist\/(extension|cli)\.js|dist\/[\w-]+\.wasm|media\/.+|walkthroughs\/.+|package\.json|README\.md|LICENSE)$/;
    assert.deepEqual(files.filter((f) => !allowed.test(f)), [], 'unexpected files in the package');
    for (const needed of ['dist/extension.js', 'dist/cli.js', 'dist/tree-sitter.wasm', 'dist/tree-sitter-bash.wasm', 'package.json', 'README.md', 'LICENSE', 'walkthroughs/reference/rules.md']) {
      assert.ok(files.includes(needed), `${needed} is missing from the package`);
    }
  });
});
