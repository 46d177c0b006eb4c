import { isMap, isScalar, type Scalar } from 'yaml';
import type { TextEdit } from '../../../text/text';
import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { isDevelopment, isLoopback, portsOf, type PortUse } from '../util';

export const rule = defineRule<ComposeModel, 'allInterfaces'>(
  {
    id: 'CF06',
    name: 'dev-ports-loopback',
    target: 'compose',
    category: 'security',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c07-l3', 'c07-l6'],
    sources: ['dclint:no-unbound-port-interfaces'],
    messages: {
      allInterfaces: 'Port {published} of `{service}` is published on every network interface, so other machines on your network (café Wi-Fi included) can reach this development service. Bind it to this computer only: `127.0.0.1:{mapping}`.',
    },
    docs: {
      summary: 'In development files, published ports bind to 127.0.0.1.',
      rationale:
        '`ports: ["8080:80"]` publishes on `0.0.0.0`, every interface of the machine, and Docker opens the host firewall for it. For a development stack that means your database or debug endpoint is reachable by anyone on the same network. Prefix the host IP, `127.0.0.1:8080:80`, so only your own computer can connect. This rule looks at development files (`compose.override.yaml`, names containing `dev`); for production files see CF10.',
      examples: {
        bad: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n',
        good: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:8080:80"\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    if (!isDevelopment(model)) return;
    for (const s of model.services) {
      for (const p of portsOf(model, s)) {
        if (!p.mapping.published || (p.mapping.hostIp !== undefined && p.mapping.hostIp !== '' && p.mapping.hostIp !== '0.0.0.0')) continue;
        if (isLoopback(p.mapping.hostIp)) continue;
        const edit = loopbackEdit(model, p);
        report({
          messageId: 'allInterfaces',
          range: model.nodeRange(p.node, p.via),
          data: { service: s.name, published: p.mapping.published, mapping: `${p.mapping.published}:${p.mapping.target}` },
          fix: edit ? { title: 'Publish on 127.0.0.1 only', edits: [edit] } : undefined,
        });
      }
    }
  },
);

/** Binds a published port to 127.0.0.1: a prefix in the short syntax, `host_ip` in the long one. */
export function loopbackEdit(model: ComposeModel, p: PortUse): TextEdit | undefined {
  if (p.via) return undefined;
  if (p.short && isScalar(p.node)) {
    const node = p.node as Scalar;
    const raw = model.str(node) ?? '';
    if (raw.includes('$') || !node.range) return undefined;
    const at = node.type === 'PLAIN' ? node.range[0] : node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? node.range[0] + 1 : undefined;
    if (at === undefined) return undefined;
    if (p.mapping.hostIp === '0.0.0.0') {
      const r = model.scalarTextRange(node, 0, '0.0.0.0'.length);
      return r ? { range: r, newText: '127.0.0.1' } : undefined;
    }
    const pos = model.position(at);
    const plainNumber = node.type === 'PLAIN' && typeof node.value === 'number';
    if (plainNumber) return undefined;
    return { range: { start: pos, end: pos }, newText: '127.0.0.1:' };
  }
  if (!p.short && isMap(p.node)) {
    const hostIp = model.get(p.node, 'host_ip');
    if (hostIp?.written && isScalar(hostIp.written)) return model.replace(hostIp.written, '127.0.0.1');
    return model.appendToMap(p.node, ['host_ip: 127.0.0.1']);
  }
  return undefined;
}
