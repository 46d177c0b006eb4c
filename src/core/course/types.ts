/** The course as data: chapters (one walkthrough each) made of lessons (one step each). */

export interface LabStep {
  /** What the learner does, in one imperative sentence. */
  title: string;
  /** The exact terminal command; the walkthrough page runs it with `dockerCourse.runStep` in the integrated terminal. */
  command?: string;
  /** What the learner should see or notice afterwards. */
  expect?: string;
}

export interface Lab {
  /**
   * Starter files, relative to `walkthroughs/labs/<lessonId>/starter/`. Open Lab copies them into the
   * learner's workspace under `workspaceFolder`, never overwriting an existing file without asking.
   */
  starter: string[];
  /** Reference solution files, relative to `walkthroughs/labs/<lessonId>/solution/` (same relative paths as starter files). */
  solution: string[];
  /** Folder in the learner's workspace: `driftwood` for the running app, `labs/<lessonId>` otherwise. */
  workspaceFolder: string;
  /** The lab's steps when a registry is reachable. */
  steps: LabStep[];
  /** The steps when no registry is reachable (CURRICULUM §1.8); omitted when the online steps work offline. */
  offlineSteps?: LabStep[];
  /** Commands of the reference solution for terminal-only steps, shown by Solve. */
  solutionCommands?: string[];
}

export type QuizKind = 'single' | 'multiple' | 'order';

export interface QuizOption {
  text: string;
  /** Shown when the learner picks this option wrongly (or, for a right option, why it is right). */
  explanation: string;
}

export interface QuizQuestion {
  id: string;
  kind: QuizKind;
  prompt: string;
  options: QuizOption[];
  /** `single`: [index]; `multiple`: every right index; `order`: option indexes in the right order. */
  answer: number[];
}

export interface Lesson {
  /** `c04-l1`; must be listed in lessonIds.ts. */
  id: string;
  chapter: string;
  title: string;
  /** File slug: the page is `walkthroughs/<chapter>/<id>-<slug>.md`. */
  slug: string;
  /** Estimated minutes for a first-time learner. */
  minutes: number;
  /** Concept lessons are read and graded by a quiz. */
  concept: boolean;
  /** Deeper dives a learner may skip. */
  optional: boolean;
  /** One or two sentences shown in the walkthrough step above its buttons. */
  summary: string;
  /** "The learner will be able to …" */
  goals: string[];
  /** Lint rule ids this lesson teaches (DFnn, CFnn). */
  rulesTaught: string[];
  /** Checkpoint ids (CURRICULUM §1.6) that grade the lesson. */
  checkpoints: string[];
  lab?: Lab;
  quiz?: QuizQuestion[];
}

export interface Chapter {
  id: string;
  title: string;
  /** Shown on the walkthrough card. */
  description: string;
  /** Globs of files that make VS Code feature this walkthrough (C00: Dockerfiles and compose files). */
  featuredFor?: string[];
  lessons: Lesson[];
}

export function lessonPage(lesson: Pick<Lesson, 'id' | 'chapter' | 'slug'>): string {
  return `walkthroughs/${lesson.chapter}/${lesson.id}-${lesson.slug}.md`;
}

export function labFolder(lessonId: string): string {
  return `walkthroughs/labs/${lessonId}`;
}
