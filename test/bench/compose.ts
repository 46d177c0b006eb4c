/**
 * Compose lint benchmark: our full lint beside bare `yaml` parsing and beside dclint on the same files.
 * Run: `npx tsc -p . && node out/test/bench/compose.js` (DOCKER_COURSE_CORPUS=/path/to/corpus, BENCH_ROUNDS=5).
 * Prints a table; exported `runComposeBench()` returns the figures for a combined `npm run bench`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { composeRules, lintCompose } from '../../src/core/lint/compose/index';
import { withOptInEnabled } from '../../src/core/lint/severity';
import { corpusFiles } from '../unit/support/corpus';

export interface ComposeBenchResult {
  files: number;
  rounds: number;
  lint: Stats;
  parse: Stats;
  dclint: Stats | undefined;
  lintToParse: number;
  dclintToLint: number | undefined;
  tenThousandLines: { lint: { wall: number; cpu: number }; parse: { wall: number; cpu: number } } | undefined;
  aliasBomb: { wall: number; cpu: number } | undefined;
  loadAverage: number;
  peakRssMb: number;
}

export interface Stats {
  totalMs: number;
  filesPerSecond: number;
  p50: number;
  p95: number;
  max: number;
}

function stats(samples: number[], files: number): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const total = samples.reduce((a, b) => a + b, 0);
  return { totalMs: total, filesPerSecond: (files * 1000) / total, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0 };
}

/** Median wall time and median CPU time of this process (the latter is less disturbed by a busy machine). */
function median(fn: () => void, runs: number): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const s = performance.now();
    fn();
    wall.push(performance.now() - s);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { wall: wall[Math.floor(runs / 2)], cpu: cpu[Math.floor(runs / 2)] };
}

const NO_FILES = { exists: () => false, read: () => undefined };
/** Every rule on, opt-in ones included: the benchmark measures the full lint. */
const ALL_ON = withOptInEnabled({}, composeRules.map((r) => r.meta));

export function runComposeBench(rounds = Number(process.env.BENCH_ROUNDS ?? 3), withDclint = process.env.BENCH_DCLINT !== '0'): ComposeBenchResult | undefined {
  const files = corpusFiles('compose').map((f) => ({ file: f.file, path: f.repoPath, text: fs.readFileSync(f.file, 'utf8') }));
  if (files.length === 0) return undefined;
  // Warm up: JIT, and the schema validator that is compiled once per process.
  for (const f of files) lintCompose(f.text, ALL_ON, { path: f.path, ...NO_FILES });
  const lintSamples: number[] = [];
  const parseSamples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const f of files) {
      let s = performance.now();
      parseDocument(f.text, { lineCounter: new LineCounter(), merge: true });
      parseSamples.push(performance.now() - s);
      s = performance.now();
      lintCompose(f.text, ALL_ON, { path: f.path, ...NO_FILES });
      lintSamples.push(performance.now() - s);
    }
  }
  let dclint: Stats | undefined;
  if (withDclint) {
    // dclint's programmatic API lints files from disk; one round (it compiles its schema for every file).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { DCLinter } = require('dclint') as typeof import('dclint');
    const linter = new DCLinter({ rules: {}, quiet: true, debug: false, exclude: [] });
    linter.lintFiles([files[0].file], false);
    const samples: number[] = [];
    for (const f of files) {
      const s = performance.now();
      linter.lintFiles([f.file], false);
      samples.push(performance.now() - s);
    }
    dclint = stats(samples, files.length);
  }
  const stress = corpusFiles('stress');
  const big = stress.find((f) => f.file.includes('10000-lines'));
  const bomb = stress.find((f) => f.file.includes('alias-bomb'));
  let tenThousandLines: ComposeBenchResult['tenThousandLines'];
  if (big) {
    const text = fs.readFileSync(big.file, 'utf8');
    tenThousandLines = {
      lint: median(() => lintCompose(text, ALL_ON, { path: big.file, ...NO_FILES }), 15),
      parse: median(() => parseDocument(text, { lineCounter: new LineCounter(), merge: true }), 15),
    };
  }
  let aliasBomb: ComposeBenchResult['aliasBomb'];
  if (bomb) {
    const text = fs.readFileSync(bomb.file, 'utf8');
    aliasBomb = median(() => lintCompose(text, ALL_ON, { path: bomb.file, ...NO_FILES }), 51);
  }
  const lint = stats(lintSamples, files.length * rounds);
  const parse = stats(parseSamples, files.length * rounds);
  return {
    files: files.length,
    rounds,
    lint,
    parse,
    dclint,
    lintToParse: lint.totalMs / parse.totalMs,
    dclintToLint: dclint ? dclint.totalMs / (lint.totalMs / rounds) : undefined,
    tenThousandLines,
    aliasBomb,
    loadAverage: os.loadavg()[0],
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

export function formatComposeBench(r: ComposeBenchResult): string {
  const f = (n: number, d = 2) => n.toFixed(d);
  const row = (name: string, s: Stats) => `| ${name.padEnd(24)} | ${f(s.filesPerSecond, 0).padStart(8)} | ${f(s.p50).padStart(7)} | ${f(s.p95).padStart(7)} | ${f(s.max).padStart(8)} |`;
  const lines = [
    `Compose: ${r.files} corpus files × ${r.rounds} rounds`,
    '',
    '| what                     |  files/s | p50 ms  | p95 ms  |  max ms  |',
    '|--------------------------|----------|---------|---------|----------|',
    row('yaml parseDocument', r.parse),
    row('docker-course lint', r.lint),
  ];
  if (r.dclint) lines.push(row('dclint lintFiles', r.dclint));
  lines.push('');
  lines.push(`full lint / bare parse (total time): ${f(r.lintToParse)}x   (target ≤ 3x)`);
  if (r.dclintToLint !== undefined && r.dclint) lines.push(`dclint / docker-course (total time): ${f(r.dclintToLint, 1)}x faster; per-file p50 ${f(r.dclint.p50 / r.lint.p50, 1)}x   (target ≥ 5x)`);
  if (r.tenThousandLines) {
    const t = r.tenThousandLines;
    lines.push(`10,000-line file: lint ${f(t.lint.wall, 1)} ms (CPU ${f(t.lint.cpu, 1)} ms), bare parse ${f(t.parse.wall, 1)} ms (CPU ${f(t.parse.cpu, 1)} ms)   (target lint < 100 ms)`);
  }
  if (r.aliasBomb) lines.push(`alias bomb rejected in ${f(r.aliasBomb.wall)} ms (CPU ${f(r.aliasBomb.cpu)} ms)   (target < 10 ms)`);
  lines.push(`peak RSS: ${f(r.peakRssMb, 0)} MB; machine load average while measuring: ${f(r.loadAverage, 1)} (on ${os.cpus().length} cores)`);
  return lines.join('\n');
}

if (require.main === module) {
  const r = runComposeBench();
  if (!r) {
    console.error(`No corpus found: set DOCKER_COURSE_CORPUS (looked beside the repository too: ${path.resolve(__dirname, '../../../../shared/corpus')}).`);
    process.exit(2);
  }
  console.log(formatComposeBench(r));
}
