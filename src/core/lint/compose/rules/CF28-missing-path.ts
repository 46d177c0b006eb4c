import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { Range } from '../../../text/text';
import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { joinPath } from '../util';

export const rule = defineRule<ComposeModel, 'missing'>(
  {
    id: 'CF28',
    name: 'missing-path',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c08-l1', 'c08-l3'],
    sources: [],
    messages: {
      missing: '{what} `{path}` does not exist (paths are relative to the folder of this compose file): {consequence}',
    },
    docs: {
      summary: 'Build contexts, Dockerfiles, env files, secret files and included files exist.',
      rationale:
        'Paths in a compose file are relative to the folder of the file, not to where you run `docker compose`. A wrong `build.context`, `dockerfile`, `env_file`, secret `file:`, `extends.file` or `include` path makes every command fail ("env file … not found", "unable to prepare context: path … not found"). docker-course checks that each exists. URLs (`git@…`, `https://…`), paths with unknown `${VARIABLES}` and `env_file` entries marked `required: false` are skipped.',
      examples: {
        bad: 'services:\n  app:\n    build: ./ap\n',
        good: 'services:\n  app:\n    build: ./app\n',
        file: 'compose.dev.yaml',
        files: { bad: { 'app/Dockerfile': 'FROM alpine:3.20\n' }, good: { 'app/Dockerfile': 'FROM alpine:3.20\n' } },
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    const exists = model.files.exists;
    if (!exists) return;
    const check = (path: string | undefined, range: Range, what: string, consequence: string) => {
      if (!path || path.includes('$') || /^[a-z][a-z0-9+.-]*:\/\/|^git@|^github\.com\/|\.git(#.*)?$/i.test(path) || path.startsWith('~')) return;
      if (/^[A-Za-z]:[\\/]|^\\\\/.test(path)) return;
      let ok: boolean;
      try {
        ok = exists(path);
      } catch {
        return;
      }
      if (!ok) report({ messageId: 'missing', range, data: { what, path, consequence } });
    };
    const at = (n: YamlNode | null | undefined, via?: import('yaml').Alias) => (n ? model.nodeRange(n, via) : undefined);
    for (const s of model.services) {
      const build = s.get('build');
      if (build?.value) {
        let context = '.';
        if (isScalar(build.value)) {
          context = model.resolved(build.value) ?? '$';
          check(context, model.valueRange(build), 'The build context', 'Compose cannot build this image.');
        } else if (isMap(build.value)) {
          const c = model.get(build.value, 'context', build.via);
          context = c ? (model.resolved(c.value) ?? '$') : '.';
          if (c) check(context, model.valueRange(c), 'The build context', 'Compose cannot build this image.');
          const df = model.get(build.value, 'dockerfile', build.via);
          const dfPath = model.resolved(df?.value);
          if (df && dfPath && !dfPath.startsWith('/') && !context.includes('$') && !/^[a-z]+:\/\/|^git@|\.git(#|$)/.test(context) && exists(context)) {
            check(joinPath(context, dfPath), model.valueRange(df), 'The Dockerfile', 'Compose cannot build this image (the `dockerfile` path is relative to the build context).');
          }
        }
      }
      const envFile = s.get('env_file');
      if (envFile?.value) {
        const items = isSeq(envFile.value) ? model.items(envFile.value, envFile.via) : [{ node: envFile.value, written: envFile.written, via: envFile.via }];
        for (const item of items) {
          if (!item.node) continue;
          if (isScalar(item.node)) check(model.resolved(item.node), at(item.written, item.via) ?? model.valueRange(envFile), 'The env file', 'every `docker compose` command fails with "env file not found".');
          else if (isMap(item.node)) {
            const required = model.get(item.node, 'required');
            if (required && !model.isTrue(required.value)) continue;
            const p = model.get(item.node, 'path', item.via);
            if (p) check(model.resolved(p.value), model.valueRange(p), 'The env file', 'every `docker compose` command fails with "env file not found".');
          }
        }
      }
      const ext = s.get('extends');
      if (ext?.value && isMap(ext.value)) {
        const f = model.get(ext.value, 'file', ext.via);
        if (f) check(model.resolved(f.value), model.valueRange(f), 'The extended file', 'Compose cannot load this service.');
      }
    }
    for (const kind of ['secrets', 'configs'] as const) {
      for (const d of model.declarations(kind)) {
        if (!d.value || !isMap(d.value)) continue;
        const f = model.get(d.value, 'file', d.via);
        if (f) check(model.resolved(f.value), model.valueRange(f), kind === 'secrets' ? 'The secret file' : 'The config file', 'Compose refuses to start the services that use it.');
      }
    }
    for (const inc of model.includePaths()) check(inc.path, model.nodeRange(inc.node, inc.via), 'The included file', 'Compose cannot load this project.');
  },
);
