import { composeRules } from './compose/index';
import { dockerfileRules } from './dockerfile/index';
import type { Rule } from './types';

/** Every rule of every target, for catalogues, SARIF and settings. */
export function allRules(): readonly Rule<unknown>[] {
  return [...(dockerfileRules as readonly Rule<unknown>[]), ...(composeRules as readonly Rule<unknown>[])];
}
