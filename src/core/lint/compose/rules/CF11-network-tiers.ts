import { isMap } from 'yaml';
import { defineRule } from '../../rule';
import type { ComposeModel, Service } from '../model';
import { imageOf, isDevelopment, parseImage, portsOf } from '../util';

const BACKEND = /(^|[-_.])(back|backend|db|database|data|internal|private|storage|persistence)([-_.]|$)/i;
const PROXY = /^(nginx|traefik|caddy|haproxy|envoy|httpd|apache2?|nginx-proxy|openresty|varnish)$/;

export const rule = defineRule<ComposeModel, 'proxyOnBackend' | 'notInternal'>(
  {
    id: 'CF11',
    name: 'network-tiers',
    target: 'compose',
    category: 'security',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c07-l2', 'c07-l5', 'c08-l4'],
    sources: [],
    messages: {
      proxyOnBackend: 'The public-facing proxy `{service}` is attached to the backend network `{network}`: if it is compromised, the attacker reaches the databases directly. Put the proxy on a front network only, and the app on both.',
      notInternal: 'The backend network `{network}` is not `internal: true`, so containers on it can reach the internet (and anything it can reach): mark it `internal: true` if none of them needs outbound access.',
    },
    docs: {
      summary: 'Tiered networks: the proxy stays off the backend network, and the backend network is internal.',
      rationale:
        'Splitting a stack into a front network (proxy + app) and a back network (app + database) limits what an attacker who takes over the internet-facing proxy can reach. It only works if the proxy is not also on the back network, and if the back network is `internal: true`, which cuts it off from outside traffic in both directions. Networks are recognised as backend by their name (`backend`, `db`, `data`, `internal`, `private` …); proxies by their image (nginx, traefik, caddy, haproxy, envoy …).',
      whenNotToUse: 'A service on the backend network that must call external APIs needs outbound access; then keep the network non-internal and give that service a second, non-internal network instead.',
      examples: {
        bad: 'services:\n  proxy:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:80:80"\n    networks: [front, back]\n  app:\n    image: example/app:1.0\n    networks: [front, back]\nnetworks:\n  front: {}\n  back:\n    internal: true\n',
        good: 'services:\n  proxy:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:80:80"\n    networks: [front]\n  app:\n    image: example/app:1.0\n    networks: [front, back]\nnetworks:\n  front: {}\n  back:\n    internal: true\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    const declared = model.declarations('networks');
    if (declared.length === 0) return;
    const backend = new Set(declared.filter((n) => BACKEND.test(n.key)).map((n) => n.key));
    if (backend.size === 0) return;
    const attached = new Map<string, Service[]>();
    for (const s of model.services) {
      for (const n of networksOf(model, s)) {
        const list = attached.get(n.name) ?? [];
        list.push(s);
        attached.set(n.name, list);
        if (!backend.has(n.name)) continue;
        const image = imageOf(model, s);
        if (image && PROXY.test(parseImage(image).base) && portsOf(model, s).some((p) => p.mapping.published)) {
          report({ messageId: 'proxyOnBackend', range: n.range, data: { service: s.name, network: n.name } });
        }
      }
    }
    if (isDevelopment(model)) return;
    for (const n of declared) {
      if (!backend.has(n.key)) continue;
      const users = attached.get(n.key) ?? [];
      if (users.length === 0) continue;
      const value = n.value && isMap(n.value) ? n.value : undefined;
      if (value && (model.get(value, 'internal') || model.isTrue(model.get(value, 'external')?.value) || model.get(value, 'external'))) continue;
      if (value && model.resolved(model.get(value, 'driver')?.value) === 'overlay') continue;
      if (users.some((s) => portsOf(model, s).some((p) => p.mapping.published))) continue;
      const edit = value && model.isBlockMap(value) ? model.appendToMap(value, ['internal: true']) : !n.value && !n.via && n.keyNode.range ? { range: model.offsetRange(n.keyNode.range[1], model.afterColon(n)), newText: `:${model.lines.eol}${' '.repeat(model.keyColumn(n) + model.indentUnit)}internal: true` } : undefined;
      report({ messageId: 'notInternal', range: model.keyRange(n), data: { network: n.key }, fix: edit ? { title: 'Make the network internal (no outside access)', edits: [edit] } : undefined });
    }
  },
);

export function networksOf(model: ComposeModel, s: Service): { name: string; range: import('../../../text/text').Range }[] {
  const e = s.get('networks');
  if (!e?.value) return [];
  if (isMap(e.value)) return model.entries(e.value, e.via).map((n) => ({ name: n.key, range: model.keyRange(n) }));
  return model.strings(e).map((x) => ({ name: x.value, range: model.nodeRange(x.node, x.via) }));
}
