/**
 * Building blocks for checkpoint files: verdicts, lookups that respect the learner's names and ignore
 * foreign objects on a shared daemon, probes, live-value and quiz conditions.
 */
import { LESSON_LABEL, PROBE_LABEL } from '../images';
import type { ContainerInspect, ContainerSummary, ImageInspect, NetworkInspect, PortBinding, VolumeInspect } from './engineApi';
import type { CheckContext, Condition, HintLadder, ProbeResult, Question, Verdict } from './types';

export const COMPOSE_PROJECT = 'com.docker.compose.project';
export const COMPOSE_SERVICE = 'com.docker.compose.service';
export const COMPOSE_NUMBER = 'com.docker.compose.container-number';
export const COMPOSE_ONEOFF = 'com.docker.compose.oneoff';
export const COMPOSE_CONFIG_FILES = 'com.docker.compose.project.config_files';
export const COMPOSE_WORKING_DIR = 'com.docker.compose.project.working_dir';
export const COMPOSE_VOLUME = 'com.docker.compose.volume';
export const COMPOSE_NETWORK = 'com.docker.compose.network';
export const COMPOSE_DEPENDS_ON = 'com.docker.compose.depends_on';

export const ok = (actual: string, expected?: string): Verdict => ({ status: 'passed', actual, expected });
export const no = (actual: string, expected?: string, hint?: HintLadder): Verdict => ({ status: 'failed', actual, expected, hint });
export const cannot = (why: string): Verdict => ({ status: 'not-checkable', why });
export const code = (s: string | number): string => `\`${s}\``;

export function defineCheckpoint<T extends import('./types').Checkpoint>(cp: T): T {
  return cp;
}

// ---------------------------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------------------------

export interface Found<T> {
  value?: T;
  /** Why nothing (or something else) was found, in words: "there is one, but it belongs to compose project shop". */
  note: string;
}

/** A plain lab object (made with `docker run --name …`) must not belong to a compose project or be a probe. */
export function foreignReason(labels: Record<string, string> | null | undefined): string | undefined {
  if (!labels) return undefined;
  if (labels[PROBE_LABEL]) return 'it is one of the course\'s own probe containers';
  const project = labels[COMPOSE_PROJECT];
  if (project) return `it belongs to compose project ${code(project)}`;
  return undefined;
}

/**
 * Finds the container the lesson calls `key` by its exact name (the learner's choice when they gave one).
 * If there is none, a single container labelled for this lesson is accepted as the learner's renamed one.
 */
export function findContainer(ctx: CheckContext, key: string, opts: { allowCompose?: boolean } = {}): Promise<Found<ContainerInspect>> {
  const name = ctx.name(key);
  return ctx.memo(`container:${name}:${opts.allowCompose ? 'c' : ''}`, async () => {
    const signal = ctx.signal;
    // Inspect by name is a direct lookup on the engine (no listing); the engine also matches ID
    // prefixes, so the name is compared exactly.
    const direct = await ctx.ports.docker.inspectContainer(name, { signal });
    if (direct && direct.Name === `/${name}`) {
      const foreign = opts.allowCompose ? undefined : foreignReason(direct.Config.Labels);
      if (!foreign) return { value: direct, note: `container ${code(name)}` };
      return { note: `no container named ${code(name)} of your own (there is one, but ${foreign})` };
    }
    const labelled = (await ctx.ports.docker.listContainers({ label: [`${LESSON_LABEL}=${ctx.lessonId}`] }, { signal })).filter((c) => !foreignReason(c.Labels));
    if (labelled.length === 1) {
      const value = await ctx.ports.docker.inspectContainer(labelled[0].Id, { signal });
      if (value) return { value, note: `container ${code(shortName(value))} (labelled for ${ctx.lessonId}; the lesson calls it ${code(name)})` };
    }
    return { note: `no container named ${code(name)}` };
  });
}

