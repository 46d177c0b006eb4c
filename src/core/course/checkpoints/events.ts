/**
 * Event-trail support. The engine keeps only its last 256 events (and forgets them on restart), so while a
 * lesson is open the adapter streams /events into an EventTrail; checks merge it with the backlog. The
 * helpers below read a trail the way the lessons need it: graceful stops, learner execs (healthcheck
 * execs excluded), health broken then fixed, and `compose down -v`.
 */
import type { EngineEvent, HealthcheckConfig } from './engineApi';

export class EventTrail {
  private readonly open = new Map<string, { sinceMs: number; events: EngineEvent[] }>();

  constructor(private readonly capPerLesson = 5000) {}

  /** Starts keeping events for a lesson (idempotent: reopening keeps what was kept). */
  start(lessonId: string, sinceMs: number): void {
    if (!this.open.has(lessonId)) this.open.set(lessonId, { sinceMs, events: [] });
  }

  stop(lessonId: string): void {
    this.open.delete(lessonId);
  }

  openLessons(): string[] {
    return [...this.open.keys()];
  }

  add(e: EngineEvent): void {
    for (const t of this.open.values()) {
      if (e.timeNano / 1e6 < t.sinceMs) continue;
      t.events.push(e);
      if (t.events.length > this.capPerLesson) t.events.splice(0, t.events.length - this.capPerLesson);
    }
  }

  events(lessonId: string): readonly EngineEvent[] {
    return this.open.get(lessonId)?.events ?? [];
  }

  toJSON(): Record<string, { sinceMs: number; events: EngineEvent[] }> {
    return Object.fromEntries(this.open);
  }

  static fromJSON(data: unknown, capPerLesson?: number): EventTrail {
    const t = new EventTrail(capPerLesson);
    if (data && typeof data === 'object') {
      for (const [id, v] of Object.entries(data as Record<string, { sinceMs?: unknown; events?: unknown }>)) {
        if (typeof v?.sinceMs === 'number' && Array.isArray(v.events)) t.open.set(id, { sinceMs: v.sinceMs, events: v.events as EngineEvent[] });
      }
    }
    return t;
  }
}

export const eventMs = (e: EngineEvent): number => e.timeNano / 1e6;

/** The command of an `exec_create: …`/`exec_start: …` action. */
export function execCommand(e: EngineEvent): string | undefined {
  const m = /^exec_(?:create|start): (.*)$/.exec(e.Action);
  return m ? m[1].trim() : undefined;
}

/** How a healthcheck's exec shows up in events: CMD-SHELL x → "/bin/sh -c x"; CMD a b → "a b". */
export function healthcheckCommand(h: HealthcheckConfig | undefined): string | undefined {
  const t = h?.Test;
  if (!t || t.length === 0 || t[0] === 'NONE') return undefined;
  if (t[0] === 'CMD-SHELL') return `/bin/sh -c ${t.slice(1).join(' ')}`.trim();
  if (t[0] === 'CMD') return t.slice(1).join(' ').trim();
  return t.join(' ').trim();
}

/** exec_start events that the learner caused: the healthcheck's own execs are dropped. */
export function learnerExecs(events: readonly EngineEvent[], health: HealthcheckConfig | undefined): EngineEvent[] {
  const hc = healthcheckCommand(health);
  return events.filter((e) => e.Type === 'container' && e.Action.startsWith('exec_start:') && execCommand(e) !== hc);
}

export interface StopEpisode {
  /** The first kill of the episode. */
  startMs: number;
  signals: number[];
  die?: { ms: number; exitCode: number };
}

/**
 * Groups a container's kill/die events into stop episodes: consecutive kills (15, then 9 after the
 * timeout) and the die that ends them. A die without a kill (the process exited by itself) is no episode.
 */
export function stopEpisodes(events: readonly EngineEvent[]): StopEpisode[] {
  const out: StopEpisode[] = [];
  let cur: StopEpisode | undefined;
  for (const e of events) {
    if (e.Type !== 'container') continue;
    if (e.Action === 'kill') {
      const sig = Number(e.Actor.Attributes?.signal ?? NaN);
      if (!cur) cur = { startMs: eventMs(e), signals: [] };
      cur.signals.push(sig);
    } else if (e.Action === 'die' && cur) {
      cur.die = { ms: eventMs(e), exitCode: Number(e.Actor.Attributes?.exitCode ?? NaN) };
      out.push(cur);
      cur = undefined;
    }
  }
  if (cur) out.push(cur);
  return out;
}

export function signalName(n: number): string {
  return n === 15 ? 'SIGTERM (15)' : n === 9 ? 'SIGKILL (9)' : n === 2 ? 'SIGINT (2)' : n === 1 ? 'SIGHUP (1)' : `signal ${n}`;
}

/** health_status values in order (`healthy`, `unhealthy`, `starting`). */
export function healthSequence(events: readonly EngineEvent[]): string[] {
  return events.filter((e) => e.Action.startsWith('health_status')).map((e) => e.Action.replace(/^health_status:?\s*/, ''));
}

export function healthBrokenThenFixed(events: readonly EngineEvent[]): boolean {
  const seq = healthSequence(events);
  const broken = seq.indexOf('unhealthy');
  return broken >= 0 && seq.indexOf('healthy', broken + 1) > broken;
}

/**
 * `compose down -v` for a project: the project's containers were destroyed and, within the same episode,
 * the named volume was destroyed too. Returns the episodes' times (ms) in which volumes were removed.
 */
export function downEpisodes(
  events: readonly EngineEvent[],
  project: string,
  volumeName: string,
  windowMs = 15_000,
): { containersRemovedMs: number; volumeRemovedMs?: number }[] {
  const destroys = events.filter((e) => e.Type === 'container' && e.Action === 'destroy' && e.Actor.Attributes?.['com.docker.compose.project'] === project);
  const volDestroys = events.filter((e) => e.Type === 'volume' && e.Action === 'destroy' && e.Actor.ID === volumeName);
  const out: { containersRemovedMs: number; volumeRemovedMs?: number }[] = [];
  let lastMs = -Infinity;
  for (const d of destroys) {
    const ms = eventMs(d);
    if (ms - lastMs < windowMs && out.length) {
      lastMs = ms;
      continue;
    }
    lastMs = ms;
    out.push({ containersRemovedMs: ms });
  }
  for (const ep of out) {
    const v = volDestroys.find((e) => eventMs(e) >= ep.containersRemovedMs && eventMs(e) - ep.containersRemovedMs < windowMs);
    if (v) ep.volumeRemovedMs = eventMs(v);
  }
  return out;
}
