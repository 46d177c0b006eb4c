import { isScalar, isSeq } from 'yaml';
import type { TextEdit } from '../../../text/text';
import { defineRule } from '../../rule';
import { hardened, WEB_HEALTHCHECK } from '../examples';
import type { ComposeModel, Service } from '../model';
import { appendToService, isDevelopment, longRunningServices, serviceRange } from '../util';

export const rule = defineRule<ComposeModel, 'dropAll' | 'noNewPrivileges'>(
  {
    id: 'CF15',
    name: 'drop-capabilities',
    target: 'compose',
    category: 'security',
    defaultSeverity: 'info',
    status: 'stable',
    optIn: true,
    taughtIn: ['c10-l3'],
    sources: [],
    messages: {
      dropAll: '`{service}` keeps Docker\'s default capabilities (chown any file, bind low ports, send raw packets …): start from none with `cap_drop: [ALL]` and add back only what it needs with `cap_add`.',
      noNewPrivileges: '`{service}` lets its processes gain privileges through setuid programs: add `security_opt: ["no-new-privileges:true"]`.',
    },
    docs: {
      summary: 'Hardened services drop all capabilities and forbid privilege escalation.',
      rationale:
        'Docker gives every container about 14 Linux capabilities by default. Most services need none or one of them (`NET_BIND_SERVICE` to listen below port 1024). `cap_drop: [ALL]` removes them all; `cap_add` puts back exactly what the service needs. `no-new-privileges` stops setuid binaries (`su`, `sudo`, `ping` on some images) from raising privileges inside the container. Both quick fixes may stop a service that relied on a capability: start it and add back what it asks for. Development files are not checked.',
      examples: {
        bad: `${hardened('cap_drop')}services:\n  web:\n    <<: *hardened\n    image: nginx:1.27\n${WEB_HEALTHCHECK}`,
        good: `${hardened('cap_drop')}services:\n  web:\n    <<: *hardened\n    image: nginx:1.27\n${WEB_HEALTHCHECK}    cap_drop: [ALL]\n    cap_add: [CHOWN, SETUID, SETGID, NET_BIND_SERVICE]\n`,
        file: 'compose.prod.yaml',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    if (isDevelopment(model)) return;
    for (const s of longRunningServices(model)) {
      if (model.isTrue(s.get('privileged')?.value)) continue;
      const drops = model.strings(s.get('cap_drop')).map((x) => x.value.toUpperCase());
      if (!drops.includes('ALL') && !drops.includes('CAP_ALL')) {
        const edit = s.get('cap_drop') ? undefined : appendToService(model, s, ['cap_drop: [ALL]']);
        report({ messageId: 'dropAll', range: serviceRange(model, s), data: { service: s.name }, fix: edit ? { title: 'Drop all capabilities (cap_drop: [ALL])', edits: [edit] } : undefined });
      }
      const opts = model.strings(s.get('security_opt')).map((x) => x.value.replace(/\s/g, ''));
      if (!opts.some((o) => /^no-new-privileges(:true|=true)?$/.test(o))) {
        const edit = securityOptEdit(model, s);
        report({ messageId: 'noNewPrivileges', range: serviceRange(model, s), data: { service: s.name }, fix: edit ? { title: 'Add security_opt: no-new-privileges:true', edits: [edit] } : undefined });
      }
    }
  },
);

function securityOptEdit(model: ComposeModel, s: Service): TextEdit | undefined {
  const e = s.get('security_opt');
  if (!e) return appendToService(model, s, ['security_opt: ["no-new-privileges:true"]']);
  if (e.via || !e.written || !isSeq(e.written) || e.written.items.length === 0) return undefined;
  const seq = e.written;
  const last = seq.items[seq.items.length - 1];
  if (!isScalar(last) || !last.range) return undefined;
  if (seq.flow) {
    const at = model.position(last.range[1]);
    return { range: { start: at, end: at }, newText: ', "no-new-privileges:true"' };
  }
  const col = model.position(seq.range![0]).character;
  const at = model.position(model.contentEnd(seq));
  return { range: { start: at, end: at }, newText: `${model.lines.eol}${' '.repeat(col)}- "no-new-privileges:true"` };
}