export const shortName = (c: { Name?: string; Names?: string[] }): string => (c.Name ?? c.Names?.[0] ?? '').replace(/^\//, '');

export function findImage(ctx: CheckContext, ref: string): Promise<ImageInspect | undefined> {
  return ctx.memo(`image:${ref}`, () => ctx.ports.docker.inspectImage(ref, { signal: ctx.signal }));
}

/** An image reference names an image when it matches a tag exactly (so `learner/app:1` never matches `other/learner/app:1`). */
export function hasTag(img: ImageInspect | undefined, ref: string): boolean {
  const full = ref.includes(':') && !ref.includes('@') ? ref : `${ref}:latest`;
  return !!img?.RepoTags?.includes(full);
}

export function findVolume(ctx: CheckContext, name: string): Promise<VolumeInspect | undefined> {
  return ctx.memo(`volume:${name}`, () => ctx.ports.docker.inspectVolume(name, { signal: ctx.signal }));
}

export function findNetwork(ctx: CheckContext, name: string): Promise<Found<NetworkInspect>> {
  return ctx.memo(`network:${name}`, async () => {
    const list = await ctx.ports.docker.listNetworks({ name }, { signal: ctx.signal });
    const own = list.filter((n) => !foreignReason(n.Labels));
    if (own.length === 0) {
      return { note: list.length ? `no network named ${code(name)} of your own (there is one, but ${foreignReason(list[0].Labels)})` : `no network named ${code(name)}` };
    }
    const value = await ctx.ports.docker.inspectNetwork(own[0].Id, { signal: ctx.signal });
    return value ? { value, note: `network ${code(name)}` } : { note: `no network named ${code(name)}` };
  });
}

/** Containers of a compose project (v1 `proj_svc_1` and v2 `proj-svc-1` alike, by their labels), one-off runs excluded. */
export function composeContainers(ctx: CheckContext, project: string, service?: string): Promise<ContainerSummary[]> {
  return ctx.memo(`compose:${project}:${service ?? ''}`, async () => {
    const label = [`${COMPOSE_PROJECT}=${project}`];
    if (service) label.push(`${COMPOSE_SERVICE}=${service}`);
    const list = await ctx.ports.docker.listContainers({ label }, { signal: ctx.signal });
    return list
      .filter((c) => (c.Labels[COMPOSE_ONEOFF] ?? 'False').toLowerCase() !== 'true')
      .sort((a, b) => Number(a.Labels[COMPOSE_NUMBER] ?? 0) - Number(b.Labels[COMPOSE_NUMBER] ?? 0));
  });
}

export async function composeService(ctx: CheckContext, project: string, service: string): Promise<Found<ContainerInspect>> {
  const list = await composeContainers(ctx, project, service);
  if (list.length === 0) return { note: `compose project ${code(project)} has no ${code(service)} container` };
  const value = await ctx.memo(`inspect:${list[0].Id}`, () => ctx.ports.docker.inspectContainer(list[0].Id, { signal: ctx.signal }));
  return value ? { value, note: `${code(service)} (${code(shortName(value))})` } : { note: `the ${code(service)} container disappeared while checking` };
}

/** Compose names volumes and networks `<project>_<name>` in v1 and v2 alike; we select by labels anyway. */
export async function composeVolume(ctx: CheckContext, project: string, volume: string): Promise<VolumeInspect | undefined> {
  const list = await ctx.memo(`cvol:${project}:${volume}`, () =>
    ctx.ports.docker.listVolumes({ label: [`${COMPOSE_PROJECT}=${project}`, `${COMPOSE_VOLUME}=${volume}`] }, { signal: ctx.signal }),
  );
  return list[0];
}

export async function composeNetwork(ctx: CheckContext, project: string, network: string): Promise<NetworkInspect | undefined> {
  const list = await ctx.memo(`cnet:${project}:${network}`, () =>
    ctx.ports.docker.listNetworks({ label: [`${COMPOSE_PROJECT}=${project}`, `${COMPOSE_NETWORK}=${network}`] }, { signal: ctx.signal }),
  );
  return list[0];
}

/** Network names a container is attached to. */
export const networksOf = (c: ContainerInspect): string[] => Object.keys(c.NetworkSettings?.Networks ?? {}).sort();

export function envOf(env: readonly string[] | null | undefined, key: string): string | undefined {
  const hit = (env ?? []).find((e) => e.startsWith(`${key}=`));
  return hit === undefined ? undefined : hit.slice(key.length + 1);
}

export function publishedPorts(c: ContainerInspect, containerPort: string): PortBinding[] {
  return (c.NetworkSettings?.Ports?.[containerPort] ?? []).filter((b) => b && b.HostPort);
}

/** A host-side URL for a published port (0.0.0.0 and :: are reached through 127.0.0.1). */
export function hostUrl(b: PortBinding, path = '/'): string {
  const ip = !b.HostIp || b.HostIp === '0.0.0.0' || b.HostIp === '::' ? '127.0.0.1' : b.HostIp;
  return `http://${ip.includes(':') ? `[${ip}]` : ip}:${b.HostPort}${path}`;
}

/** `/bin/sh -c …` as Cmd or Entrypoint means the shell form was used. */
export function isShellForm(argv: readonly string[] | null | undefined): boolean {
  return !!argv && argv.length >= 2 && /^(\/bin\/)?sh$|^\/bin\/bash$|^cmd$/.test(argv[0]) && (argv[1] === '-c' || argv[1] === '/S');
}

export function createdAfterLessonStart(ctx: CheckContext, created: string | number): { ok: boolean; text: string } {
  const ms = typeof created === 'number' ? created * 1000 : Date.parse(created);
  const start = ctx.lessonStartMs();
  if (start === undefined) return { ok: true, text: `created ${new Date(ms).toISOString()} (the lesson start is not recorded, so any time counts)` };
  return { ok: ms >= start - 1000, text: `created ${new Date(ms).toISOString()}, the lesson started ${new Date(start).toISOString()}` };
}

export const bytes = (n: number): string =>
  n >= 1024 * 1024 * 1024 ? `${(n / 1024 ** 3).toFixed(1)} GiB` : n >= 1024 * 1024 ? `${(n / 1024 ** 2).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;

export const list = (xs: readonly string[]): string => (xs.length ? xs.map(code).join(', ') : 'none');

export async function workspaceText(ctx: CheckContext, rel: string): Promise<string | undefined> {
  const b = await ctx.ports.workspace.readFile(rel);
  return b === undefined ? undefined : new TextDecoder().decode(b);
}

// ---------------------------------------------------------------------------------------------
// Probes: labelled, local-image-only containers that are removed afterwards
// ---------------------------------------------------------------------------------------------

export function toolboxMissing(ctx: CheckContext): Verdict {
  return cannot(
    `This is tested from a small probe container, and its image ${code(ctx.ports.probeImage)} is not on this engine (the course never pulls). Run "Docker Course: Build course toolbox" (or \`docker-course toolbox\`), then check again.`,
  );
}

