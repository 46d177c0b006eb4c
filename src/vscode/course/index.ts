import type * as vscode from 'vscode';
import { allLessons } from '../../core/course/catalog';
import { quizStateKey } from '../../core/course/quiz';
import { COURSE_COMMANDS } from '../../core/course/walkthroughs';
import { buildToolbox } from './buildToolbox';
import type { CourseContext } from './common';
import { registerCourseCommand } from './common';
import { registerCourseContent } from './contentProvider';
import { openLab } from './openLab';
import { openLesson } from './openLesson';
import { runStep } from './runStep';
import { solveLesson } from './solveLesson';
import { reassertQuizPasses, takeQuiz } from './takeQuiz';

/** The course commands: Open Lab, Solve, Run Step, Take Quiz, Build Course Toolbox, Open Lesson. */
export function registerCourse(extension: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  const ctx: CourseContext = { extension, log };
  registerCourseContent(ctx);
  registerCourseCommand(ctx, COURSE_COMMANDS.openLab, 'Open Lab', (id) => openLab(ctx, id));
  registerCourseCommand(ctx, COURSE_COMMANDS.solve, 'Solve', (id) => solveLesson(ctx, id));
  registerCourseCommand(ctx, COURSE_COMMANDS.runStep, 'Run Step', (id, index) => runStep(ctx, id, index));
  registerCourseCommand(ctx, COURSE_COMMANDS.quiz, 'Take Quiz', (id) => takeQuiz(ctx, id));
  registerCourseCommand(ctx, COURSE_COMMANDS.buildToolbox, 'Build Course Toolbox', () => buildToolbox(ctx));
  registerCourseCommand(ctx, COURSE_COMMANDS.openLesson, 'Open Lesson', (id) => openLesson(ctx, id));
  extension.globalState.setKeysForSync(allLessons().filter((l) => l.quiz?.length).map((l) => quizStateKey(l.id)));
  reassertQuizPasses(ctx).catch((e) => log.error('Restoring passed quizzes failed:', e));
}
