import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mergeConfigs, parseHadolintConfig } from '../core/lint/config/hadolint';
import { lintText, targetOf } from '../core/lint/lintDocument';
import { allRules } from '../core/lint/allRules';
import { atLeast, countBySeverity, formatJson, formatSarif, formatStylish, type FileReport } from '../core/lint/report';
import type { LintConfig, Severity } from '../core/lint/types';
import { expandInputs, readText, UsageError } from './files';

export interface LintOptions {
  format: 'stylish' | 'json' | 'sarif';
  maxWarnings?: number;
  exitZero: boolean;
  inputs: string[];
  cwd: string;
  color: boolean;
  version: string;
}

export function parseLintArgs(args: string[], cwd: string, version: string): LintOptions {
  const o: LintOptions = { format: 'stylish', exitZero: false, inputs: [], cwd, color: false, version };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value.`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=') || a === '-f') {
      const f = value('--format');
      if (f !== 'stylish' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format must be stylish, json or sarif (got "${f}").`);
      o.format = f;
    } else if (a === '--max-warnings' || a.startsWith('--max-warnings=')) {
      const v = value('--max-warnings');
      if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings takes a whole number (got "${v}").`);
      o.maxWarnings = Number(v);
    } else if (a === '--exit-zero') o.exitZero = true;
    else if (a === '--color') o.color = true;
    else if (a.startsWith('-')) throw new UsageError(`Unknown option ${a}. Run \`docker-course help\` for the options.`);
    else o.inputs.push(a);
  }
  if (o.inputs.length === 0) o.inputs.push('.');
  return o;
}

/** Lints the inputs and returns the exit code: 0 clean, 1 errors or too many warnings, 2 bad usage. */
export function runLint(o: LintOptions, write: (s: string) => void, warn: (s: string) => void): number {
  const { files, problems } = expandInputs(o.inputs, o.cwd);
  const hadolintFile = path.join(o.cwd, '.hadolint.yaml');
  let config: LintConfig = {};
  let threshold: Severity | 'none' = 'error';
  for (const name of ['.hadolint.yaml', '.hadolint.yml']) {
    const file = path.join(o.cwd, name);
    if (!fs.existsSync(file)) continue;
    const h = parseHadolintConfig(fs.readFileSync(file, 'utf8'));
    h.problems.forEach((p) => warn(`${hadolintFile}: ${p}`));
    config = mergeConfigs(config, h.config);
    if (h.failureThreshold) threshold = h.failureThreshold;
    break;
  }
  const reports: FileReport[] = [];
  for (const file of files) {
    const target = targetOf(file);
    if (!target) {
      problems.push(`${path.relative(o.cwd, file) || file}: not a Dockerfile or compose file by its name; skipped.`);
      continue;
    }
    const read = readText(file);
    if (read.problem) {
      problems.push(read.problem);
      continue;
    }
    const dir = path.dirname(file);
    const result = lintText(target, read.text!, config, {
      path: file,
      exists: (rel) => fs.existsSync(path.resolve(dir, rel)),
      read: (rel) => {
        try {
          return fs.readFileSync(path.resolve(dir, rel), 'utf8');
        } catch {
          return undefined;
        }
      },
    });
    for (const c of result.crashes) warn(`${file}: rule ${c.ruleId} failed and was skipped (${c.error.split('\n')[0]}). Please report this.`);
    reports.push({ path: path.relative(o.cwd, file) || file, findings: result.findings });
  }
  problems.forEach((p) => warn(p));
  if (o.format === 'json') write(formatJson(reports));
  else if (o.format === 'sarif') {
    const rules = allRules().map((r) => ({ id: r.meta.id, name: r.meta.name, summary: r.meta.docs.summary, severity: r.meta.defaultSeverity }));
    write(formatSarif(reports, rules, o.version, (p) => (path.isAbsolute(p) ? pathToFileURL(p).href : p.split(path.sep).join('/'))));
  } else if (reports.length > 0) write(formatStylish(reports, { color: o.color }));
  if (reports.length === 0) return problems.length > 0 ? 2 : 0;
  if (o.exitZero) return 0;
  const counts = countBySeverity(reports);
  const failing = threshold !== 'none' && reports.some((r) => r.findings.some((f) => atLeast(f.severity, threshold as Severity)));
  if (failing || counts.error > 0 && threshold !== 'none') return 1;
  if (o.maxWarnings !== undefined && counts.warning > o.maxWarnings) {
    warn(`${counts.warning} warnings found, more than --max-warnings ${o.maxWarnings}.`);
    return 1;
  }
  return 0;
}
