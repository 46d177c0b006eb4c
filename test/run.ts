/**
 * The test command: runs the unit suite and the real-daemon suite with mocha in this process and ends
 * with the plain line `N passed, N failed` that CI reads.
 * Usage: node out/test/run.js [unit|docker|all] (default all); MOCHA_GREP filters by title.
 */
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

async function main(): Promise<number> {
  await initShellParser();
  const which = process.argv[2] ?? 'all';
  const suites = which === 'all' ? ['unit', 'docker'] : [which];
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
