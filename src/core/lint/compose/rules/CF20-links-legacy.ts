import { isScalar, isSeq } from 'yaml';
import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';

export const rule = defineRule<ComposeModel, 'legacy'>(
  {
    id: 'CF20',
    name: 'links-legacy',
    target: 'compose',
    category: 'maintainability',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c07-l7'],
    sources: [],
    messages: {
      legacy: '`links:` is a leftover from before user-defined networks: services on the same Compose network already reach each other by service name. {advice}',
    },
    docs: {
      summary: 'No `links:`: services find each other by name on their network.',
      rationale:
        'Every Compose project gets a network on which each service is reachable under its service name, so `links:` adds nothing but a start order, and its aliases (`db:database`) are better written as network `aliases`. The Compose Specification says links are not required for services to communicate and may not be supported everywhere. When the links are plain names and there is no `depends_on` yet, the quick fix renames `links` to `depends_on`, which keeps the start order.',
      examples: {
        bad: 'services:\n  app:\n    image: example/app:1.0\n    links:\n      - api\n  api:\n    image: example/api:1.0\n',
        good: 'services:\n  app:\n    image: example/app:1.0\n    depends_on:\n      - api\n  api:\n    image: example/api:1.0\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const links = s.get('links');
      if (!links) continue;
      const plain = !links.via && !!links.written && isSeq(links.written) && links.written.items.every((i) => isScalar(i) && typeof i.value === 'string' && !i.value.includes(':'));
      const canRename = plain && !s.get('depends_on') && !!links.keyNode.range;
      const edit = canRename ? model.replace(links.keyNode, 'depends_on') : undefined;
      report({
        messageId: 'legacy',
        range: model.keyRange(links),
        data: { advice: canRename ? 'Use `depends_on` if you need the start order.' : 'Remove it; use `depends_on` for the start order and network `aliases` for other names.' },
        fix: edit ? { title: 'Replace links with depends_on', edits: [edit] } : undefined,
        tags: ['deprecated'],
      });
    }
  },
);
