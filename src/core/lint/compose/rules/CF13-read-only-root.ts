import { defineRule } from '../../rule';
import { hardened, WEB_HEALTHCHECK } from '../examples';
import type { ComposeModel } from '../model';
import { appendToService, isDevelopment, longRunningServices, serviceRange } from '../util';

export const rule = defineRule<ComposeModel, 'writable'>(
  {
    id: 'CF13',
    name: 'read-only-root',
    target: 'compose',
    category: 'security',
    defaultSeverity: 'info',
    status: 'stable',
    optIn: true,
    taughtIn: ['c10-l5', 'c10-l8'],
    sources: [],
    messages: {
      writable: '`{service}` can write anywhere in its container filesystem, so an attacker can drop tools or alter the app: set `read_only: true` and give the few folders it writes to a `tmpfs` (e.g. `/tmp`) or a volume.',
    },
    docs: {
      summary: 'Hardened services run with a read-only root filesystem plus `tmpfs` where they write.',
      rationale:
        '`read_only: true` mounts the container\'s filesystem read-only: code and configuration cannot be modified at run time, and anything an intruder downloads has nowhere to go. Most services only write to a few places (`/tmp`, a cache, a data volume); give those a `tmpfs:` or a volume. The quick fix adds `read_only: true` and a `tmpfs` for `/tmp`; run the service afterwards and add the folders it complains about. Development files are not checked.',
      examples: {
        bad: `${hardened('read_only')}services:\n  web:\n    <<: *hardened\n    image: nginx:1.27\n${WEB_HEALTHCHECK}`,
        good: `${hardened()}services:\n  web:\n    <<: *hardened\n    image: nginx:1.27\n${WEB_HEALTHCHECK}    tmpfs: [/tmp, /var/cache/nginx, /var/run]\n`,
        file: 'compose.prod.yaml',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    if (isDevelopment(model)) return;
    for (const s of longRunningServices(model)) {
      // `read_only: false` is a decision: leave it alone.
      if (s.get('read_only')) continue;
      const lines = ['read_only: true'];
      if (!s.get('tmpfs')) lines.push('tmpfs:', `${model.unit}- /tmp`);
      const edit = appendToService(model, s, lines);
      report({ messageId: 'writable', range: serviceRange(model, s), data: { service: s.name }, fix: edit ? { title: 'Make the filesystem read-only (with a tmpfs for /tmp)', edits: [edit] } : undefined });
    }
  },
);
