import { parse } from 'yaml';
import { isSeverity } from '../severity';
import type { LintConfig, Severity, SeveritySetting } from '../types';

export interface HadolintConfig {
  config: LintConfig;
  /** `failure-threshold`: the lowest severity that makes the CLI fail. */
  failureThreshold?: Severity | 'none';
  /** Problems reading the file, said in plain words. */
  problems: string[];
}

const HADOLINT_SEVERITY: Record<string, SeveritySetting> = { error: 'error', warning: 'warning', info: 'info', style: 'hint', ignore: 'off', none: 'off' };

/** Reads `.hadolint.yaml`: `ignored`, `override` (error/warning/info/style lists) and `failure-threshold`. */
export function parseHadolintConfig(text: string): HadolintConfig {
  const problems: string[] = [];
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    return { config: {}, problems: [`.hadolint.yaml is not valid YAML (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); it was not applied.`] };
  }
  if (data === null || data === undefined) return { config: {}, problems };
  if (typeof data !== 'object' || Array.isArray(data)) return { config: {}, problems: ['.hadolint.yaml must be a mapping of settings; it was not applied.'] };
  const d = data as Record<string, unknown>;
  const config: LintConfig = {};
  if (d.ignored !== undefined) {
    if (Array.isArray(d.ignored)) config.ignored = d.ignored.map(String);
    else problems.push('`ignored` in .hadolint.yaml must be a list of rule ids.');
  }
  if (d.override !== undefined) {
    const rules: Record<string, SeveritySetting> = {};
    if (typeof d.override === 'object' && d.override && !Array.isArray(d.override)) {
      for (const [level, ids] of Object.entries(d.override as Record<string, unknown>)) {
        const severity = HADOLINT_SEVERITY[level];
        if (!severity || !Array.isArray(ids)) {
          problems.push(`\`override.${level}\` in .hadolint.yaml is not one of error, warning, info, style with a list of ids.`);
          continue;
        }
        for (const id of ids) rules[String(id)] = severity;
      }
      config.rules = rules;
    } else problems.push('`override` in .hadolint.yaml must map a level to a list of rule ids.');
  }
  let failureThreshold: HadolintConfig['failureThreshold'];
  const ft = d['failure-threshold'];
  if (ft !== undefined) {
    const mapped = HADOLINT_SEVERITY[String(ft)];
    if (String(ft) === 'none') failureThreshold = 'none';
    else if (mapped && isSeverity(mapped) && mapped !== 'off') failureThreshold = mapped;
    else problems.push(`\`failure-threshold: ${String(ft)}\` in .hadolint.yaml is not one of error, warning, info, style, ignore, none.`);
  }
  return { config, failureThreshold, problems };
}

/** Later configs win: a user setting overrides `.hadolint.yaml`. */
export function mergeConfigs(...configs: LintConfig[]): LintConfig {
  const out: LintConfig = {};
  for (const c of configs) {
    if (c.rules) out.rules = { ...out.rules, ...c.rules };
    if (c.ignored) out.ignored = [...(out.ignored ?? []), ...c.ignored];
    if (c.passedLessons) out.passedLessons = c.passedLessons;
    if (c.reportUnusedSuppressions !== undefined) out.reportUnusedSuppressions = c.reportUnusedSuppressions;
    if (c.online !== undefined) out.online = c.online;
  }
  return out;
}
