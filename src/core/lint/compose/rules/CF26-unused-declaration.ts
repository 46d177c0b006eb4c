import { defineRule } from '../../rule';
import { hardened } from '../examples';
import type { ComposeModel } from '../model';
import { referencesOf, volumesOf } from '../util';
import { networksOf } from './CF11-network-tiers';

export const rule = defineRule<ComposeModel, 'unused'>(
  {
    id: 'CF26',
    name: 'unused-declaration',
    target: 'compose',
    category: 'maintainability',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c08-l4'],
    sources: [],
    messages: {
      unused: 'The {kind} `{name}` is declared but no service uses it{note}: remove it, or attach it to the service that was meant to use it.',
    },
    docs: {
      summary: 'Top-level networks, volumes, secrets and configs are used by some service.',
      rationale:
        'A declared but unused network or volume is usually a mistake: a service that was meant to mount the volume or join the network does not, and data ends up in an anonymous volume or a service on the wrong network. Compose still creates unused networks and volumes, so they also leave clutter behind. Files that are combined with others (`compose.override.yaml`, `compose.prod.yaml`, `include:`) may use declarations from each other, so the override file beside a base file is read too.',
      examples: {
        bad: `${hardened()}services:\n  db:\n    <<: *hardened\n    image: postgres:16.4\n    healthcheck: {test: ["CMD-SHELL", "pg_isready -U postgres"]}\n    volumes:\n      - db-data:/var/lib/postgresql/data\nvolumes:\n  db-data:\n  pgdata:\n`,
        good: `${hardened()}services:\n  db:\n    <<: *hardened\n    image: postgres:16.4\n    healthcheck: {test: ["CMD-SHELL", "pg_isready -U postgres"]}\n    volumes:\n      - db-data:/var/lib/postgresql/data\nvolumes:\n  db-data:\n`,
        file: 'compose.yaml',
        files: { bad: {}, good: {} },
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    if (!model.root || model.includePaths().length > 0) return;
    const used = { networks: new Set<string>(), volumes: new Set<string>(), secrets: new Set<string>(), configs: new Set<string>() };
    for (const s of model.services) {
      for (const n of networksOf(model, s)) used.networks.add(n.name);
      for (const v of volumesOf(model, s)) if (v.source) used.volumes.add(v.source);
      for (const key of ['secrets', 'configs'] as const) for (const r of referencesOf(model, s, key)) used[key].add(r.name);
      // A mount of a whole folder (`volumes_from`) or a variable name may use anything: stay quiet.
    }
    const partial = model.layered;
    // Text of every value with a variable: a declaration named in a variable's default may be used.
    const dynamic = model.dollarScalars.map((sc) => String(sc.value)).join('\n');
    for (const kind of ['networks', 'volumes', 'secrets', 'configs'] as const) {
      const elsewhere = partial ? null : model.foreignDeclarations('services') === null ? null : otherUses(model, kind);
      if (partial || elsewhere === null) continue;
      for (const d of model.declarations(kind)) {
        if (used[kind].has(d.key) || elsewhere.has(d.key) || d.key.startsWith('x-')) continue;
        if (kind === 'networks' && d.key === 'default') continue;
        if (dynamic.includes(d.key)) continue;
        const edit = model.removeEntry(d);
        report({ messageId: 'unused', range: model.keyRange(d), data: { kind: kind.slice(0, -1), name: d.key, note: '' }, suggestions: edit ? [{ title: `Remove the unused ${kind.slice(0, -1)} \`${d.key}\``, edits: [edit] }] : undefined, tags: ['unnecessary'] });
      }
    }
  },
);

/** Names used by the override file beside a base file (read as plain text: any mention counts). */
function otherUses(model: ComposeModel, kind: string): Set<string> | null {
  const out = new Set<string>();
  for (const name of ['compose.override.yaml', 'compose.override.yml', 'docker-compose.override.yml', 'docker-compose.override.yaml']) {
    if (!model.files.exists?.(name)) continue;
    let text: string | undefined;
    try {
      text = model.files.read?.(name);
    } catch {
      text = undefined;
    }
    if (text === undefined) return null;
    for (const d of model.declarations(kind as never)) if (text.includes(d.key)) out.add(d.key);
  }
  return out;
}
