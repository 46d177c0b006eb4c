import type { CourseMode } from './mode';
import { stepsFor } from './mode';
import type { Lesson } from './types';

/**
 * The reference commands of a lesson's terminal steps as a markdown page, for Solve. It lists the
 * lab's `solutionCommands` when it has them, otherwise every step that has a command, for the mode
 * the course is in. Returns undefined when the lab has no terminal steps.
 */
export function renderReferenceCommands(lesson: Pick<Lesson, 'id' | 'title' | 'lab'>, mode: CourseMode): string | undefined {
  const lab = lesson.lab;
  if (!lab) return undefined;
  const out: string[] = [`# Reference commands · ${lesson.id} ${lesson.title}`, ''];
  out.push(
    mode === 'offline'
      ? 'The course is in **offline** mode, so these are the variants that use the course toolbox and other locally built images.'
      : 'The course is in **online** mode, so these commands may pull pinned images from a registry.',
    '',
    'Nothing has been run for you: copy a command into the terminal, or use the ▶ Run links on the lesson page.',
    '',
  );
  if (lab.solutionCommands?.length) {
    lab.solutionCommands.forEach((c, i) => out.push(`${i + 1}. Run:`, '', '   ```sh', `   ${c}`, '   ```', ''));
    return out.join('\n');
  }
  const steps = stepsFor(lab, mode);
  if (!steps.some((s) => s.command)) return undefined;
  steps.forEach((s, i) => {
    out.push(`${i + 1}. ${s.title}`);
    if (s.command) out.push('', '   ```sh', `   ${s.command}`, '   ```');
    if (s.expect) out.push('', `   You should see: ${s.expect}`);
    out.push('');
  });
  return out.join('\n');
}
