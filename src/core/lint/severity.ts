import type { LintConfig, RuleMeta, Severity, SeveritySetting } from './types';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

export function severityRank(s: Severity): number {
  return RANK[s];
}

/** The ids a learner may use for a rule in settings: its id, its name, and its external ids (`DL3008`). */
export function settingKeys(meta: Pick<RuleMeta, 'id' | 'name'>, sources: readonly string[]): string[] {
  return [meta.id, meta.name, ...sources.map((s) => s.slice(s.indexOf(':') + 1))];
}

/**
 * User override (including `off`) wins; then the course stage (a rule taught in a lesson the learner
 * has not passed yet is shown as info, never louder; an opt-in rule stays off until one of its lessons
 * is passed or a setting names it); then the rule's default.
 */
export function resolveSeverity(meta: RuleMeta, sources: readonly string[], config: LintConfig): SeveritySetting {
  const keys = settingKeys(meta, sources);
  const lowerIgnored = new Set((config.ignored ?? []).map((i) => i.toLowerCase()));
  if (keys.some((k) => lowerIgnored.has(k.toLowerCase()))) return 'off';
  if (config.rules) {
    const lowerRules = new Map(Object.entries(config.rules).map(([k, v]) => [k.toLowerCase(), v]));
    for (const key of keys) {
      const v = lowerRules.get(key.toLowerCase());
      if (v) return v;
    }
  }
  const passed = config.passedLessons;
  if (meta.optIn && !(passed && meta.taughtIn.some((l) => passed.has(l)))) return 'off';
  if (passed && meta.taughtIn.length > 0 && !meta.taughtIn.some((l) => passed.has(l))) {
    return RANK[meta.defaultSeverity] > RANK.info ? 'info' : meta.defaultSeverity;
  }
  return meta.defaultSeverity;
}

/** `config` with an opt-in rule switched on at its default severity (for tests, catalogue examples and corpus runs). */
export function withOptInEnabled(config: LintConfig, metas: readonly RuleMeta[]): LintConfig {
  const rules: Record<string, SeveritySetting> = {};
  for (const m of metas) if (m.optIn) rules[m.id] = m.defaultSeverity;
  return Object.keys(rules).length ? { ...config, rules: { ...rules, ...config.rules } } : config;
}

export function isSeverity(v: unknown): v is SeveritySetting {
  return v === 'off' || v === 'error' || v === 'warning' || v === 'info' || v === 'hint';
}
