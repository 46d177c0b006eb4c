import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI (built dist/cli.js)', function () {
  this.timeout(20000);
  let dir: string;
  before(function () {
    if (!fs.existsSync(CLI)) assert.fail('dist/cli.js is missing: `npm test` builds it first (node esbuild.mjs)');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-course-cli-'));
    fs.mkdirSync(path.join(dir, 'app'));
    // USER keeps DF54 (runs as root) quiet, so the findings stay DF01 and DF03 on lines 1 and 2.
    fs.writeFileSync(path.join(dir, 'app/Dockerfile'), 'FROM ubuntu\nCMD run\nUSER 10001\n');
    fs.writeFileSync(path.join(dir, 'app/clean.Dockerfile'), 'FROM ubuntu:24.04\nCMD ["run"]\nUSER 10001\n');
    fs.writeFileSync(path.join(dir, 'Containerfile'), '\u0000\u0001binary');
    fs.mkdirSync(path.join(dir, 'empty'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lints a folder in stylish format and exits 0 when there are only warnings', () => {
    const r = run(['lint', 'app'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /app\/Dockerfile/);
    assert.match(r.out, /1:6 +warning .*DF01/);
    assert.match(r.out, /2 problems \(0 errors, 2 warnings/);
  });

  it('exits 1 when errors are found, and on --max-warnings', () => {
    assert.equal(run(['lint', 'app/Dockerfile', '--max-warnings', '1'], dir).code, 1);
    assert.equal(run(['lint', 'app/Dockerfile', '--max-warnings=5'], dir).code, 0);
    fs.writeFileSync(path.join(dir, '.hadolint.yaml'), 'failure-threshold: warning\n');
    try {
      assert.equal(run(['lint', 'app/Dockerfile'], dir).code, 1);
      assert.equal(run(['lint', 'app/Dockerfile', '--exit-zero'], dir).code, 0);
    } finally {
      fs.rmSync(path.join(dir, '.hadolint.yaml'));
    }
  });

  it('writes JSON with 1-based positions and rule ids', () => {
    const r = run(['lint', '--format', 'json', 'app/Dockerfile'], dir);
    const items = JSON.parse(r.out) as { line: number; column: number; code: string; severity: string }[];
    assert.deepEqual(items.map((i) => [i.code, i.line, i.column, i.severity]), [
      ['DF01', 1, 6, 'warning'],
      ['DF03', 2, 5, 'warning'],
    ]);
  });

  it('writes SARIF 2.1.0 with rules and regions', () => {
    const r = run(['lint', '--format=sarif', 'app'], dir);
    const sarif = JSON.parse(r.out);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'docker-course');
    assert.deepEqual(run0.tool.driver.rules.map((x: { id: string }) => x.id), ['DF01', 'DF03']);
    const res = run0.results[0];
    assert.equal(res.ruleId, 'DF01');
    assert.equal(res.level, 'warning');
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'app/Dockerfile');
    assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 1, startColumn: 6, endLine: 1, endColumn: 12 });
  });

  it('expands globs', () => {
    const r = run(['lint', '--format', 'json', '**/*.Dockerfile'], dir);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out), []);
  });

  it('says clearly what is wrong with bad input, without a stack trace', () => {
    const missing = run(['lint', 'nope/Dockerfile'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\/Dockerfile: no such file or folder\./);
    const empty = run(['lint', 'empty'], dir);
    assert.equal(empty.code, 2);
    assert.match(empty.err, /holds no Dockerfile or compose file/);
    const binary = run(['lint', 'Containerfile'], dir);
    assert.match(binary.err, /binary file/);
    const usage = run(['lint', '--format', 'xml'], dir);
    assert.equal(usage.code, 2);
    assert.match(usage.err, /--format must be stylish, json or sarif/);
    assert.equal(run(['frobnicate'], dir).code, 2);
    for (const r of [missing, empty, binary, usage]) assert.doesNotMatch(r.err + r.out, /\n\s+at /, 'no stack trace');
  });

  it('prints help', () => {
    const r = run(['help'], dir);
    assert.equal(r.code, 0);
    assert.match(r.out, /docker-course lint/);
  });
});
