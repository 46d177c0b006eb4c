import type { RunInput } from '../../../src/core/course/checkpoints/types';
import type { Rig } from './rig';

/** Passes; fails on a condition (with a message); or a condition cannot be checked here while nothing fails. */
export type Expectation = 'pass' | { fail: string; actual?: RegExp } | { notCheckable: string; why?: RegExp };

export interface Check {
  id: string;
  /** Scenario name in the fixture file; defaults to the group name. */
  name?: string;
  expect: Expectation;
  /** Extra input; a function receives what the group's setup returned (e.g. live values read from the engine). */
  input?: Partial<RunInput> | ((setup: Record<string, string>) => Partial<RunInput>);
  /** Run against another endpoint (e.g. a socket that does not exist). */
  endpoint?: string;
}

export interface Group {
  name: string;
  /** Plays the learner. May return values (answers, names) for the checks' input. */
  setup(r: Rig): Promise<Record<string, string> | void>;
  /** Undoes what label-based cleanup cannot (an engine-wide mode, a pushed tag); runs after the group's objects are removed. */
  teardown?(r: Rig): Promise<void>;
  /** A reason to skip the group on this machine (visible in the output), or undefined to run it. */
  skipReason?(): string | undefined;
  checks: Check[];
}
