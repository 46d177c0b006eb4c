import type * as vscode from 'vscode';
import { COURSE_COMMANDS } from '../../core/course/walkthroughs';
import { registerCourseCommand, type CourseContext } from '../course/common';
import type { ProgressStore } from '../progress';
import { checkLesson } from './checkLesson';
import { EventRecorder } from './eventRecorder';
import { showDaemonStatus } from './doctor';
import { resetLesson } from './resetLesson';
import { showHint } from './showHint';
import { registerProgressPage, showProgress } from './showProgress';
import { DaemonStatusBar, SHOW_DAEMON_COMMAND } from './statusBar';
import { CourseTests } from './tests';

export const SHOW_PROGRESS_COMMAND = 'dockerCourse.showProgress';

/** What the checkpoint surface exposes to the extension's test hooks. */
export interface CheckpointsSurface {
  statusText(): string;
  /** Lessons whose engine events are being kept. */
  recordedLessons(): string[];
}

/**
 * The checkpoint surface: the "Docker Course" test controller, the Docker engine status bar item, and the
 * commands Check Lesson, Show Hint, Reset Lesson, Show Progress and the engine doctor.
 */
export function registerCheckpoints(extension: vscode.ExtensionContext, log: vscode.LogOutputChannel, progress: ProgressStore): CheckpointsSurface {
  const ctx: CourseContext = { extension, log, progress };
  const status = new DaemonStatusBar(log);
  const recorder = new EventRecorder(ctx);
  const tests = new CourseTests(ctx, status, recorder);
  extension.subscriptions.push(status, recorder, tests);
  registerProgressPage(ctx);
  registerCourseCommand(ctx, COURSE_COMMANDS.check, 'Check Lesson', (id) => checkLesson(ctx, tests, id));
  registerCourseCommand(ctx, COURSE_COMMANDS.hint, 'Show Hint', (id, key) => showHint(ctx, tests, id, key));
  registerCourseCommand(ctx, COURSE_COMMANDS.reset, 'Reset Lesson', (id) => resetLesson(ctx, id));
  registerCourseCommand(ctx, SHOW_PROGRESS_COMMAND, 'Show Progress', () => showProgress(ctx));
  registerCourseCommand(ctx, SHOW_DAEMON_COMMAND, 'Check Docker Engine', () => showDaemonStatus(ctx, status));
  return { statusText: () => status.view.text, recordedLessons: () => recorder.lessons() };
}
