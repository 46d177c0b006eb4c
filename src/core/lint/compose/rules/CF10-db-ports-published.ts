import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { hardened } from '../examples';
import { dataServiceOf, imageOf, isDevelopment, isLoopback, portsOf } from '../util';
import { loopbackEdit } from './CF06-dev-ports-loopback';

export const rule = defineRule<ComposeModel, 'published'>(
  {
    id: 'CF10',
    name: 'db-ports-published',
    target: 'compose',
    category: 'security',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c08-l4'],
    sources: ['dclint:no-unbound-port-interfaces'],
    messages: {
      published: '`{service}` ({kind}) publishes port {published} on every interface of the host: the database is reachable from the network, and bots scan for exactly these ports. Other services reach it by name over the Compose network without `ports:`; remove the mapping, or bind it to `127.0.0.1` for local tools.',
    },
    docs: {
      summary: 'Databases, caches and queues do not publish ports on all interfaces outside development files.',
      rationale:
        'Services on the same Compose network talk to each other by service name (`db:5432`) without any `ports:`. Publishing a database port (`"5432:5432"`) opens it on every interface of the host, and Docker\'s own firewall rules bypass ufw/firewalld: internet-facing PostgreSQL, MongoDB and Redis instances with default passwords are found and emptied within hours. Outside development files, drop the mapping; if a local tool needs it, bind to `127.0.0.1` (the quick fix). For development files see CF06.',
      examples: {
        bad: `${hardened()}services:\n  db:\n    <<: *hardened\n    image: postgres:16.4\n    healthcheck: {test: ["CMD-SHELL", "pg_isready -U postgres"]}\n    ports:\n      - "5432:5432"\n    volumes:\n      - db-data:/var/lib/postgresql/data\nvolumes:\n  db-data:\n`,
        good: `${hardened()}services:\n  db:\n    <<: *hardened\n    image: postgres:16.4\n    healthcheck: {test: ["CMD-SHELL", "pg_isready -U postgres"]}\n    volumes:\n      - db-data:/var/lib/postgresql/data\nvolumes:\n  db-data:\n`,
        file: 'compose.yaml',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    if (isDevelopment(model)) return;
    for (const s of model.services) {
      const info = dataServiceOf(imageOf(model, s));
      if (!info) continue;
      for (const p of portsOf(model, s)) {
        if (!p.mapping.published && p.short && !/:/.test(model.str(p.node as never) ?? '')) continue;
        if (isLoopback(p.mapping.hostIp) || (p.mapping.hostIp && p.mapping.hostIp !== '0.0.0.0' && p.mapping.hostIp !== '::')) continue;
        const edit = p.mapping.published ? loopbackEdit(model, p) : undefined;
        report({ messageId: 'published', range: model.nodeRange(p.node, p.via), data: { service: s.name, kind: info.kind, published: p.mapping.published ?? p.mapping.target }, fix: edit ? { title: 'Publish on 127.0.0.1 only', edits: [edit] } : undefined });
      }
    }
  },
);