/** Runs `cmd` in a probe that shares `target`'s network namespace: it sees names and addresses as the target does. */
export function probeFrom(ctx: CheckContext, target: ContainerInspect, cmd: string[], purpose: string, timeoutMs = 8000): Promise<ProbeResult | undefined> {
  return ctx.memo(`probe:${target.Id}:${cmd.join(' ')}`, () =>
    ctx.ports.docker.runProbe({ lessonId: ctx.lessonId, purpose, image: ctx.ports.probeImage, cmd, networkOf: target.Id, timeoutMs }, { signal: ctx.signal }),
  );
}

/** Resolves a name from inside `target`'s network namespace with busybox nslookup. */
export async function resolveFrom(ctx: CheckContext, target: ContainerInspect, name: string): Promise<{ resolved: boolean; text: string } | undefined> {
  const r = await probeFrom(ctx, target, ['nslookup', name], `resolve ${name} from ${shortName(target)}`);
  if (!r) return undefined;
  if (r.timedOut) return { resolved: false, text: `the lookup of ${code(name)} from ${code(shortName(target))} got no answer in time` };
  const addrs = [...r.output.matchAll(/Address(?: \d+)?:\s*([0-9a-f.:]+)/gi)].map((m) => m[1]).filter((a) => !a.startsWith('127.0.0.11'));
  if (r.exitCode === 0 && addrs.length > 0) return { resolved: true, text: `${code(name)} resolves to ${addrs.join(', ')} from ${code(shortName(target))}` };
  return { resolved: false, text: `${code(name)} does not resolve from ${code(shortName(target))} (${/NXDOMAIN|can't find/i.test(r.output) ? 'no such name' : 'lookup failed'})` };
}

// ---------------------------------------------------------------------------------------------
// Live values and quizzes
// ---------------------------------------------------------------------------------------------

export type Compare = { kind: 'text'; caseInsensitive?: boolean } | { kind: 'number'; relTolerance?: number; absTolerance?: number } | { kind: 'custom'; test(answer: string, truth: string): boolean };

/** Parses "12.5MiB", "12.5 MB", "1.2g", "300" into a number (bytes for units). */
export function parseNumber(s: string): number | undefined {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*([kmgt]i?b?|b)?\s*$/i.exec(s.replace(/,/g, ''));
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  if (!unit || unit === 'b') return n;
  const pow = { k: 1, m: 2, g: 3, t: 4 }[unit[0] as 'k' | 'm' | 'g' | 't'];
  const base = unit.includes('i') ? 1024 : 1000;
  return n * base ** pow;
}

