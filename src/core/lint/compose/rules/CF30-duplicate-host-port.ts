import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { isLoopback, portNumbers, portsOf } from '../util';

export const rule = defineRule<ComposeModel, 'duplicate'>(
  {
    id: 'CF30',
    name: 'duplicate-host-port',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c07-l3'],
    sources: ['dclint:no-duplicate-exported-ports'],
    messages: {
      duplicate: 'Host port {port}/{protocol} is already published by {other}: only one container can listen on it, so `{service}` fails with "port is already allocated". Pick another host port.',
    },
    docs: {
      summary: 'Each host port (and protocol) is published by one service only.',
      rationale:
        'A published port is a listening socket on the host. Two services publishing the same host port, or overlapping ranges, make the second container fail to start with "Bind for 0.0.0.0:8080 failed: port is already allocated", usually after the first one is already up. Different host addresses (`127.0.0.1:80` and `192.168.1.5:80`) and different protocols (`53/tcp`, `53/udp`) do not clash; services in different profiles are not compared, since they rarely run together.',
      examples: {
        bad: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:8080:80"\n  admin:\n    image: example/admin:1.0\n    ports:\n      - "127.0.0.1:8080:3000"\n',
        good: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:8080:80"\n  admin:\n    image: example/admin:1.0\n    ports:\n      - "127.0.0.1:8081:3000"\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    const taken = new Map<string, { service: string; ip: string; profiles: string[] }[]>();
    for (const s of model.services) {
      const profiles = model.strings(s.get('profiles')).map((p) => p.value);
      const reported = new Set<string>();
      for (const p of portsOf(model, s)) {
        if (!p.mapping.published) continue;
        const ports = portNumbers(p.mapping.published);
        if (!ports) continue;
        const ip = p.mapping.hostIp && p.mapping.hostIp !== '::' ? p.mapping.hostIp : '0.0.0.0';
        for (const port of ports) {
          const key = `${port}/${p.mapping.protocol}`;
          const users = taken.get(key) ?? [];
          const clash = users.find((u) => (u.ip === ip || u.ip === '0.0.0.0' || ip === '0.0.0.0' || (isLoopback(u.ip) && isLoopback(ip))) && !(u.profiles.length && profiles.length && !u.profiles.some((x) => profiles.includes(x))));
          if (clash && !reported.has(key)) {
            reported.add(key);
            report({ messageId: 'duplicate', range: model.nodeRange(p.node, p.via), data: { port, protocol: p.mapping.protocol, other: clash.service === s.name ? `another line of \`${s.name}\`` : `\`${clash.service}\``, service: s.name } });
            break;
          }
          users.push({ service: s.name, ip, profiles });
          taken.set(key, users);
        }
      }
    }
  },
);
