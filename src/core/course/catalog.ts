import { chapter as c00 } from './chapters/c00';
import { chapter as c01 } from './chapters/c01';
import { chapter as c02 } from './chapters/c02';
import { chapter as c03 } from './chapters/c03';
import { chapter as c04 } from './chapters/c04';
import { chapter as c05 } from './chapters/c05';
import { chapter as c06 } from './chapters/c06';
import { chapter as c07 } from './chapters/c07';
import { chapter as c08 } from './chapters/c08';
import type { Chapter, Lesson } from './types';

/** Every chapter written so far, in course order. Adding a chapter means adding one import and one entry. */
export const courseChapters: readonly Chapter[] = [c00, c01, c02, c03, c04, c05, c06, c07, c08];

export function allLessons(): Lesson[] {
  return courseChapters.flatMap((c) => c.lessons);
}

export function lessonById(id: string): Lesson | undefined {
  return allLessons().find((l) => l.id === id);
}
