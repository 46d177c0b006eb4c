import { isScalar, type Scalar } from 'yaml';
import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { hardened, WEB_HEALTHCHECK } from '../examples';
import { appendToService, isDevelopment, longRunningServices, serviceRange } from '../util';

export const rule = defineRule<ComposeModel, 'missing' | 'invalid' | 'unquotedNo'>(
  {
    id: 'CF07',
    name: 'restart-policy',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c08-l7', 'c11-l7'],
    sources: [],
    messages: {
      missing: '`{service}` has no `restart` policy: if it crashes, or the machine reboots, it stays down. Add `restart: unless-stopped` (or `always`).',
      invalid: '`restart: {value}` is not a restart policy: use `"no"`, `always`, `on-failure` (optionally `on-failure:5`) or `unless-stopped`.',
      unquotedNo: 'Write `restart: "no"` with quotes: older YAML readers (docker-compose 1.x among them) read a bare `no` as the boolean false, and reject it.',
    },
    docs: {
      summary: 'Long-running services have a valid `restart` policy (`unless-stopped` or `always`).',
      rationale:
        'Without `restart`, Docker never restarts a container: a crash or a reboot of the host leaves the service down until someone notices. `unless-stopped` restarts it unless you stopped it yourself; `always` also after a manual stop once the daemon restarts. The schema accepts any string here, so typos such as `restart: allways` only fail when Compose starts the service; this rule checks the value. Services that others wait for with `service_completed_successfully` are jobs, not servers, and are not asked for a policy; neither are services in development files.',
      examples: {
        bad: `${hardened('restart')}services:\n  web:\n    <<: *hardened\n    image: nginx:1.27\n${WEB_HEALTHCHECK}`,
        good: `${hardened()}services:\n  web:\n    <<: *hardened\n    image: nginx:1.27\n${WEB_HEALTHCHECK}`,
        file: 'compose.prod.yaml',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const r = s.get('restart');
      if (!r) continue;
      const value = model.resolved(r.value);
      if (r.value && isScalar(r.value) && r.value.value === false) {
        report({ messageId: 'invalid', range: model.valueRange(r), data: { value: 'false' } });
        continue;
      }
      if (value === undefined) continue;
      if (!/^(no|always|unless-stopped|on-failure(:\d+)?)$/.test(value)) report({ messageId: 'invalid', range: model.valueRange(r), data: { value } });
      else if (value === 'no' && !r.via && r.written && isScalar(r.written) && (r.written as Scalar).type === 'PLAIN') {
        const edit = model.replace(r.written, '"no"');
        report({ messageId: 'unquotedNo', range: model.valueRange(r), fix: edit ? { title: 'Quote "no"', edits: [edit] } : undefined });
      }
    }
    if (isDevelopment(model)) return;
    for (const s of longRunningServices(model)) {
      if (s.get('restart') || model.follow(s.map, 'deploy', 'restart_policy')) continue;
      const edit = appendToService(model, s, ['restart: unless-stopped']);
      report({ messageId: 'missing', range: serviceRange(model, s), data: { service: s.name }, fix: edit ? { title: 'Add restart: unless-stopped', edits: [edit] } : undefined });
    }
  },
);
