import { isMap, isScalar } from 'yaml';
import type { Range } from '../../../text/text';
import { defineRule } from '../../rule';
import { hardened } from '../examples';
import type { ComposeModel } from '../model';
import { dependenciesOf, didYouMean, referencesOf, volumesOf } from '../util';
import { networksOf } from './CF11-network-tiers';

type Kind = 'services' | 'networks' | 'volumes' | 'secrets' | 'configs';
const WORD: Record<Kind, string> = { services: 'service', networks: 'network', volumes: 'volume', secrets: 'secret', configs: 'config' };

export const rule = defineRule<ComposeModel, 'undefined' | 'noImageNorBuild'>(
  {
    id: 'CF25',
    name: 'undefined-reference',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c08-l1', 'c08-l4'],
    sources: [],
    messages: {
      undefined: '`{user}` refers to the {kind} `{name}` in `{key}`, but no {kind} `{name}` is declared{where}{hint}',
      noImageNorBuild: '`{service}` has neither `image` nor `build`, so Compose has nothing to run: add one of them.',
    },
    docs: {
      summary: 'Every service, network, volume, secret and config a service names is declared.',
      rationale:
        'Compose refuses to start a project in which a service depends on a service that does not exist, or uses a network, named volume, secret or config that is not declared at the top level ("refers to undefined volume"). The schema cannot see this, so the mistake usually shows only when you run it. docker-course checks each reference, suggests the closest declared name for typos, and for override files (`compose.override.yaml`, `compose.prod.yaml`) also reads the base `compose.yaml` beside them, plus `include:`d files.',
      examples: {
        bad: `${hardened()}services:\n  db:\n    <<: *hardened\n    image: postgres:16.4\n    healthcheck: {test: ["CMD-SHELL", "pg_isready -U postgres"]}\n    volumes:\n      - db-data:/var/lib/postgresql/data\n`,
        good: `${hardened()}services:\n  db:\n    <<: *hardened\n    image: postgres:16.4\n    healthcheck: {test: ["CMD-SHELL", "pg_isready -U postgres"]}\n    volumes:\n      - db-data:/var/lib/postgresql/data\nvolumes:\n  db-data:\n`,
        file: 'compose.yaml',
        files: { bad: {}, good: {} },
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    if (!model.root) return;
    const declared = new Map<Kind, Set<string> | null>();
    const names = (kind: Kind): Set<string> | null => {
      if (!declared.has(kind)) {
        const foreign = model.foreignDeclarations(kind);
        const own = kind === 'services' ? model.services.map((s) => s.name) : model.declarations(kind).map((e) => e.key);
        declared.set(kind, foreign === null ? null : new Set([...own, ...foreign]));
      }
      return declared.get(kind)!;
    };
    const check = (kind: Kind, name: string, range: Range, user: string, key: string, node?: unknown) => {
      if (!name || name.includes('$')) return;
      if (kind === 'networks' && name === 'default') return;
      const set = names(kind);
      if (set === null || set.has(name)) return;
      const guess = didYouMean(name, set);
      const edit = guess && node && isScalar(node) ? model.replace(node, guess) : undefined;
      report({
        messageId: 'undefined',
        range,
        data: { user, kind: WORD[kind], name, key, where: model.layered || model.includePaths().length ? ' in this file or the files it is combined with' : kind === 'services' ? '' : ` under the top-level \`${kind}:\``, hint: guess ? `; did you mean \`${guess}\`?` : '.' },
        suggestions: edit ? [{ title: `Change to \`${guess}\``, edits: [edit] }] : undefined,
      });
    };
    for (const s of model.services) {
      if (!s.map) continue;
      for (const d of dependenciesOf(model, s)) {
        const req = d.entry?.value && isMap(d.entry.value) ? model.resolved(model.get(d.entry.value, 'required')?.value) : undefined;
        if (req === 'false') continue;
        check('services', d.name, d.range, s.name, 'depends_on', d.via ? undefined : d.node);
      }
      for (const l of model.strings(s.get('links'))) check('services', l.value.split(':')[0], model.nodeRange(l.node, l.via), s.name, 'links');
      for (const v of model.strings(s.get('volumes_from'))) {
        const name = v.value.replace(/:(ro|rw)$/, '');
        if (!name.startsWith('container:')) check('services', name, model.nodeRange(v.node, v.via), s.name, 'volumes_from');
      }
      const ext = s.get('extends');
      if (ext?.value) {
        const svc = isScalar(ext.value) ? model.str(ext.value) : isMap(ext.value) && !model.get(ext.value, 'file') ? model.str(model.get(ext.value, 'service')?.value) : undefined;
        if (svc) check('services', svc, model.valueRange(ext), s.name, 'extends');
      }
      for (const key of ['network_mode', 'pid', 'ipc']) {
        const e = s.get(key);
        const v = model.resolved(e?.value);
        if (e && v?.startsWith('service:')) check('services', v.slice(8), model.valueRange(e), s.name, key);
      }
      if (!s.get('network_mode')) for (const n of networksOf(model, s)) check('networks', n.name, n.range, s.name, 'networks');
      for (const v of volumesOf(model, s)) if (v.type === 'volume' && v.source) check('volumes', v.source, model.nodeRange(v.node, v.via), s.name, 'volumes');
      for (const key of ['secrets', 'configs'] as const) for (const r of referencesOf(model, s, key)) check(key, r.name, r.range, s.name, key, r.via ? undefined : r.node);
      const build = s.get('build');
      if (!s.get('image') && !build && !s.get('extends') && !s.get('provider') && !model.layered && model.includePaths().length === 0 && !completedElsewhere(model)) {
        report({ messageId: 'noImageNorBuild', range: model.keyRange(s.entry), data: { service: s.name } });
      }
    }
  },
);

/** A base file whose override beside it (merged by a plain `docker compose up`) may add `image` or `build`. */
function completedElsewhere(model: ComposeModel): boolean {
  return ['compose.override.yaml', 'compose.override.yml', 'docker-compose.override.yml', 'docker-compose.override.yaml'].some((n) => {
    try {
      return !!model.files.exists?.(n);
    } catch {
      return false;
    }
  });
}
