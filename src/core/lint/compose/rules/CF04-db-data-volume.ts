import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { dataServiceOf, imageOf, serviceRange, volumesOf } from '../util';

export const rule = defineRule<ComposeModel, 'noVolume' | 'anonymous' | 'bindMount'>(
  {
    id: 'CF04',
    name: 'db-data-volume',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c06-l2', 'c08-l4'],
    sources: [],
    messages: {
      noVolume: '`{service}` runs {kind}, but nothing is mounted at its data folder `{path}`: the data lands in an anonymous volume that `docker compose down -v` or a prune deletes, and that is hard to find for a backup. Mount a named volume there, e.g. `{service}-data:{path}`.',
      anonymous: 'The {kind} data of `{service}` goes to an anonymous volume (`{path}` without a name): give it a name (`{service}-data:{path}`) so that it survives `docker compose down -v` and can be found for backups.',
      bindMount: 'The {kind} data of `{service}` is bind-mounted from `{source}`: the database then depends on host file ownership and permissions, and is slow on Docker Desktop. Use a named volume (`{service}-data:{path}`) unless you really need the files on the host.',
    },
    docs: {
      summary: 'Databases keep their data on a named volume mounted at the engine\'s data folder.',
      rationale:
        'A database container writes to a fixed folder (`/var/lib/postgresql/data`, `/var/lib/mysql`, `/data/db` …). Without a mount there, the data lives in an anonymous volume with a random name: `docker compose down -v` and `docker volume prune` delete it, and nobody knows which volume to back up. A bind mount (`./data:/var/lib/mysql`) works but ties the database to host permissions (the engine runs as its own user id) and is slow on macOS and Windows. A named volume declared under `volumes:` is the durable, portable choice.',
      examples: {
        bad: 'services:\n  db:\n    image: postgres:16.4\n',
        good: 'services:\n  db:\n    image: postgres:16.4\n    volumes:\n      - db-data:/var/lib/postgresql/data\nvolumes:\n  db-data:\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const info = dataServiceOf(imageOf(model, s));
      if (!info || info.dataPaths.length === 0 || info.kind === 'Redis') continue;
      const mounts = volumesOf(model, s);
      const covers = (target: string | undefined) => !!target && info.dataPaths.some((p) => target.replace(/\/+$/, '') === p || p.startsWith(`${target.replace(/\/+$/, '')}/`));
      const m = mounts.find((v) => covers(v.target));
      const data = { service: s.name, kind: info.kind, path: info.dataPaths[0] };
      if (!m) {
        if (s.get('volumes_from')) continue;
        report({ messageId: 'noVolume', range: serviceRange(model, s), data });
      } else if (m.type === 'anonymous') report({ messageId: 'anonymous', range: model.nodeRange(m.node, m.via), data: { ...data, path: m.target ?? data.path } });
      else if (m.type === 'bind') report({ messageId: 'bindMount', range: model.nodeRange(m.node, m.via), data: { ...data, source: m.source ?? '', path: m.target ?? data.path } });
    }
  },
);
