import type { Chapter, Lesson } from './types';
import { chapter as c05 } from './chapters/c05';
import { chapter as c06 } from './chapters/c06';
import { chapter as c07 } from './chapters/c07';

/** Every chapter written so far, in course order. Adding a chapter means adding one import and one entry. */
export const courseChapters: readonly Chapter[] = [
  c05,
  c06,
  c07,
];

export function allLessons(): Lesson[] {
  return courseChapters.flatMap((c) => c.lessons);
}

export function lessonById(id: string): Lesson | undefined {
  return allLessons().find((l) => l.id === id);
}
