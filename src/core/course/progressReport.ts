/**
 * The Show Progress page: per chapter, each lesson's state, when it passed (and how), how many checks
 * ran, and how far up the hint ladder the learner went. Markdown, rendered in the preview.
 */
import { courseChapters } from './catalog';
import { chapters as chapterInfos, lessonIds } from './lessonIds';
import { summarizeLesson, type LessonSummary, type Progress } from './progress';
import { gradingCheckpoints } from './testTree';

const RUNG = ['', 'concept', 'flag or field', 'the fix'];

/** Lessons the report lists: those of written chapters, those with a check, and any with recorded progress. */
export function reportedLessons(p: Progress): string[] {
  const written = new Set(courseChapters.flatMap((c) => c.lessons.map((l) => l.id)));
  return lessonIds.map((l) => l.id).filter((id) => written.has(id) || gradingCheckpoints(id).length > 0 || p.lessons[id]);
}

function stateCell(s: LessonSummary): string {
  if (s.state === 'passed') return s.passedBy === 'quiz' ? '✔ passed (quiz)' : '✔ passed';
  if (s.state === 'not-started') return 'not started';
  const parts = ['in progress'];
  if (s.failing.length) parts.push(`${s.failing.length} condition${s.failing.length === 1 ? '' : 's'} failing`);
  if (s.quizPassed) parts.push('quiz passed');
  return parts.join(', ');
}

function hintCell(s: LessonSummary): string {
  if (s.maxHint === 0) return '—';
  return `${s.hintsUsed} condition${s.hintsUsed === 1 ? '' : 's'}, up to rung ${s.maxHint} (${RUNG[s.maxHint]})`;
}

const escapeCell = (s: string) => s.replace(/\|/g, '\\|');

export function renderProgress(p: Progress, formatTime: (iso: string) => string = (iso) => iso.replace('T', ' ').slice(0, 16)): string {
  const ids = reportedLessons(p);
  const summaries = ids.map((id) => summarizeLesson(p, id));
  const passed = summaries.filter((s) => s.state === 'passed').length;
  const hinted = summaries.reduce((n, s) => n + s.hintsUsed, 0);
  const out = ['# Docker Course progress', ''];
  out.push(`**${passed} of ${summaries.length} lessons passed.** ${hinted ? `Hints were shown for ${hinted} condition${hinted === 1 ? '' : 's'}.` : 'No hints used so far.'}`, '');
  if (p.lastLessonId) out.push(`Last worked on: ${p.lastLessonId}.`, '');
  for (const info of chapterInfos) {
    const rows = summaries.filter((s) => s.chapter === info.id);
    if (rows.length === 0) continue;
    const title = courseChapters.find((c) => c.id === info.id)?.title ?? info.title;
    out.push(`## ${info.id.toUpperCase()} · ${title}`, '', '| Lesson | State | Passed at | Checks run | Hints used |', '|---|---|---|---|---|');
    for (const s of rows) {
      out.push(`| ${escapeCell(`${s.lessonId.slice(4).toUpperCase()} · ${s.title}`)} | ${stateCell(s)} | ${s.passedAt ? formatTime(s.passedAt) : '—'} | ${s.checks} | ${hintCell(s)} |`);
    }
    out.push('');
  }
  out.push('Run **Docker Course: Check Lesson** to check a lab, **Show Hint** for the next hint, **Reset Lesson** to start a lab over.');
  return out.join('\n') + '\n';
}
