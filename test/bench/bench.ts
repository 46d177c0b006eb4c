/**
 * `npm run bench`: speed and memory of the linters on the shared corpus, beside the bare parsers.
 * Prints a table per target; figures go in the closing notes, never into timed tests.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { lintDockerfile } from '../../src/core/lint/dockerfile/index';
import { initShellParser } from '../../src/core/lint/dockerfile/shell';
import { corpusDir, corpusFiles } from '../unit/support/corpus';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

export interface Timing {
  label: string;
  perFile: number[];
  total: number;
}

export function timeEach(label: string, texts: string[], fn: (t: string) => unknown, rounds = ROUNDS): Timing {
  for (const t of texts) fn(t); // warm-up round: JIT, lazy compilation
  const perFile = new Array<number>(texts.length).fill(Infinity);
  let total = 0;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    texts.forEach((t, i) => {
      const s = process.hrtime.bigint();
      fn(t);
      const ms = Number(process.hrtime.bigint() - s) / 1e6;
      if (ms < perFile[i]) perFile[i] = ms;
    });
    total += Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { label, perFile, total: total / rounds };
}

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export function report(rows: Timing[], baseline: Timing): void {
  const fmt = (n: number) => n.toFixed(3).padStart(9);
  console.log(`${'what'.padEnd(34)} ${'files/s'.padStart(9)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'max ms'.padStart(9)} ${'total ms'.padStart(10)}  ratio`);
  for (const r of rows) {
    const files = r.perFile.length;
    console.log(`${r.label.padEnd(34)} ${(files / (r.total / 1000)).toFixed(0).padStart(9)} ${fmt(quantile(r.perFile, 0.5))} ${fmt(quantile(r.perFile, 0.95))} ${fmt(Math.max(...r.perFile))} ${r.total.toFixed(1).padStart(10)}  ${(r.total / baseline.total).toFixed(2)}x`);
  }
}

export function median(fn: () => unknown, runs = 7): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  return quantile(times, 0.5);
}

function benchDockerfiles(): void {
  const files = [...corpusFiles('dockerfile'), ...corpusFiles('snippet')];
  const texts = files.map((f) => fs.readFileSync(f.file, 'utf8'));
  console.log(`\n## Dockerfiles: ${texts.length} corpus files (real-world + hadolint snippets), best of ${ROUNDS} rounds per file\n`);
  const parse = timeEach('dockerfile-ast parse (bare)', texts, (t) => DockerfileParser.parse(t).getInstructions());
  const utils = timeEach('dockerfile-utils validate()', texts, (t) => validate(t));
  const lint = timeEach('docker-course lint (all rules)', texts, (t) => lintDockerfile(t, {}, { exists: () => false, read: () => undefined }));
  report([parse, utils, lint], parse);
  console.log(`\nfull lint vs bare parse: ${(lint.total / parse.total).toFixed(2)}x (target ≤ 3x); vs dockerfile-utils per file (p50): ${(quantile(lint.perFile, 0.5) / quantile(utils.perFile, 0.5)).toFixed(2)}x, total ${(lint.total / utils.total).toFixed(2)}x (target < 1x)`);
  const stress = path.join(corpusDir()!, 'stress');
  for (const name of ['stress-5000-lines.Dockerfile', 'stress-10000-line-run.Dockerfile', 'stress-1mib-line.Dockerfile', 'stress-2000-stages.Dockerfile']) {
    const file = path.join(stress, name);
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    const ms = median(() => lintDockerfile(text), 5);
    const parseMs = median(() => DockerfileParser.parse(text).getInstructions(), 5);
    console.log(`${name.padEnd(36)} lint ${ms.toFixed(1).padStart(7)} ms   parse ${parseMs.toFixed(1).padStart(7)} ms${name.startsWith('stress-5000') ? '   (target < 50 ms)' : ''}`);
  }
}

async function main(): Promise<void> {
  await initShellParser();
  if (!corpusDir()) {
    console.error('The shared corpus was not found (../shared/corpus beside the repository, or $DOCKER_COURSE_CORPUS); nothing to measure.');
    process.exitCode = 2;
    return;
  }
  benchDockerfiles();
  console.log(`\npeak RSS of the Dockerfile benchmark: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  // The compose and checkpoint benchmarks run as their own processes, so each peak RSS is its own.
  for (const extra of ['compose', 'checkpoints']) {
    const file = path.join(__dirname, `${extra}.js`);
    if (!fs.existsSync(file)) continue;
    console.log(`\n## ${extra}\n`);
    spawnSync(process.execPath, [file], { stdio: 'inherit' });
  }
}

void main();
