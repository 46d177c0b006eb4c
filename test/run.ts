/**
 * The test command: runs the unit suite and the real-daemon suite with mocha in this process and ends
 * with the plain line `N passed, N failed` that CI reads.
 * Usage: node out/test/run.js [unit|docker|all] (default all); MOCHA_GREP filters by title.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { initShellParser } from '../src/core/lint/dockerfile/shell';

function findTests(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(full));
    else if (entry.name.endsWith('.test.js')) out.push(full);
  }
  return out.sort();
}

/**
 * The extension-host suite runs in a real VS Code when the runtime is installed (.ci/run installs it):
 * it packages the .vsix first, so a packaging mistake fails the run.
 */
function runIntegration(): { passed: number; failed: number; skipped: number } {
  const root = path.resolve(__dirname, '..', '..');
  const { runtimeInstalled, RUNTIME_DIR } = require('./integration/harness') as typeof import('./integration/harness');
  if (!runtimeInstalled()) {
    console.log(`\nintegration suite SKIPPED: no VS Code runtime in ${RUNTIME_DIR} (install it with test/integration/setup-runtime.sh)`);
    if (process.env.DOCKER_COURSE_REQUIRE_VSCODE === '1') return { passed: 0, failed: 1, skipped: 0 };
    return { passed: 0, failed: 0, skipped: 1 };
  }
  console.log('\n== packaging the .vsix for the installed-package smoke test');
  const pack = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'inherit' });
  if (pack.status !== 0) return { passed: 0, failed: 1, skipped: 0 };
  console.log('== integration suite in a real VS Code (code-server + Chromium)');
  const r = spawnSync(process.execPath, [path.join(__dirname, 'integration/runTests.js')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(r.stdout);
  const m = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/m.exec(r.stdout.split('\n').reverse().join('\n'));
  if (!m) return { passed: 0, failed: 1, skipped: 0 };
  const result = { passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3] ?? 0) };
  if (r.status !== 0 && result.failed === 0) result.failed = 1;
  return result;
}

async function main(): Promise<number> {
  await initShellParser();
  const which = process.argv[2] ?? 'all';
  const suites = which === 'all' ? ['unit', 'docker'] : which === 'integration' ? [] : [which];
  const mocha = new Mocha({ reporter: 'dot', timeout: 20000, grep: process.env.MOCHA_GREP });
  for (const suite of suites) for (const file of findTests(path.join(__dirname, suite))) mocha.addFile(file);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run((f) => resolve(f));
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
    runner.on('pending', () => skipped++);
  });
  if (failures !== failed) failed = Math.max(failed, failures);
  if (which === 'all' || which === 'integration') {
    const r = runIntegration();
    passed += r.passed;
    failed += r.failed;
    skipped += r.skipped;
  }
  console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
