import type { Chapter, Lesson } from './types';
import { lessonPage } from './types';

/** A command link for walkthrough descriptions and pages: `command:id?<url-encoded JSON args>`. */
export function commandLink(command: string, ...args: unknown[]): string {
  return args.length ? `command:${command}?${encodeURIComponent(JSON.stringify(args))}` : `command:${command}`;
}

export const COURSE_COMMANDS = {
  openLab: 'dockerCourse.openLab',
  check: 'dockerCourse.checkLesson',
  hint: 'dockerCourse.showHint',
  solve: 'dockerCourse.solveLesson',
  reset: 'dockerCourse.resetLesson',
  quiz: 'dockerCourse.takeQuiz',
  runStep: 'dockerCourse.runStep',
  buildToolbox: 'dockerCourse.buildToolbox',
  openLesson: 'dockerCourse.openLesson',
} as const;

/**
 * The argument of `workbench.action.openWalkthrough` that opens a chapter's walkthrough at a lesson. The
 * category is the full walkthrough id (`publisher.name#c01`); the step is the step's own id (`c01-l2`),
 * because the workbench joins them itself (`${category}#${step}`, read in VS Code 1.13x's workbench).
 */
export function walkthroughTarget(extensionId: string, chapter: string, lessonId?: string): { category: string; step?: string } {
  const category = `${extensionId}#${chapter}`;
  return lessonId ? { category, step: lessonId } : { category };
}

function stepDescription(lesson: Lesson): string {
  const lines = [lesson.summary];
  const meta = `__${lesson.minutes} min${lesson.optional ? ' · optional' : ''}${lesson.concept ? ' · concept' : ''}__`;
  lines.push(meta);
  if (lesson.lab) lines.push(`[Open Lab](${commandLink(COURSE_COMMANDS.openLab, lesson.id)})`);
  if (lesson.quiz?.length) lines.push(`[Take the Quiz](${commandLink(COURSE_COMMANDS.quiz, lesson.id)})`);
  if (lesson.checkpoints.some((c) => !c.startsWith('QZ'))) {
    lines.push(`[Check](${commandLink(COURSE_COMMANDS.check, lesson.id)})`);
    lines.push(`[Hint](${commandLink(COURSE_COMMANDS.hint, lesson.id)})`);
  }
  if (lesson.lab) {
    lines.push(`[Solve](${commandLink(COURSE_COMMANDS.solve, lesson.id)})`);
    lines.push(`[Reset](${commandLink(COURSE_COMMANDS.reset, lesson.id)})`);
  }
  return lines.join('\n');
}

/** The `contributes.walkthroughs` section of package.json, generated from the catalogue. */
export function renderWalkthroughs(chapters: readonly Chapter[]): unknown[] {
  return chapters.map((chapter) => ({
    id: chapter.id,
    title: `Docker Course ${chapter.id.slice(1).replace(/^0/, '')}: ${chapter.title}`,
    description: chapter.description,
    ...(chapter.featuredFor ? { featuredFor: chapter.featuredFor } : {}),
    steps: chapter.lessons.map((lesson) => ({
      id: lesson.id,
      title: `${lesson.id.slice(4).toUpperCase()} · ${lesson.title}`,
      description: stepDescription(lesson),
      media: { markdown: lessonPage(lesson) },
      completionEvents: [`onContext:dockerCourse.pass.${lesson.id}`],
    })),
  }));
}
