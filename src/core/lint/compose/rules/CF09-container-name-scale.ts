import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';

export const rule = defineRule<ComposeModel, 'scaled'>(
  {
    id: 'CF09',
    name: 'container-name-scale',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c08-l1', 'c08-l5'],
    sources: [],
    messages: {
      scaled: '`{service}` asks for {count} replicas but also sets `container_name: {name}`: container names are unique, so Compose cannot start the second one. Remove `container_name` and let Compose number the containers.',
    },
    docs: {
      summary: 'No `container_name` on a service that runs more than one container.',
      rationale:
        'Compose names containers `<project>-<service>-<n>` so that a service can run several copies (`deploy.replicas`, `scale`, or `docker compose up --scale`). A fixed `container_name` replaces that scheme with one name, and a second container with the same name cannot exist: scaling fails. Reach the service by its service name on the network instead of a container name. The quick fix removes `container_name`.',
      examples: {
        bad: 'services:\n  worker:\n    image: example/worker:1.0\n    container_name: worker\n    deploy:\n      replicas: 3\n',
        good: 'services:\n  worker:\n    image: example/worker:1.0\n    deploy:\n      replicas: 3\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const name = s.get('container_name');
      if (!name) continue;
      const replicas = model.resolved(model.follow(s.map, 'deploy', 'replicas')?.value) ?? model.resolved(s.get('scale')?.value);
      if (replicas === undefined || !/^\d+$/.test(replicas) || Number(replicas) < 2) continue;
      const edit = model.removeEntry(name);
      report({ messageId: 'scaled', range: model.entryRange(name), data: { service: s.name, count: replicas, name: model.value(name) ?? '' }, fix: edit ? { title: 'Remove container_name', edits: [edit] } : undefined });
    }
  },
);
