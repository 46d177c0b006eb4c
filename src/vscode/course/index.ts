import type * as vscode from 'vscode';
import { COURSE_COMMANDS } from '../../core/course/walkthroughs';
import { buildToolbox } from './buildToolbox';
import type { CourseContext } from './common';
import { registerCourseCommand } from './common';
import { registerCourseContent } from './contentProvider';
import { openLab } from './openLab';
import { openLesson } from './openLesson';
import { runStep } from './runStep';
import { solveLesson } from './solveLesson';
import type { ProgressStore } from '../progress';
import { takeQuiz } from './takeQuiz';

/** The course commands: Open Lab, Solve, Run Step, Take Quiz, Build Course Toolbox, Open Lesson. */
export function registerCourse(extension: vscode.ExtensionContext, log: vscode.LogOutputChannel, progress: ProgressStore): void {
  const ctx: CourseContext = { extension, log, progress };
  registerCourseContent(ctx);
  registerCourseCommand(ctx, COURSE_COMMANDS.openLab, 'Open Lab', (id) => openLab(ctx, id));
  registerCourseCommand(ctx, COURSE_COMMANDS.solve, 'Solve', (id) => solveLesson(ctx, id));
  registerCourseCommand(ctx, COURSE_COMMANDS.runStep, 'Run Step', (id, index) => runStep(ctx, id, index));
  registerCourseCommand(ctx, COURSE_COMMANDS.quiz, 'Take Quiz', (id) => takeQuiz(ctx, id));
  registerCourseCommand(ctx, COURSE_COMMANDS.buildToolbox, 'Build Course Toolbox', () => buildToolbox(ctx));
  registerCourseCommand(ctx, COURSE_COMMANDS.openLesson, 'Open Lesson', (id) => openLesson(ctx, id));
}
