/** Runs inside the VS Code extension host: loads every *.test.js beside this file into mocha and reports. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export async function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const m = require('mocha') as { default?: typeof Mocha } & typeof Mocha;
  const MochaCtor = (m as unknown as { Mocha?: typeof Mocha }).Mocha ?? m.default ?? m;
  const grep = process.env.DOCKER_COURSE_GREP;
  const mocha = new MochaCtor({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec', ...(grep ? { grep: new RegExp(grep) } : {}) });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  const result = { passes: 0, failures: 0, pending: 0, pid: process.pid, node: process.version };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', () => result.passes++);
    runner.on('fail', () => result.failures++);
    runner.on('pending', () => result.pending++);
  });
  if (process.env.DOCKER_COURSE_RESULT_FILE) fs.writeFileSync(process.env.DOCKER_COURSE_RESULT_FILE, JSON.stringify(result));
  if (result.failures > 0) throw new Error(`${result.failures} integration test(s) failed`);
}
