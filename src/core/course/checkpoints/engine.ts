/**
 * Runs a checkpoint's conditions in order and turns every outcome into a value:
 *   passed / failed (the learner's work, with expected, actual and a hint ladder),
 *   blocked (the machinery: daemon down, timeout, cancelled, with the classified reason),
 *   not-checkable (this host cannot show it, with why).
 * A ping precedes every run that needs Docker, so an unreachable daemon blocks every condition at once
 * instead of failing them one by one.
 */
import type { EngineEvent, EngineInfo, EngineVersion } from './engineApi';
import {
  PortError,
  type CheckContext,
  type CheckResult,
  type CheckStatus,
  type Checkpoint,
  type ConditionResult,
  type DockerFailure,
  type Ports,
  type RunInput,
} from './types';

export const API_FLOOR = '1.41';
export const PING_DEADLINE_MS = 3000;
/** Without a recorded lesson start, events are read this far back (the engine keeps only 256 anyway). */
export const DEFAULT_EVENT_WINDOW_MS = 24 * 60 * 60 * 1000;

export type Preflight = { state: 'ok'; version: EngineVersion } | { state: 'unreachable'; failure: DockerFailure };

export function compareApiVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** ping with a short deadline, then version; API older than the floor counts as unreachable. */
export async function preflight(ports: Pick<Ports, 'docker'>, signal?: AbortSignal): Promise<Preflight> {
  try {
    const s = signal ? AbortSignal.any([AbortSignal.timeout(PING_DEADLINE_MS), signal]) : AbortSignal.timeout(PING_DEADLINE_MS);
    await ports.docker.ping({ signal: s });
    const version = await ports.docker.version({ signal: s });
    if (/^\d+\.\d+$/.test(version.ApiVersion) && compareApiVersions(version.ApiVersion, API_FLOOR) < 0) {
      return {
        state: 'unreachable',
        failure: {
          kind: 'api-too-old',
          message: `Your Docker engine (${version.Version}) speaks API ${version.ApiVersion}; the course needs ${API_FLOOR} or newer (Docker Engine 20.10+). Update Docker, then check again.`,
          endpoint: ports.docker.describe,
        },
      };
    }
    return { state: 'ok', version };
  } catch (e) {
    if (e instanceof PortError) return { state: 'unreachable', failure: e.failure };
    return { state: 'unreachable', failure: { kind: 'unknown', message: `Could not reach Docker at ${ports.docker.describe}.`, detail: String(e) } };
  }
}

export interface RunOptions {
  ports: Ports;
  input?: RunInput;
  signal?: AbortSignal;
  /** Reuse one preflight for all checkpoints of a lesson. */
  preflight?: Preflight;
  /** Called with internal errors (bugs) for the log. */
  onBug?: (checkpointId: string, conditionId: string, error: unknown) => void;
}

export function overallStatus(conditions: readonly ConditionResult[]): CheckStatus {
  if (conditions.some((c) => c.status === 'blocked')) return 'blocked';
  if (conditions.some((c) => c.status === 'failed')) return 'failed';
  if (conditions.some((c) => c.status === 'passed')) return 'passed';
  return 'not-checkable';
}

export async function runCheckpoint(cp: Checkpoint, opts: RunOptions): Promise<CheckResult> {
  const { ports } = opts;
  const input = opts.input ?? {};
  const signal = opts.signal ?? new AbortController().signal;
  const started = ports.clock.now();
  const results: ConditionResult[] = [];
  const facts: Record<string, string> = {};
  const done = (): CheckResult => ({
    checkpointId: cp.id,
    lessonId: cp.lessonId,
    title: cp.title,
    status: overallStatus(results),
    conditions: results,
    facts: Object.keys(facts).length ? facts : undefined,
    durationMs: ports.clock.now() - started,
  });

  let pf: Preflight | undefined;
  if (cp.needsDocker) {
    pf = opts.preflight ?? (await preflight(ports, signal));
    if (pf.state === 'unreachable') {
      for (const c of cp.conditions) results.push(blockedResult(c, pf.failure, 0));
      return done();
    }
  }

  const ctx = makeContext(cp, ports, input, signal, pf?.state === 'ok' ? pf.version : undefined, facts);
  for (const c of cp.conditions) {
    const t0 = ports.clock.now();
    if (signal.aborted) {
      results.push(blockedResult(c, { kind: 'cancelled', message: 'The check was cancelled before this condition ran.' }, 0));
      continue;
    }
    const deps = (c.after ?? []).map((id) => results.find((r) => r.id === id)).filter((r): r is ConditionResult => !!r);
    const blockedDep = deps.find((d) => d.status === 'blocked');
    if (blockedDep) {
      results.push(blockedResult(c, blockedDep.failure ?? { kind: 'unknown', message: 'An earlier condition could not be checked.' }, 0));
      continue;
    }
    const failedDep = deps.find((d) => d.status === 'failed');
    if (failedDep) {
      results.push({ id: c.id, label: c.label, status: 'failed', expected: c.expected, actual: `not checked yet: first make "${failedDep.label}" pass`, hints: c.hints, durationMs: 0 });
      continue;
    }
    const skippedDep = deps.find((d) => d.status === 'not-checkable');
    if (skippedDep) {
      results.push({ id: c.id, label: c.label, status: 'not-checkable', expected: c.expected, actual: '', why: `depends on "${skippedDep.label}", which can't be checked here`, durationMs: 0 });
      continue;
    }
    try {
      const v = await c.check(ctx);
      const durationMs = ports.clock.now() - t0;
      if (v.status === 'passed') results.push({ id: c.id, label: c.label, status: 'passed', expected: v.expected ?? c.expected, actual: v.actual, durationMs });
      else if (v.status === 'failed') results.push({ id: c.id, label: c.label, status: 'failed', expected: v.expected ?? c.expected, actual: v.actual, hints: v.hint ?? c.hints, durationMs });
      else results.push({ id: c.id, label: c.label, status: 'not-checkable', expected: c.expected, actual: '', why: v.why, durationMs });
    } catch (e) {
      const durationMs = ports.clock.now() - t0;
      if (e instanceof PortError) results.push(blockedResult(c, e.failure, durationMs));
      else if (signal.aborted) results.push(blockedResult(c, { kind: 'cancelled', message: 'The check was cancelled.' }, durationMs));
      else {
        opts.onBug?.(cp.id, c.id, e);
        results.push(
          blockedResult(
            c,
            {
              kind: 'unknown',
              message: `This condition could not be evaluated because of a fault in the course's checker, not in your work. Please report it with the log.`,
              detail: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e),
            },
            durationMs,
          ),
        );
      }
    }
  }
  return done();
}

