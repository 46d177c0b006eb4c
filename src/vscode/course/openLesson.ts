import * as vscode from 'vscode';
import { walkthroughTarget } from '../../core/course/walkthroughs';
import { resolveLesson, type CourseContext } from './common';

/** Open Lesson: opens the chapter's walkthrough at the lesson's step. */
export async function openLesson(ctx: CourseContext, arg: unknown): Promise<void> {
  const lesson = await resolveLesson(arg, () => true, 'Open which lesson?');
  if (!lesson) return;
  await ctx.progress.touch(lesson.id);
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', walkthroughTarget(ctx.extension.extension.id, lesson.chapter, lesson.id), false);
}
