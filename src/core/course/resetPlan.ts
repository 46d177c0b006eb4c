/**
 * The words of Reset Lesson's confirmation: which Docker objects carrying the lesson's label go, which
 * lab files differ from the starter (restored only after the learner has seen each diff), and what
 * happens to the lesson's progress. Pure, so the exact wording is tested.
 */
import type { LabFilePlan } from './labFiles';
import { LESSON_LABEL } from './images';
import type { LessonRecord } from './progress';

export interface ResetSummary {
  /** The dialog's first line. */
  message: string;
  /** The dialog's body: objects, files, progress. */
  detail: string;
  /** Lab files that would change if restored (differ from the starter, or are missing). */
  filesToRestore: LabFilePlan[];
  /** Whether there is anything at all to reset. */
  empty: boolean;
}

const MAX_LISTED = 20;

function listed(items: readonly string[]): string[] {
  if (items.length <= MAX_LISTED) return items.map((i) => `  • ${i}`);
  return [...items.slice(0, MAX_LISTED).map((i) => `  • ${i}`), `  • … and ${items.length - MAX_LISTED} more`];
}

export function resetSummary(i: {
  lessonId: string;
  /** From describePlan: `container web (running)`, `network shop`, `volume data`; undefined when Docker could not be asked. */
  objects: readonly string[] | undefined;
  /** Why the objects are unknown (the engine is unreachable), when they are. */
  objectsProblem?: string;
  files: readonly LabFilePlan[];
  record: LessonRecord | undefined;
}): ResetSummary {
  const filesToRestore = i.files.filter((f) => f.action !== 'identical');
  const parts: string[] = [];
  if (i.objects === undefined) {
    parts.push(`Docker objects: not listed, because ${i.objectsProblem ?? 'the engine could not be asked'}. Nothing will be removed from Docker.`);
  } else if (i.objects.length === 0) {
    parts.push(`Docker objects: none carries the label ${LESSON_LABEL}=${i.lessonId}, so nothing will be removed from Docker.`);
  } else {
    parts.push(`These Docker objects carry the label ${LESSON_LABEL}=${i.lessonId} and will be removed (with their anonymous volumes):`, ...listed(i.objects));
    parts.push(`Nothing without that label is touched, even with the same name.`);
  }
  if (filesToRestore.length) {
    parts.push('', `Lab files that differ from the starter (restored only if you choose "Reset and Restore Files…", after you have seen each diff):`);
    parts.push(...listed(filesToRestore.map((f) => `${f.target}${f.action === 'create' ? ' (missing)' : ' (changed)'}`)));
  }
  const hasProgress = !!i.record && (i.record.checks > 0 || !!i.record.passedAt || Object.keys(i.record.conditions).length > 0);
  parts.push('', hasProgress ? `Progress: the lesson's checks, hint levels${i.record?.passedAt ? ' and its pass' : ''} are cleared${i.record?.quiz ? ' (its quiz pass stays)' : ''}, and the lesson starts again now.` : 'Progress: the lesson starts again now.');
  const empty = i.objects !== undefined && i.objects.length === 0 && filesToRestore.length === 0 && !hasProgress;
  const n = i.objects?.length ?? 0;
  return {
    message: n ? `Reset lesson ${i.lessonId}? ${n} Docker object${n === 1 ? '' : 's'} will be removed.` : `Reset lesson ${i.lessonId}?`,
    detail: parts.join('\n'),
    filesToRestore,
    empty,
  };
}