/** Runs several checkpoints (a lesson) with one shared preflight. */
export async function runCheckpoints(cps: readonly Checkpoint[], opts: RunOptions): Promise<CheckResult[]> {
  let pf = opts.preflight;
  if (!pf && cps.some((c) => c.needsDocker)) pf = await preflight(opts.ports, opts.signal);
  const out: CheckResult[] = [];
  for (const cp of cps) out.push(await runCheckpoint(cp, { ...opts, preflight: pf }));
  return out;
}

function blockedResult(c: { id: string; label: string; expected: string }, failure: DockerFailure, durationMs: number): ConditionResult {
  return { id: c.id, label: c.label, status: 'blocked', expected: c.expected, actual: failure.message, failure, durationMs };
}

function eventKey(e: EngineEvent): string {
  return `${e.timeNano}|${e.Type}|${e.Action}|${e.Actor?.ID}`;
}

function makeContext(
  cp: Checkpoint,
  ports: Ports,
  input: RunInput,
  signal: AbortSignal,
  version: EngineVersion | undefined,
  facts: Record<string, string>,
): CheckContext {
  const memo = new Map<string, Promise<unknown>>();
  const remember = <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    let p = memo.get(key) as Promise<T> | undefined;
    if (!p) {
      p = compute();
      memo.set(key, p);
      // A failed computation must not be cached as a rejection for later conditions that may handle it.
      p.catch(() => memo.delete(key));
    }
    return p;
  };
  const ctx: CheckContext = {
    checkpoint: cp,
    lessonId: cp.lessonId,
    ports,
    input,
    signal,
    engine: version ? { version } : undefined,
    name(key) {
      const def = cp.names?.[key]?.default ?? key;
      return input.names?.[key] ?? input.names?.[def] ?? def;
    },
    param(key) {
      const v = input.params?.[key] ?? cp.params?.[key];
      if (v === undefined) throw new Error(`checkpoint ${cp.id} has no parameter "${key}"`);
      return v;
    },
    answer(q) {
      const a = input.answers?.[q];
      return a === undefined || a.trim() === '' ? undefined : a.trim();
    },
    memo: remember,
    info: () => remember<EngineInfo>('info', () => ports.docker.info({ signal })),
    lessonStartMs: () => input.lessonStartMs,
    fact(key, value) {
      facts[key] = value;
    },
    events(filter) {
      const key = `events:${filter.type ?? ''}:${filter.container ?? ''}`;
      return remember(key, async () => {
        const now = ports.clock.now();
        const since = input.lessonStartMs ?? now - DEFAULT_EVENT_WINDOW_MS;
        const backlog = await ports.docker.events({ sinceMs: since, untilMs: now, type: filter.type, container: filter.container }, { signal });
        const kept = (ports.trail?.events(cp.lessonId) ?? []).filter(
          (e) =>
            e.timeNano / 1e6 >= since &&
            (!filter.type || e.Type === filter.type) &&
            (!filter.container || e.Actor?.Attributes?.name === filter.container || e.Actor?.ID === filter.container || e.Actor?.ID?.startsWith(filter.container)),
        );
        const seen = new Map<string, EngineEvent>();
        for (const e of [...kept, ...backlog]) seen.set(eventKey(e), e);
        return [...seen.values()].sort((a, b) => a.timeNano - b.timeNano);
      });
    },
  };
  return ctx;
}
