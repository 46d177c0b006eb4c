/**
 * Follows the engine's /events stream for as long as the caller wants it, reconnecting after errors with
 * a growing pause and resuming from the last event seen. The engine keeps only its last 256 events and
 * forgets them on restart, so the extension follows the stream while a lesson is open and keeps what it
 * sees (src/core/course/checkpoints/events.ts EventTrail). No deadline applies to the stream itself: an
 * idle engine sends nothing for hours, and that is not a failure.
 */
import type { IncomingMessage } from 'node:http';
import type { EngineEvent } from '../core/course/checkpoints/engineApi';
import type { DockerSession } from './client';

/** Event types lesson checks read. */
export const FOLLOWED_TYPES = ['container', 'network', 'volume', 'image'];
/** Pauses before reconnecting, in ms; the last one repeats. */
export const RETRY_PAUSES_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

export interface FollowOptions {
  /** Replay from this time (ms since the epoch); the engine sends what it still has, then live events. */
  sinceMs: number;
  onEvent(e: EngineEvent): void;
  /** Connection changes, for the log. */
  onState?(state: 'connected' | 'disconnected', detail?: string): void;
  pausesMs?: readonly number[];
}

export interface EventFollower {
  stop(): void;
  readonly stopped: boolean;
}

type Modem = { dial(o: Record<string, unknown>, cb: (err: unknown, data: unknown) => void): void };

const seconds = (ms: number) => (ms / 1000).toFixed(3);
const key = (e: EngineEvent) => `${e.timeNano}|${e.Type}|${e.Action}|${e.Actor?.ID}`;

export function followEvents(session: DockerSession, o: FollowOptions): EventFollower {
  const stopper = new AbortController();
  const pauses = o.pausesMs ?? RETRY_PAUSES_MS;
  let lastNano = o.sinceMs * 1e6;
  // Events at the resume point may arrive twice (`since` is inclusive); remember the last few keys.
  const recent: string[] = [];
  let stopped = false;

  const deliver = (e: EngineEvent) => {
    if (typeof e.timeNano !== 'number' || e.timeNano < lastNano) return;
    const k = key(e);
    if (recent.includes(k)) return;
    recent.push(k);
    if (recent.length > 64) recent.shift();
    lastNano = e.timeNano;
    o.onEvent(e);
  };

  const connect = (): Promise<IncomingMessage> =>
    new Promise((resolve, reject) => {
      const modem = (session.client as unknown as { modem: Modem }).modem;
      modem.dial(
        {
          path: '/events?',
          method: 'GET',
          options: { since: seconds(Math.floor(lastNano / 1e6)), filters: { type: FOLLOWED_TYPES } },
          abortSignal: stopper.signal,
          isStream: true,
          statusCodes: { 200: true, 400: 'bad parameter', 500: 'server error' },
        },
        (err, data) => (err ? reject(err) : resolve(data as IncomingMessage)),
      );
    });

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      stopper.signal.addEventListener('abort', () => {
        clearTimeout(t);
        resolve();
      }, { once: true });
    });

  void (async () => {
    let failures = 0;
    while (!stopper.signal.aborted) {
      try {
        const res = await connect();
        failures = 0;
        o.onState?.('connected');
        let partial = '';
        for await (const chunk of res as AsyncIterable<Buffer>) {
          partial += chunk.toString('utf8');
          const lines = partial.split('\n');
          partial = lines.pop() ?? '';
          for (const line of lines) {
            if (!line.trim()) continue;
            try {
              deliver(JSON.parse(line) as EngineEvent);
            } catch {
              // Not an event line; skip it.
            }
          }
        }
        if (!stopper.signal.aborted) o.onState?.('disconnected', 'the engine closed the event stream');
      } catch (e) {
        if (stopper.signal.aborted) break;
        o.onState?.('disconnected', session.failure(e, 'following Docker events').message);
      }
      if (stopper.signal.aborted) break;
      await pause(pauses[Math.min(failures, pauses.length - 1)]);
      failures++;
    }
  })();

  return {
    stop() {
      stopped = true;
      stopper.abort();
    },
    get stopped() {
      return stopped;
    },
  };
}
