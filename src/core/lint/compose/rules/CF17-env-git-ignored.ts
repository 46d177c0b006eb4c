import { isMap } from 'yaml';
import type { Range } from '../../../text/text';
import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { gitIgnores, joinPath } from '../util';

export const rule = defineRule<ComposeModel, 'notIgnored'>(
  {
    id: 'CF17',
    name: 'env-git-ignored',
    target: 'compose',
    category: 'security',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c08-l3', 'c10-l6'],
    sources: [],
    messages: {
      notIgnored: '`{file}` {role}, but `.gitignore` does not exclude it: the next `git add .` commits the values to the repository history for good. Add `{file}` to `.gitignore`.',
    },
    docs: {
      summary: '`.env`, `env_file` files and secret files are listed in `.gitignore`.',
      rationale:
        'The point of moving passwords out of the compose file into `.env`, an `env_file` or a secret file is to keep them out of version control. That only works if git ignores those files: otherwise a routine `git add .` commits them, and removing them later does not remove them from the history. This rule reads the `.gitignore` beside the compose file (and up to three folders above it, where a repository root usually is) and checks the `.env` Compose reads, every `env_file`, and every `file:` of a top-level secret. It stays quiet when no `.gitignore` is found.',
      examples: {
        bad: 'services:\n  app:\n    image: example/app:1.0\n    env_file: app.env\n',
        good: 'services:\n  app:\n    image: example/app:1.0\n    env_file: app.local.env\n',
        file: 'compose.dev.yaml',
        files: { bad: { '.gitignore': 'node_modules/\n*.local.env\n', 'app.env': 'API_TOKEN=…\n', 'app.local.env': 'API_TOKEN=…\n' }, good: { '.gitignore': 'node_modules/\n*.local.env\n', 'app.env': 'API_TOKEN=…\n', 'app.local.env': 'API_TOKEN=…\n' } },
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    const gitignores = findGitignores(model);
    if (gitignores.length === 0) return;
    const ignored = (file: string) => gitignores.some((g) => gitIgnores(g.text, joinPath(g.prefix, file.replace(/^\.\//, ''))));
    const candidates: { file: string; role: string; range: Range }[] = [];
    for (const s of model.services) {
      const envFile = s.get('env_file');
      if (!envFile?.value) continue;
      const items = isMap(envFile.value) ? [envFile] : undefined;
      if (items) {
        const p = model.resolved(model.get(envFile.value as never, 'path')?.value);
        if (p) candidates.push({ file: p, role: `is an \`env_file\` of \`${s.name}\``, range: model.valueRange(envFile) });
        continue;
      }
      for (const x of model.strings(envFile)) candidates.push({ file: model.resolved(x.node) ?? x.value, role: `is an \`env_file\` of \`${s.name}\``, range: model.nodeRange(x.node, x.via) });
      const seqItems = envFile.value && 'items' in envFile.value ? (envFile.value.items as unknown[]) : [];
      for (const item of seqItems) {
        if (item && isMap(item)) {
          const p = model.get(item, 'path');
          const v = model.resolved(p?.value);
          if (p && v) candidates.push({ file: v, role: `is an \`env_file\` of \`${s.name}\``, range: model.valueRange(p) });
        }
      }
    }
    for (const d of model.declarations('secrets')) {
      if (!d.value || !isMap(d.value)) continue;
      const f = model.get(d.value, 'file');
      const v = model.resolved(f?.value);
      if (f && v) candidates.push({ file: v, role: `holds the secret \`${d.key}\``, range: model.valueRange(f) });
    }
    if (model.hasDotEnv && !candidates.some((c) => normal(c.file) === '.env')) {
      for (const sc of model.dollarScalars) {
        const use = model.interpolate(String(sc.value)).uses.find((u) => model.env.has(u.name));
        if (!use) continue;
        candidates.push({ file: '.env', role: 'sets variables used in this file', range: model.scalarTextRange(sc, use.start, use.end) ?? model.rangeOf(sc) });
        break;
      }
    }
    const seen = new Set<string>();
    for (const c of candidates) {
      const file = normal(c.file);
      if (file.startsWith('/') || file.startsWith('..') || file.includes('$') || ignored(file)) continue;
      if (model.files.exists && !model.files.exists(file)) continue;
      const key = `${file}:${c.range.start.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report({ messageId: 'notIgnored', range: c.range, data: { file, role: c.role } });
    }
  },
);

function normal(f: string): string {
  return f.replace(/^\.\//, '');
}

/** `.gitignore` files beside the compose file and in up to three parent folders, with the path from each to here. */
function findGitignores(model: ComposeModel): { text: string; prefix: string }[] {
  const out: { text: string; prefix: string }[] = [];
  const dirs = (model.path ?? '').split(/[\\/]/).slice(0, -1);
  for (let up = 0; up <= 3; up++) {
    let text: string | undefined;
    try {
      text = model.files.read?.(`${'../'.repeat(up)}.gitignore`);
    } catch {
      text = undefined;
    }
    if (text === undefined) continue;
    if (up > 0 && dirs.length < up) break;
    out.push({ text, prefix: dirs.slice(dirs.length - up).join('/') });
  }
  return out;
}
