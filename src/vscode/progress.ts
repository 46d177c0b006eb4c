import * as vscode from 'vscode';
import { allLessons } from '../core/course/catalog';
import { passContextKey, quizStateKey } from '../core/course/quiz';
import {
  decodeProgress,
  passedLessons,
  PROGRESS_BACKUP_KEY,
  PROGRESS_KEY,
  reduceProgress,
  type LessonRecord,
  type Progress,
  type ProgressEvent,
} from '../core/course/progress';

export interface ProgressChange {
  lessonId: string;
  before: LessonRecord | undefined;
  after: LessonRecord;
  /** The lesson passed with this event (it had not before). */
  newlyPassed: boolean;
}

/**
 * The one store of the learner's progress (checks, hints, quiz and lesson passes), kept in globalState
 * under a versioned key. Every change goes through the pure reducer; a pass sets the walkthrough's
 * `dockerCourse.pass.<lessonId>` context key, and all pass keys are set again on activation.
 */
export class ProgressStore {
  private state: Progress;
  private writes: Promise<unknown> = Promise.resolve();
  /** Values this store wrote or has already read: the memento hands the same object back until another window writes. */
  private readonly ours = new WeakSet<object>();
  private pending = 0;
  /** The last value this store gave each context key (VS Code has no public way to read one back). */
  private readonly keys = new Map<string, boolean>();
  private readonly changed = new vscode.EventEmitter<ProgressChange>();
  readonly onDidChange = this.changed.event;

  private constructor(
    private readonly memento: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
    private readonly extensionId: string,
    initial: Progress,
  ) {
    this.state = initial;
  }

  /** Reads the stored value (recovering from a corrupt or newer one) and moves old quiz records in. */
  static async open(memento: vscode.Memento, log: vscode.LogOutputChannel, extensionId: string): Promise<ProgressStore> {
    const legacyKeys = allLessons().map((l) => quizStateKey(l.id)).filter((k) => memento.get(k) !== undefined);
    const legacyQuizzes = Object.fromEntries(legacyKeys.map((k) => [k.slice(quizStateKey('').length), memento.get(k)]));
    const raw = memento.get<unknown>(PROGRESS_KEY);
    const decoded = decodeProgress(raw, { legacyQuizzes });
    if (decoded.problem) log.warn(`Docker Course progress: ${decoded.problem}.`);
    if (decoded.backup) await memento.update(PROGRESS_BACKUP_KEY, raw);
    if (decoded.changed) await memento.update(PROGRESS_KEY, decoded.progress);
    for (const k of legacyKeys) await memento.update(k, undefined);
    if (legacyKeys.length) log.info(`Docker Course progress: moved ${legacyKeys.length} quiz pass(es) from the old per-quiz keys into the progress store.`);
    return new ProgressStore(memento, log, extensionId, decoded.progress);
  }

  get snapshot(): Progress {
    this.adoptNewerValue();
    return this.state;
  }

  lesson(lessonId: string): LessonRecord | undefined {
    return this.snapshot.lessons[lessonId];
  }

  /** The context keys this store has set, and to what (for the integration tests and the log). */
  contextKeys(): Record<string, boolean> {
    return Object.fromEntries(this.keys);
  }

  async dispatch(e: ProgressEvent): Promise<ProgressChange> {
    this.adoptNewerValue();
    const before = this.state.lessons[e.lessonId];
    this.state = reduceProgress(this.state, e);
    const after = this.state.lessons[e.lessonId];
    const change: ProgressChange = { lessonId: e.lessonId, before, after, newlyPassed: !before?.passedAt && !!after.passedAt };
    const value = this.state;
    // Writes are queued so a slow write can never land after a newer one.
    this.ours.add(value);
    this.pending++;
    this.writes = this.writes
      .then(() => this.memento.update(PROGRESS_KEY, value))
      .catch((err) => this.log.error('Saving Docker Course progress failed:', err))
      .finally(() => this.pending--);
    await this.writes;
    if (change.newlyPassed) {
      this.log.info(`Lesson ${e.lessonId} passed (${after.passedBy}).`);
      await this.setPassKey(e.lessonId, true);
    } else if (before?.passedAt && !after.passedAt) {
      await this.setPassKey(e.lessonId, false);
      await this.walkthroughStep('welcome.markStepIncomplete', e.lessonId);
    }
    this.changed.fire(change);
    return change;
  }

  /**
   * globalState is shared by every window (and Settings Sync may update it): when another window has
   * written progress since we last did, continue from its value rather than overwrite it.
   */
  private adoptNewerValue(): void {
    const stored = this.memento.get<unknown>(PROGRESS_KEY);
    if (this.pending > 0 || typeof stored !== 'object' || stored === null || this.ours.has(stored)) return;
    this.ours.add(stored);
    if (JSON.stringify(stored) === JSON.stringify(this.state)) return;
    const decoded = decodeProgress(stored);
    if (!decoded.backup) this.state = decoded.progress;
  }

  /** Records that a command ran for a lesson (`start`: Open Lab, which also records the lesson's start). */
  touch(lessonId: string, start = false): Promise<ProgressChange> {
    return this.dispatch({ type: 'activity', lessonId, at: new Date().toISOString(), start });
  }

  /** Sets every passed lesson's context key again (they do not survive a window reload). */
  async reassert(): Promise<void> {
    for (const id of passedLessons(this.state)) await this.setPassKey(id, true);
  }

  private async setPassKey(lessonId: string, value: boolean): Promise<void> {
    await vscode.commands.executeCommand('setContext', passContextKey(lessonId), value);
    this.keys.set(passContextKey(lessonId), value);
    // VS Code ignores an `onContext:` expression that is already true when the walkthrough service first
    // looks at it (it only records it as seen), which happens when that service starts after our key was
    // set. The internal command that marks the step done covers that case; it is best effort.
    if (value) await this.walkthroughStep('welcome.markStepComplete', lessonId);
  }

  /**
   * Ticks or unticks a lesson's walkthrough step (`<extension id>#<chapter>#<lesson>`). The commands are
   * internal to VS Code, not a public API, and fail for lessons whose chapter has no walkthrough yet, so
   * this is best effort: the context key stays the supported path.
   */
  private async walkthroughStep(command: 'welcome.markStepComplete' | 'welcome.markStepIncomplete', lessonId: string): Promise<void> {
    try {
      await vscode.commands.executeCommand(command, `${this.extensionId}#${lessonId.slice(0, 3)}#${lessonId}`);
    } catch (err) {
      this.log.debug(`${command} ${lessonId}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Opens the progress store, marks it for Settings Sync and re-asserts the pass keys. */
export async function registerProgress(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Promise<ProgressStore> {
  const store = await ProgressStore.open(context.globalState, log, context.extension.id);
  context.subscriptions.push(store);
  context.globalState.setKeysForSync([PROGRESS_KEY]);
  await store.reassert();
  return store;
}
