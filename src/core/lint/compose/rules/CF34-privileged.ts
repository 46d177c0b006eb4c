import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';

const DANGEROUS_CAPS = new Set(['ALL', 'SYS_ADMIN', 'NET_ADMIN', 'SYS_PTRACE', 'SYS_MODULE', 'SYS_RAWIO', 'DAC_READ_SEARCH', 'SYS_BOOT', 'SYS_TIME', 'MAC_ADMIN', 'BPF', 'PERFMON']);

export const rule = defineRule<ComposeModel, 'privileged' | 'capability' | 'hostNamespace' | 'unconfined'>(
  {
    id: 'CF34',
    name: 'privileged',
    target: 'compose',
    category: 'security',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c10-l3'],
    sources: [],
    messages: {
      privileged: '`{service}` runs `privileged`: it gets every capability and every host device, so escaping to the host is trivial. Grant the one capability it needs with `cap_add` (or a single `devices:` entry) instead.',
      capability: '`cap_add: {cap}` on `{service}` {effect}. Add only the narrow capability the program needs.',
      hostNamespace: '`{key}: host` on `{service}` shares the host\'s {what} with the container, removing that isolation ({risk}). Use it only when the service really needs it.',
      unconfined: '`security_opt: {option}` on `{service}` switches off a kernel protection Docker applies to every container: remove it unless a specific, understood need requires it.',
    },
    docs: {
      summary: 'No `privileged`, broad capabilities, host namespaces or disabled security profiles without need.',
      rationale:
        'Containers are isolated by namespaces, a reduced set of capabilities, seccomp and AppArmor/SELinux profiles. `privileged: true` removes nearly all of that; `cap_add: [SYS_ADMIN]` (or `ALL`) hands out what is "the new root"; `network_mode: host`, `pid: host`, `ipc: host` and `userns_mode: host` share the host\'s network stack, processes or memory with the container; `seccomp:unconfined`, `apparmor:unconfined` and `label:disable` switch off the kernel filters. Each makes a container compromise a host compromise.',
      examples: {
        bad: 'services:\n  vpn:\n    image: example/vpn:1.0\n    privileged: true\n',
        good: 'services:\n  vpn:\n    image: example/vpn:1.0\n    cap_add: [NET_BIND_SERVICE]\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const p = s.get('privileged');
      if (p && model.isTrue(p.value)) report({ messageId: 'privileged', range: model.entryRange(p), data: { service: s.name } });
      for (const c of model.strings(s.get('cap_add'))) {
        const cap = c.value.toUpperCase().replace(/^CAP_/, '');
        if (!DANGEROUS_CAPS.has(cap)) continue;
        const effect = cap === 'ALL' ? 'gives it every capability, the same as `privileged` without the devices' : cap === 'SYS_ADMIN' ? 'allows mounting filesystems and much more: it is "the new root"' : cap === 'NET_ADMIN' ? 'lets it reconfigure networking, firewall rules included' : cap === 'SYS_PTRACE' ? 'lets it read and alter the memory of other processes' : 'grants a capability that can be used to break out of the container';
        report({ messageId: 'capability', range: model.nodeRange(c.node, c.via), data: { service: s.name, cap: c.value, effect } });
      }
      const ns: [string, string, string][] = [
        ['network_mode', 'network stack', 'it can reach every local-only service and bind any host port'],
        ['pid', 'process list', 'it can see and signal every host process'],
        ['ipc', 'shared memory', 'it can read other processes\' shared memory'],
        ['userns_mode', 'user namespace', 'root inside is root outside'],
        ['uts', 'hostname', 'it can change the host name'],
      ];
      for (const [key, what, risk] of ns) {
        const e = s.get(key);
        if (e && model.resolved(e.value) === 'host') report({ messageId: 'hostNamespace', range: model.entryRange(e), data: { service: s.name, key, what, risk } });
      }
      for (const o of model.strings(s.get('security_opt'))) {
        if (/^(seccomp|apparmor)[:=]unconfined$|^label[:=]disable$|^systempaths[:=]unconfined$/i.test(o.value.replace(/\s/g, ''))) report({ messageId: 'unconfined', range: model.nodeRange(o.node, o.via), data: { service: s.name, option: o.value } });
      }
    }
  },
);
