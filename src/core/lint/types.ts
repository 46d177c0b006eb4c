import type { Range, TextEdit } from '../text/text';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export type FixKind = 'safe' | 'unsafe' | 'none';
export type LintTarget = 'dockerfile' | 'compose';
export type RuleCategory = 'correctness' | 'security' | 'reproducibility' | 'size' | 'style' | 'maintainability';
export type RuleStatus = 'stable' | 'preview' | 'deprecated';

export interface RuleDocs {
  /** One sentence, used in hovers and tables. */
  summary: string;
  /** Why the rule exists and what goes wrong without it (markdown). */
  rationale: string;
  /** Executed by the catalogue test: `bad` fires exactly this rule, `good` fires nothing. */
  examples: {
    bad: string;
    good: string;
    /**
     * Files next to the Dockerfile (or compose file) for rules that read them (`.dockerignore`, an entrypoint script), by relative path.
     * When given for an example, only these files exist; without it, every file exists and none can be read.
     */
    files?: { bad?: Record<string, string>; good?: Record<string, string> };
    /**
     * The file name the examples are linted (and shown) as, when it matters: compose rules behave by file
     * role (`compose.dev.yaml` is a development file where production-hardening rules stay quiet).
     */
    file?: string;
  };
  whenNotToUse?: string;
}

export interface RuleMeta<M extends string = string> {
  id: string;
  name: string;
  target: LintTarget;
  category: RuleCategory;
  defaultSeverity: Severity;
  status: RuleStatus;
  /** Lesson ids that teach the rule. */
  taughtIn: string[];
  /** Provenance in other tools, e.g. `hadolint:DL3006`, `buildkit:JSONArgsRecommended`. */
  sources: string[];
  messages: Record<M, string>;
  docs: RuleDocs;
  fix: FixKind;
  /**
   * Off unless the learner turns it on: a severity for it in settings, or having passed one of the
   * `taughtIn` lessons (Ruff's and Biome's opt-in rules). For advice that only fits some projects,
   * such as digest pinning, which would otherwise flag almost every Dockerfile.
   */
  optIn?: boolean;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Report<M extends string> {
  messageId: M;
  range: Range;
  data?: Record<string, string | number>;
  /** Applied by "fix all" when the rule's fix kind is safe; offered as a quick fix otherwise. */
  fix?: Fix;
  /** Alternative edits that need the learner's judgement; never applied automatically. */
  suggestions?: Fix[];
  /** The narrower provenance of this one finding (e.g. only `hadolint:DL3015`), for interop suppressions. */
  sources?: string[];
  /**
   * Default severity of this one finding when it differs from the rule's (a syntax warning in a rule of errors).
   * Course stage and user settings still apply on top of it.
   */
  severity?: Severity;
  /** Range of the instruction (or YAML node line) that `ignore` comments attach to; defaults to `range`. */
  anchor?: Range;
  tags?: DiagnosticTag[];
}

export type DiagnosticTag = 'unnecessary' | 'deprecated';

export interface RuleContext<Model, M extends string> {
  readonly model: Model;
  report(report: Report<M>): void;
}

export interface Rule<Model, M extends string = string> {
  meta: RuleMeta<M>;
  check(ctx: RuleContext<Model, M>): void;
}

export interface Finding {
  ruleId: string;
  ruleName: string;
  messageId: string;
  message: string;
  severity: Severity;
  range: Range;
  anchor: Range;
  sources: string[];
  taughtIn: string[];
  fixKind: FixKind;
  fix?: Fix;
  suggestions?: Fix[];
  tags?: DiagnosticTag[];
}

export interface RuleCrash {
  ruleId: string;
  error: string;
}

export interface LintResult {
  findings: Finding[];
  crashes: RuleCrash[];
}

/** Everything the engine needs from outside, given as plain data (core reads no settings). */
export interface LintConfig {
  /** Rule id (or external id such as `DL3008`) → severity override. */
  rules?: Record<string, SeveritySetting>;
  /** Ids ignored everywhere (from `.hadolint.yaml` `ignored`, for instance). */
  ignored?: string[];
  /** Lessons the learner has passed; rules taught in a lesson not yet passed are shown as info. */
  passedLessons?: ReadonlySet<string>;
  /** Report suppression comments that suppress nothing. Default true. */
  reportUnusedSuppressions?: boolean;
  /** Whether the machine can reach a registry (affects offline-only advice). Default: unknown. */
  online?: boolean;
}

/** What a rule may ask about the files around the document, without doing I/O itself. */
export interface FileContext {
  /** Path of the document, for messages and path resolution; may be undefined for untitled documents. */
  path?: string;
  /** True when a file exists at a path relative to the document's folder. */
  exists?(relativePath: string): boolean;
  /** Text of a file relative to the document's folder, or undefined. */
  read?(relativePath: string): string | undefined;
}
