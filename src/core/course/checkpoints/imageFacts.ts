/**
 * Facts about images that the IMG and BLD checkpoints share: the learner's image found by its exact tag,
 * the history rows and layers the learner's own instructions added (apart from the base image's), which
 * builder made an image, and the lab Dockerfile re-linted with the rules its lesson teaches.
 */
import { lintDockerfile } from '../../lint/dockerfile/index';
import { DockerfileModel } from '../../lint/dockerfile/model';
import { initShellParser } from '../../lint/dockerfile/shell';
import { allRules } from '../../lint/allRules';
import { LESSON_LABEL } from '../images';
import { cannot, code, createdAfterLessonStart, hasTag, no, ok, workspaceText } from './define';
import type { HistoryEntry, ImageInspect } from './engineApi';
import type { CheckContext, Condition, HintLadder, Verdict } from './types';

export interface FoundImage {
  value?: ImageInspect;
  /** The reference the learner uses (the lesson's name unless they chose their own). */
  ref: string;
  note: string;
}

/** The image the lesson calls `key`, by its exact tag (an ID prefix or another repository never counts). */
export function findLabImage(ctx: CheckContext, key: string): Promise<FoundImage> {
  const ref = ctx.name(key);
  return ctx.memo(`lab-image:${ref}`, async () => {
    const img = await ctx.ports.docker.inspectImage(ref, { signal: ctx.signal });
    if (img && hasTag(img, ref)) return { value: img, ref, note: `image ${code(ref)}` };
    return { ref, note: `no image tagged ${code(ref)} on this engine` };
  });
}

/** The image found by an earlier `imageExists` condition (use with `after`). */
export async function theImage(ctx: CheckContext, key: string): Promise<ImageInspect> {
  const f = await findLabImage(ctx, key);
  if (!f.value) throw new Error(`condition ran without its image ${key}; add its condition to "after"`);
  return f.value;
}

export function imageHistory(ctx: CheckContext, ref: string): Promise<HistoryEntry[] | undefined> {
  return ctx.memo(`history:${ref}`, () => ctx.ports.docker.imageHistory(ref, { signal: ctx.signal }));
}

export const imageSize = (img: ImageInspect): number => img.Size ?? img.VirtualSize ?? 0;
export const layerCount = (img: ImageInspect): number => img.RootFS.Layers?.length ?? 0;
export const mib = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;

/** "The image `learner/app:1` exists" as the first condition of a checkpoint. */
export function imageExists(key: string, label: string, hints: HintLadder, id = 'image'): Condition {
  return {
    id,
    label,
    expected: `an image tagged ${code(key)}`,
    hints,
    async check(ctx) {
      const f = await findLabImage(ctx, key);
      if (!f.value) return no(f.note, `an image tagged ${code(f.ref)}`);
      const n = layerCount(f.value);
      return ok(`${f.note}, ${n} layer${n === 1 ? '' : 's'}, built ${f.value.Created.replace(/\.\d+Z$/, 'Z')}`, `an image tagged ${code(f.ref)}`);
    },
  };
}

/** The image carries `docker-course.lesson=<lesson>` (what the lab's `--label` adds). */
export function imageLabelled(key: string, lessonId: string, hints: HintLadder, after = ['image']): Condition {
  return {
    id: 'lesson-label',
    label: `The image carries the label \`${LESSON_LABEL}=${lessonId}\``,
    expected: `label ${code(`${LESSON_LABEL}=${lessonId}`)}`,
    after,
    hints,
    async check(ctx) {
      const labels = (await theImage(ctx, key)).Config?.Labels ?? {};
      const v = labels[LESSON_LABEL];
      if (v === lessonId) return ok(`${LESSON_LABEL}=${v}`);
      return no(v === undefined ? `no ${code(LESSON_LABEL)} label (the image was built without \`--label ${LESSON_LABEL}=${lessonId}\`)` : `${LESSON_LABEL}=${v}: it was built for another lesson`);
    },
  };
}