export function compareAnswer(answer: string, truth: string, c: Compare): boolean {
  if (c.kind === 'custom') return c.test(answer, truth);
  if (c.kind === 'text') return c.caseInsensitive ? answer.trim().toLowerCase() === truth.trim().toLowerCase() : answer.trim() === truth.trim();
  const a = parseNumber(answer);
  const t = parseNumber(truth);
  if (a === undefined || t === undefined) return false;
  const tol = Math.max(c.absTolerance ?? 0, Math.abs(t) * (c.relTolerance ?? 0));
  return Math.abs(a - t) <= tol;
}

/**
 * A question whose answer only the learner's engine knows. The true value is never shown in "expected",
 * so the diff does not give the answer away; the hints say where to find it.
 */
export function liveValue(o: {
  id: string;
  question: Question;
  label: string;
  hints: HintLadder;
  after?: string[];
  compare: Compare;
  /** The true value from the Engine API, or a verdict when it cannot be established. */
  truth(ctx: CheckContext): Promise<string | Verdict>;
}): Condition {
  return {
    id: o.id,
    label: o.label,
    expected: `the value your own engine reports (not shown here, so you can find it yourself)`,
    hints: o.hints,
    after: o.after,
    async check(ctx) {
      const answer = ctx.answer(o.question.id);
      if (answer === undefined) return no(`no answer yet to "${o.question.prompt}"`);
      const truth = await o.truth(ctx);
      if (typeof truth !== 'string') return truth;
      return compareAnswer(answer, truth, o.compare) ? ok(`you answered ${code(answer)}, which matches your engine`) : no(`you answered ${code(answer)}, which does not match what your engine reports`);
    },
  };
}

/** Normalises a choice answer: "b", "B", "b, c", "c a b", or the choice text itself. */
export function parseChoices(answer: string, q: Question): string[] {
  const ids = (q.choices ?? []).map((c) => c.id);
  const byText = (q.choices ?? []).find((c) => c.text.trim().toLowerCase() === answer.trim().toLowerCase());
  if (byText) return [byText.id];
  return answer
    .split(/[\s,;>]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .map((s) => ids.find((id) => id.toLowerCase() === s) ?? s);
}

export function gradeQuestion(q: Question, answer: string): boolean {
  const got = parseChoices(answer, q);
  const want = q.answer ?? [];
  if (q.kind === 'single') return got.length === 1 && got[0] === want[0];
  if (q.kind === 'multiple') return got.length === want.length && [...got].sort().join() === [...want].sort().join();
  if (q.kind === 'order') return got.join() === want.join();
  return false;
}

/** A multiple-choice or ordering question as a condition: passed only on a correct submission. */
export function quizCondition(q: Question, hints: HintLadder): Condition {
  const kindWord = q.kind === 'order' ? 'order' : q.kind === 'multiple' ? 'choices' : 'choice';
  return {
    id: `quiz-${q.id}`,
    label: q.prompt,
    expected: `the correct ${kindWord}`,
    hints,
    async check(ctx) {
      const a = ctx.answer(q.id);
      if (a === undefined) return no('no answer submitted yet');
      if (gradeQuestion(q, a)) return ok(`${code(parseChoices(a, q).join(q.kind === 'order' ? ' > ' : ', '))} is correct`);
      return no(`${code(parseChoices(a, q).join(q.kind === 'order' ? ' > ' : ', '))} is not right${q.explain ? `. ${q.explain}` : ''}`);
    },
  };
}

/** The usual first condition: the lab container exists (by the learner's name). */
export function containerExists(key: string, label: string, hints: HintLadder, id = `${key}-exists`): Condition {
  return {
    id,
    label,
    expected: `a container named ${code(key)} (or your own name for it)`,
    hints,
    async check(ctx) {
      const f = await findContainer(ctx, key);
      if (!f.value) return no(f.note, `a container named ${code(ctx.name(key))}`);
      return ok(`${f.note}, ${f.value.State.Status}`, `a container named ${code(ctx.name(key))}`);
    },
  };
}

/** The container found by an earlier `containerExists` condition (use with `after`). */
export async function the(ctx: CheckContext, key: string): Promise<ContainerInspect> {
  const f = await findContainer(ctx, key);
  if (!f.value) throw new Error(`condition ran without its container ${key}; add it to "after"`);
  return f.value;
}
