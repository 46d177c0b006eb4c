import { parseShell } from '../lint/dockerfile/shell';
import type { Lab, LabStep } from './types';

/** The `dockerCourse.course.mode` setting: let the ENV-02 probe decide, or force a mode. */
export type CourseModeSetting = 'auto' | 'online' | 'offline';
/** Whether labs may pull from a registry (online) or must use locally built images (offline, CURRICULUM §1.8). */
export type CourseMode = 'online' | 'offline';

/** globalState key where the ENV-02 probe stores the mode it measured (`'online'` or `'offline'`). */
export const PROBED_MODE_KEY = 'dockerCourse.course.probedMode';
/** The setting that chooses the mode. */
export const MODE_SETTING = 'dockerCourse.course.mode';

export function isCourseModeSetting(value: unknown): value is CourseModeSetting {
  return value === 'auto' || value === 'online' || value === 'offline';
}

/**
 * The mode the course runs in: a forced setting wins; in `auto` the probe's result counts, and with no
 * probe result yet the course assumes a registry is reachable (the common case; ENV-02 corrects it).
 */
export function effectiveMode(setting: unknown, probed: unknown): CourseMode {
  if (setting === 'online' || setting === 'offline') return setting;
  return probed === 'offline' ? 'offline' : 'online';
}

/** The lab's steps for a mode: the offline list when the course is offline and the lab has one. */
export function stepsFor(lab: Lab, mode: CourseMode): readonly LabStep[] {
  return mode === 'offline' && lab.offlineSteps?.length ? lab.offlineSteps : lab.steps;
}

export type StepSelection =
  | { kind: 'ok'; step: LabStep; command: string; index: number; total: number; usedOffline: boolean }
  | { kind: 'no-command'; step: LabStep; index: number }
  | { kind: 'out-of-range'; index: number; total: number };

/** Picks step `index` of the lab for the mode, telling apart "no such step" and "a step you do by hand". */
export function selectStep(lab: Lab, mode: CourseMode, index: number): StepSelection {
  const steps = stepsFor(lab, mode);
  if (!Number.isInteger(index) || index < 0 || index >= steps.length) return { kind: 'out-of-range', index, total: steps.length };
  const step = steps[index];
  if (!step.command) return { kind: 'no-command', step, index };
  return { kind: 'ok', step, command: step.command, index, total: steps.length, usedOffline: steps !== lab.steps };
}

export interface ConfirmVerdict {
  /** True when the command must wait for the learner to press Enter. */
  confirm: boolean;
  /** Why, in words for the learner. */
  reason?: string;
}

const DOCKER_CLIS = new Set(['docker', 'podman', 'docker-compose']);
const REMOVING_SUBCOMMANDS = new Set(['rm', 'rmi', 'prune']);

/**
 * Whether a lab command removes something (files, containers, images, volumes) or needs administrator
 * rights, so that Run Step types it into the terminal but leaves pressing Enter to the learner.
 * Reads the command with the same shell parser the linter uses, so `a && docker rm x` and `sh -c '…'` count.
 */
export function needsConfirmation(command: string): ConfirmVerdict {
  const script = parseShell(command, 0);
  if (script.error) return { confirm: true, reason: 'the command could not be read as a shell command, so check it before running it' };
  for (const cmd of script.commands) {
    const words = cmd.words.map((w) => w.value ?? w.raw);
    let i = 0;
    while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i])) i++;
    const name = (words[i] ?? '').split('/').pop() ?? '';
    if (name === 'sudo') return { confirm: true, reason: 'it runs with administrator rights (sudo)' };
    if (name === 'rm' || name === 'rmdir' || name === 'shred') return { confirm: true, reason: 'it deletes files' };
    if (!DOCKER_CLIS.has(name)) continue;
    const positional = words.slice(i + 1).filter((w) => !w.startsWith('-'));
    const flags = words.slice(i + 1).filter((w) => w.startsWith('-'));
    if (positional.some((w) => REMOVING_SUBCOMMANDS.has(w))) return { confirm: true, reason: 'it removes Docker objects' };
    if (positional.includes('down') && flags.some((f) => f === '-v' || f === '--volumes' || f.startsWith('--rmi'))) {
      return { confirm: true, reason: 'it removes volumes or images along with the containers' };
    }
  }
  return { confirm: false };
}

/** A `cd` line that works in POSIX shells, PowerShell and cmd for ordinary paths. */
export function cdCommand(dir: string): string {
  return dir.includes('"') ? `cd '${dir.replace(/'/g, `'\\''`)}'` : `cd "${dir}"`;
}
