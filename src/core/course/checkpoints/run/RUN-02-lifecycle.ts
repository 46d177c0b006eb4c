import { code, defineCheckpoint, no, ok } from '../define';
import type { EngineEvent } from '../engineApi';
import type { CheckContext, Condition, HintLadder } from '../types';

/** The lifecycle steps in lesson order, each satisfied by any of its actions after the previous step. */
const STEPS: { id: string; label: string; actions: string[]; command: string }[] = [
  { id: 'created', label: 'created', actions: ['create'], command: 'docker create --name life course/toolbox sleep 1d' },
  { id: 'started', label: 'started', actions: ['start'], command: 'docker start life' },
  { id: 'paused', label: 'paused', actions: ['pause'], command: 'docker pause life' },
  { id: 'unpaused', label: 'unpaused', actions: ['unpause'], command: 'docker unpause life' },
  { id: 'restarted', label: 'restarted', actions: ['restart'], command: 'docker restart life' },
  { id: 'stopped', label: 'stopped or killed', actions: ['die'], command: 'docker stop life' },
  { id: 'removed', label: 'removed', actions: ['destroy'], command: 'docker rm life' },
];

async function trail(ctx: CheckContext): Promise<EngineEvent[]> {
  return (await ctx.events({ type: 'container', container: ctx.name('life') })).filter((e) => e.Actor.Attributes?.name === ctx.name('life'));
}

/** Walks the trail: each step must happen after the previous one. Returns the time each step was first seen. */
function walk(events: readonly EngineEvent[]): Map<string, number> {
  const seen = new Map<string, number>();
  let after = -Infinity;
  for (const step of STEPS) {
    const hit = events.find((e) => e.timeNano > after && step.actions.includes(e.Action));
    if (!hit) break;
    seen.set(step.id, hit.timeNano);
    after = hit.timeNano;
  }
  return seen;
}

function stepCondition(i: number): Condition {
  const step = STEPS[i];
  const hints: HintLadder = [
    'A container moves through states: created, running, paused, stopped, removed; each command moves it one step.',
    `This step is ${code(step.command.split(' ').slice(0, 2).join(' '))}.`,
    `Run \`${step.command}\`${i > 0 ? ` after the earlier steps` : ''}, then check again.`,
  ];
  return {
    id: step.id,
    label: `\`life\` was ${step.label}${i > 0 ? ` (after it was ${STEPS[i - 1].label})` : ''}`,
    expected: `a ${step.actions.map(code).join('/')} event in order`,
    after: i > 0 ? [STEPS[i - 1].id] : undefined,
    hints,
    async check(ctx) {
      const seen = walk(await trail(ctx));
      if (seen.has(step.id)) return ok(`seen at ${new Date(seen.get(step.id)! / 1e6).toISOString()}`);
      const actions = (await trail(ctx)).map((e) => e.Action);
      return no(actions.length ? `events seen for ${code(ctx.name('life'))}: ${actions.join(' → ')}` : `no events for ${code(ctx.name('life'))} since the lesson started`);
    },
  };
}

export const checkpoint = defineCheckpoint({
  id: 'RUN-02',
  lessonId: 'c03-l1',
  family: 'RUN',
  kind: 'state',
  title: 'The whole lifecycle of a container',
  summary: 'Events for `life` since the lesson started include create → start → pause → unpause → restart → kill/die → destroy, in that order.',
  needsDocker: true,
  names: { life: { default: 'life', description: 'the lifecycle container' } },
  conditions: STEPS.map((_, i) => stepCondition(i)),
});
