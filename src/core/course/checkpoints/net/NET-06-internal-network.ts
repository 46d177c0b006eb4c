import { code, defineCheckpoint, no, ok } from '../define';
import { networkOrFail } from './shared';

export const checkpoint = defineCheckpoint({
  id: 'NET-06',
  lessonId: 'c07-l5',
  family: 'NET',
  kind: 'state',
  title: 'An internal network blocks egress',
  summary: 'Network `backend` has Internal=true.',
  needsDocker: true,
  names: { backend: { default: 'backend', description: 'the private network' } },
  conditions: [
    {
      id: 'internal',
      label: 'Network `backend` is internal',
      expected: '`backend` with Internal true',
      hints: [
        'An internal network has no route out: containers on it talk to each other, never to the internet.',
        'The flag is `docker network create --internal`; it cannot be changed later.',
        'Remove and re-create it: `docker network rm backend` then `docker network create --internal backend` (disconnect containers first).',
      ],
      async check(ctx) {
        const n = await networkOrFail(ctx, 'backend');
        if (!n.value) return no(n.note);
        return n.value.Internal ? ok(`${code(n.value.Name)} is internal`) : no(`${code(n.value.Name)} is not internal`);
      },
    },
  ],
});