/** The image was built after the lesson started (so a leftover from an earlier attempt does not count). */
export function imageFresh(key: string, hints: HintLadder, after = ['image']): Condition {
  return {
    id: 'built-in-lesson',
    label: 'The image was built during this lesson',
    expected: 'created after the lesson started',
    after,
    hints,
    async check(ctx) {
      const t = createdAfterLessonStart(ctx, (await theImage(ctx, key)).Created);
      return t.ok ? ok(t.text) : no(t.text);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Builders and history
// ---------------------------------------------------------------------------------------------

/** BuildKit marks the history rows it writes; the legacy builder writes `#(nop)` rows and no comment. */
export function builtWithBuildKit(history: readonly HistoryEntry[]): boolean {
  return history.some((h) => h.Comment === 'buildkit.dockerfile.v0' || /# buildkit$/.test(h.CreatedBy));
}

/** A history row in words a learner recognises: `RUN mkdir -p /opt && …`, `COPY file:… in /www/`. */
export function describeRow(h: HistoryEntry): string {
  let s = h.CreatedBy.replace(/ # buildkit$/, '').trim();
  s = s.replace(/^\/bin\/sh -c #\(nop\)\s+/, '');
  s = s.replace(/^(\|\d+ (?:\S+=\S* )+)?\/bin\/sh -c /, (_m, args: string | undefined) => `RUN ${args ?? ''}`);
  s = s.replace(/^RUN \/bin\/sh -c /, 'RUN ');
  // The legacy builder names copied sources by content hash (`COPY file:5b2e…`); 12 characters identify them.
  s = s.replace(/\b(file|dir|multi):([0-9a-f]{12})[0-9a-f]{20,}/g, '$1:$2…');
  return s.length > 90 ? `${s.slice(0, 87)}…` : s;
}

export type RowKind = 'RUN' | 'COPY' | 'ADD' | 'other';

export function rowKind(h: HistoryEntry): RowKind {
  const s = h.CreatedBy.trim();
  if (/^\/bin\/sh -c #\(nop\)\s+COPY\b/.test(s) || /^COPY\b/.test(s)) return 'COPY';
  if (/^\/bin\/sh -c #\(nop\)\s+ADD\b/.test(s) || /^ADD\b/.test(s)) return 'ADD';
  if (/#\(nop\)/.test(s)) return 'other';
  if (/^RUN\b/.test(s) || /^(\|\d+ .*)?\/bin\/sh -c /.test(s) || /^\|\d+ /.test(s)) return 'RUN';
  if (/^(ENV|LABEL|USER|WORKDIR|EXPOSE|CMD|ENTRYPOINT|ARG|HEALTHCHECK|SHELL|STOPSIGNAL|VOLUME|ONBUILD|MAINTAINER)\b/.test(s)) return 'other';
  // The legacy builder records exec-form RUN as the bare command (`/bin/busybox --install -s /bin`).
  return s ? 'RUN' : 'other';
}

/** The base image the final stage of a Dockerfile starts from (following `FROM <stage>` back), or `scratch`. */
export function finalBase(text: string): string | undefined {
  const model = new DockerfileModel(text);
  let stage = model.stages.at(-1);
  while (stage?.parent) stage = stage.parent;
  if (!stage) return undefined;
  if (stage.image.isScratch) return 'scratch';
  return stage.image.resolved;
}

export interface OwnBuild {
  /** The learner's own history rows, newest first (the base image's rows removed). */
  rows: HistoryEntry[];
  /** Filesystem layers the learner's instructions added on top of the base. */
  addedLayers: number;
  base: string;
}

/**
 * Separates what the learner's Dockerfile added from what the base image brought: the base is the FROM of
 * the lab's Dockerfile (or `fallbackBase` when that file is not in the course folder). Returns a verdict
 * instead when the base cannot be found or the image was not built on it.
 */
export function ownBuild(ctx: CheckContext, key: string, dockerfileRel: string | undefined, fallbackBase: string): Promise<OwnBuild | Verdict> {
  return ctx.memo(`own-build:${ctx.name(key)}:${dockerfileRel ?? ''}`, async () => {
    const img = await theImage(ctx, key);
    const ref = ctx.name(key);
    const history = (await imageHistory(ctx, ref)) ?? [];
    const text = dockerfileRel ? await workspaceText(ctx, dockerfileRel) : undefined;
    const base = (text !== undefined ? finalBase(text) : undefined) ?? fallbackBase;
    if (base === 'scratch') return { rows: history, addedLayers: layerCount(img), base };
    const baseImg = await ctx.ports.docker.inspectImage(base, { signal: ctx.signal });
    const baseHistory = baseImg ? await imageHistory(ctx, base) : undefined;
    if (!baseImg || !baseHistory) {
      return no(`the base image ${code(base)} (from the FROM line${text === undefined ? ' the lesson uses' : ` of ${code(dockerfileRel!)}`}) is not on this engine, so its layers cannot be told apart from yours`);
    }
    const mine = img.RootFS.Layers ?? [];
    const theirs = baseImg.RootFS.Layers ?? [];
    if (theirs.some((l, i) => mine[i] !== l)) {
      return no(`${code(ref)} was not built on the current ${code(base)}: their first layers differ (the base was rebuilt or re-tagged after your build)`);
    }
    return { rows: history.slice(0, Math.max(0, history.length - baseHistory.length)), addedLayers: mine.length - theirs.length, base };
  });
}

export const isVerdict = (x: OwnBuild | Verdict): x is Verdict => 'status' in x;

// ---------------------------------------------------------------------------------------------
// Lint of the lab's Dockerfiles
// ---------------------------------------------------------------------------------------------

export interface LintSummary {
  rel: string;
  /** `undefined` when the file is not in the course folder. */
  findings?: { ruleId: string; line: number; message: string }[];
}

/** Registered rule ids among `wanted` (a lesson may name rules that a later version adds). */
export function registeredRules(wanted: readonly string[]): string[] {
  const known = new Set(allRules().map((r) => r.meta.id));
  return wanted.filter((id) => known.has(id));
}

/** Lints a workspace Dockerfile with exactly these rules switched on (opt-in ones included). */
export async function lintLabFile(ctx: CheckContext, rel: string, rules: readonly string[]): Promise<LintSummary> {
  const text = await workspaceText(ctx, rel);
  if (text === undefined) return { rel };
  // RUN rules read a real shell parse; the parser loads once per process (the CLI's check command has not loaded it).
  await initShellParser();
  const on = new Set(rules);
  const config = {
    rules: Object.fromEntries(allRules().map((r) => [r.meta.id, on.has(r.meta.id) ? ('warning' as const) : ('off' as const)])),
    online: ctx.input.mode === undefined ? undefined : ctx.input.mode === 'online',
    reportUnusedSuppressions: false,
  };
  const { findings, crashes } = lintDockerfile(text, config, { path: rel });
  const crashed = crashes.filter((c) => on.has(c.ruleId));
  // A crashing rule is a fault of the checker: the engine reports it as such instead of a clean result.
  if (crashed.length) throw new Error(`lint rule ${crashed.map((c) => `${c.ruleId}: ${c.error}`).join('; ')} crashed on ${rel}`);
  return { rel, findings: findings.filter((f) => on.has(f.ruleId)).map((f) => ({ ruleId: f.ruleId, line: f.range.start.line + 1, message: f.message })) };
}

/**
 * "The lab's Dockerfile is clean for the rules this lesson teaches". Files that are not in the course
 * folder are skipped unless none of them is there; rules this version of the linter lacks are skipped.
 */
export function lintClean(o: { id?: string; files: string[] | ((ctx: CheckContext) => string[]); rules: string[]; label?: string; hints: HintLadder; after?: string[]; /** Alternatives (online/offline variants): one clean file is enough. */ oneOf?: boolean }): Condition {
  const rules = () => registeredRules(o.rules);
  const filesOf = (ctx: CheckContext) => (typeof o.files === 'function' ? o.files(ctx) : o.files);
  return {
    id: o.id ?? 'lint-clean',
    label: o.label ?? `Your Dockerfile has no ${o.rules.join(', ')} finding`,
    expected: `no ${o.rules.join(', ')} finding${typeof o.files === 'function' ? '' : ` in ${o.files.map(code).join(' or ')}`}`,
    after: o.after,
    hints: o.hints,
    async check(ctx) {
      const ids = rules();
      if (!ids.length) return cannot(`this version of the course linter has none of ${o.rules.join(', ')} yet`);
      const files = filesOf(ctx);
      const results = await Promise.all(files.map((f) => lintLabFile(ctx, f, ids)));
      const present = results.filter((r) => r.findings !== undefined);
      if (present.length === 0) return no(`no ${files.map(code).join(' or ')} in the course folder`);
      const bad = present.flatMap((r) => r.findings!.map((f) => `${r.rel}:${f.line} ${f.ruleId}`));
      const checked = `checked ${present.map((r) => code(r.rel)).join(' and ')} for ${ids.join(', ')}`;
      const clean = present.filter((r) => r.findings!.length === 0);
      if (o.oneOf && clean.length) return ok(`no findings in ${clean.map((r) => code(r.rel)).join(' and ')} (checked for ${ids.join(', ')})`);
      if (bad.length) {
        const first = present.flatMap((r) => r.findings!)[0];
        return no(`${bad.length} finding${bad.length > 1 ? 's' : ''}: ${bad.slice(0, 4).join('; ')}${bad.length > 4 ? '; …' : ''}. First: ${first.message}`);
      }
      return ok(`no findings (${checked})`);
    },
  };
}

/**
 * Which of `paths` exist in the learner's image, asked through the archive API of a container that is
 * created from it and never started (works for scratch and distroless images: nothing has to run).
 */
export async function pathsInImage(ctx: CheckContext, key: string, paths: string[], purpose: string): Promise<string[] | Verdict> {
  const ref = ctx.name(key);
  const r = await ctx.ports.docker.statInImage({ lessonId: ctx.lessonId, purpose, image: ref, paths }, { signal: ctx.signal });
  if (!r) return no(`${code(ref)} disappeared from the engine while it was being checked`);
  return paths.filter((p) => r[p]);
}
