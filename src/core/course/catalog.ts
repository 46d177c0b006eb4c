import type { Chapter, Lesson } from './types';

/** Every chapter written so far, in course order. Adding a chapter means adding one import and one entry. */
export const courseChapters: readonly Chapter[] = [];

export function allLessons(): Lesson[] {
  return courseChapters.flatMap((c) => c.lessons);
}

export function lessonById(id: string): Lesson | undefined {
  return allLessons().find((l) => l.id === id);
}
