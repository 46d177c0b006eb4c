import type { RunInput } from '../../../src/core/course/checkpoints/types';
import type { Rig } from './rig';

export type Expectation = 'pass' | { fail: string; actual?: RegExp };

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
  checks: Check[];
}
