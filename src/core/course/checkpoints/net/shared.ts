import { code, findContainer, findNetwork, networksOf, no, ok, resolveFrom, toolboxMissing } from '../define';
import type { CheckContext, Condition, HintLadder } from '../types';

/** "Container `key` is attached to network `net`" (by the learner's names). */
export function attached(id: string, key: string, netKey: string, hints: HintLadder, after: string[] = []): Condition {
  return {
    id,
    label: `\`${key}\` is attached to network \`${netKey}\``,
    expected: `\`${key}\` on \`${netKey}\``,
    after,
    hints,
    async check(ctx) {
      const c = await findContainer(ctx, key);
      if (!c.value) return no(c.note);
      const nets = networksOf(c.value);
      return nets.includes(ctx.name(netKey)) ? ok(`on ${nets.map(code).join(', ')}`) : no(`${code(ctx.name(key))} is on ${nets.length ? nets.map(code).join(', ') : 'no network'}`);
    },
  };
}

/** "`from` can (or cannot) resolve `name`", tested from inside `from`'s network namespace by a probe. */
export function resolves(id: string, fromKey: string, target: (ctx: CheckContext) => string, shouldResolve: boolean, label: string, hints: HintLadder, after: string[] = []): Condition {
  return {
    id,
    label,
    expected: shouldResolve ? 'the name resolves' : 'the name does not resolve',
    after,
    hints,
    async check(ctx) {
      const from = await findContainer(ctx, fromKey);
      if (!from.value) return no(from.note);
      if (!from.value.State.Running) return no(`${code(ctx.name(fromKey))} is not running, so it resolves nothing`);
      const r = await resolveFrom(ctx, from.value, target(ctx));
      if (!r) return toolboxMissing(ctx);
      return r.resolved === shouldResolve ? ok(r.text) : no(r.text);
    },
  };
}

export async function networkOrFail(ctx: CheckContext, key: string) {
  return findNetwork(ctx, ctx.name(key));
}
