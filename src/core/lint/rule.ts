import type { Rule, RuleContext, RuleMeta } from './types';

/** Declares a rule so that `report({ messageId })` only accepts the rule's own message ids. */
export function defineRule<Model, M extends string>(meta: RuleMeta<M>, check: (ctx: RuleContext<Model, M>) => void): Rule<Model, M> {
  return { meta, check };
}
