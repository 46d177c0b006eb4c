import * as vscode from 'vscode';
import { EventTrail } from '../../core/course/checkpoints/events';
import type { EngineEvent } from '../../core/course/checkpoints/engineApi';
import { lessonsToFollow } from '../../core/course/progress';
import { followEvents, type EventFollower } from '../../docker/eventStream';
import type { CourseContext } from '../course/common';
import { openSession } from './ports';

/** workspaceState key of the kept events. */
export const TRAIL_KEY = 'dockerCourse.eventTrail';
/** Events kept per open lesson (the oldest go first). */
export const TRAIL_CAP = 2000;
const SAVE_DELAY_MS = 3000;

/**
 * Keeps the engine's events for the lessons in progress (started, not passed; the three most recent),
 * because the engine remembers only its last 256 and checks such as a graceful stop or an exec read them.
 * It follows /events only while such a lesson exists and the folder is trusted, and stores what it kept in
 * workspaceState so a window reload loses nothing.
 */
export class EventRecorder implements vscode.Disposable {
  readonly trail: EventTrail;
  private follower: EventFollower | undefined;
  private followingEndpoint: string | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly ctx: CourseContext) {
    this.trail = EventTrail.fromJSON(ctx.extension.workspaceState.get(TRAIL_KEY), TRAIL_CAP);
    this.disposables.push(
      ctx.progress.onDidChange(() => this.update()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dockerCourse.docker.host')) this.update();
      }),
    );
    this.update();
  }

  /** The lessons being recorded now. */
  lessons(): string[] {
    return this.trail.openLessons();
  }

  private update(): void {
    const wanted = vscode.workspace.isTrusted ? lessonsToFollow(this.ctx.progress.snapshot) : [];
    const kept = this.trail.toJSON();
    let changed = false;
    for (const id of this.trail.openLessons()) {
      const w = wanted.find((x) => x.lessonId === id);
      // A lesson that passed, dropped out, or was reset (a new start) loses its old events.
      if (!w || kept[id].sinceMs !== w.sinceMs) {
        this.trail.stop(id);
        changed = true;
      }
    }
    for (const w of wanted) {
      if (!this.trail.openLessons().includes(w.lessonId)) {
        this.trail.start(w.lessonId, w.sinceMs);
        changed = true;
      }
    }
    if (changed) this.scheduleSave();

    const session = openSession();
    const endpoint = session.resolved.endpoint.url;
    if (wanted.length === 0) {
      this.stopFollowing();
      return;
    }
    if (this.follower && this.followingEndpoint === endpoint) return;
    this.stopFollowing();
    // Resume after the newest event already kept, or replay from the earliest lesson start.
    const newest = Math.max(0, ...wanted.map((w) => this.trail.events(w.lessonId).at(-1)?.timeNano ?? 0)) / 1e6;
    const sinceMs = Math.max(Math.min(...wanted.map((w) => w.sinceMs)), newest);
    this.followingEndpoint = endpoint;
    this.follower = followEvents(session, {
      sinceMs,
      onEvent: (e: EngineEvent) => {
        this.trail.add(e);
        this.scheduleSave();
      },
      onState: (state, detail) => {
        if (state === 'connected') this.ctx.log.info(`Keeping Docker events for ${this.trail.openLessons().join(', ')} (from ${endpoint}).`);
        else this.ctx.log.debug(`Docker event stream interrupted: ${detail ?? ''}; reconnecting.`);
      },
    });
  }

  private stopFollowing(): void {
    this.follower?.stop();
    this.follower = undefined;
    this.followingEndpoint = undefined;
  }

  private scheduleSave(): void {
    if (this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.save();
    }, SAVE_DELAY_MS);
  }

  private save(): Thenable<void> {
    return this.ctx.extension.workspaceState.update(TRAIL_KEY, this.trail.toJSON());
  }

  dispose(): void {
    this.stopFollowing();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    void this.save();
    for (const d of this.disposables) d.dispose();
  }
}
