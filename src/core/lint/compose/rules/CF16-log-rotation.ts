import { isMap } from 'yaml';
import { defineRule } from '../../rule';
import { hardened, WEB_HEALTHCHECK } from '../examples';
import type { ComposeModel } from '../model';
import { appendToService, isDevelopment, longRunningServices, serviceRange } from '../util';

export const rule = defineRule<ComposeModel, 'unbounded'>(
  {
    id: 'CF16',
    name: 'log-rotation',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'info',
    status: 'stable',
    optIn: true,
    taughtIn: ['c11-l1'],
    sources: [],
    messages: {
      unbounded: '`{service}` logs with the `json-file` driver and no `max-size`: its log file grows until the disk is full. Set `logging.options.max-size` (e.g. `10m`) and `max-file` (e.g. `"3"`).',
    },
    docs: {
      summary: 'Services using the default `json-file` log driver cap their log size.',
      rationale:
        'Docker\'s default `json-file` driver keeps every line a container ever printed, in one file under `/var/lib/docker`, without limit. A chatty service fills the disk in days, and then every container on the host fails. `logging: {options: {max-size: 10m, max-file: "3"}}` rotates the file and keeps at most 30 MB. The `local` driver rotates by default, and remote drivers (syslog, journald, fluentd …) do not store locally, so they are not checked; nor are development files. The suggested fix adds a 10 MB × 3 rotation.',
      examples: {
        bad: `${hardened('logging')}services:\n  web:\n    <<: *hardened\n    image: nginx:1.27\n${WEB_HEALTHCHECK}`,
        good: `${hardened('logging')}services:\n  web:\n    <<: *hardened\n    image: nginx:1.27\n${WEB_HEALTHCHECK}    logging:\n      driver: json-file\n      options:\n        max-size: 10m\n        max-file: "3"\n`,
        file: 'compose.prod.yaml',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    if (isDevelopment(model)) return;
    for (const s of longRunningServices(model)) {
      const logging = s.get('logging');
      const map = logging?.value && isMap(logging.value) ? logging.value : undefined;
      const driver = map ? model.resolved(model.get(map, 'driver')?.value) : undefined;
      if (driver !== undefined && driver !== 'json-file') continue;
      const options = model.follow(map, 'options');
      if (options?.value && isMap(options.value) && model.get(options.value, 'max-size')) continue;
      if (logging && !map) continue;
      const u = model.unit;
      const edit = logging ? undefined : appendToService(model, s, ['logging:', `${u}driver: json-file`, `${u}options:`, `${u}${u}max-size: 10m`, `${u}${u}max-file: "3"`]);
      report({ messageId: 'unbounded', range: logging ? model.keyRange(logging) : serviceRange(model, s), data: { service: s.name }, fix: edit ? { title: 'Rotate the logs (10 MB × 3 files)', edits: [edit] } : undefined });
    }
  },
);
