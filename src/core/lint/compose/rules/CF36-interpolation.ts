import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';

export const rule = defineRule<ComposeModel, 'syntax' | 'unset'>(
  {
    id: 'CF36',
    name: 'interpolation',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c08-l3'],
    sources: [],
    messages: {
      syntax: '`{text}` is not a valid variable reference: write `${NAME}`, `${NAME:-default}` or `${NAME:?message}`, and `$$` for a literal `$`.',
      unset: '`${{name}}` has no default and is not set in the `.env` file beside this file: unless your shell exports it, Compose substitutes an empty string (with only a warning). Add it to `.env`, or write `${{name}:-default}` or `${{name}:?explain what to set}`.',
    },
    docs: {
      summary: '`${VARIABLES}` are well-formed and set in `.env` or given a default.',
      rationale:
        'Compose replaces `${NAME}` with the variable from your shell or from the `.env` file beside the compose file. A variable that is set nowhere becomes an empty string, and Compose only prints a warning: an image `app:${TAG}` turns into `app:` (so `latest`), a password into nothing. Give a default (`${TAG:-1.4}`), make it required with a message (`${DB_PASSWORD:?set it in .env}`), or put it in `.env`. A lone `$` that is not meant as a variable (in a shell command, for example) must be written `$$`. Without a `.env` file beside the compose file, unset variables are not reported, since they probably come from your shell or CI.',
      examples: {
        bad: 'services:\n  app:\n    image: "example/app:${APP_TAG}"\n',
        good: 'services:\n  app:\n    image: "example/app:${APP_TAG:-1.4.2}"\n',
        file: 'compose.dev.yaml',
        files: { bad: { '.env': 'COMPOSE_PROJECT_NAME=shop\n' }, good: { '.env': 'COMPOSE_PROJECT_NAME=shop\n' } },
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    const reported = new Set<string>();
    for (const sc of model.dollarScalars) {
      const text = String(sc.value);
      const r = model.interpolate(text);
      for (const p of r.problems) {
        const range = model.scalarTextRange(sc, p.start, p.end) ?? model.rangeOf(sc);
        report({ messageId: 'syntax', range, data: { text: text.slice(p.start, p.end) } });
      }
      if (!model.hasDotEnv) continue;
      for (const u of r.uses) {
        if (u.operator !== '' || model.env.has(u.name) || reported.has(u.name)) continue;
        if (/^(HOME|USER|PWD|UID|GID|HOSTNAME|PATH|SHELL|COMPOSE_[A-Z_]+|DOCKER_[A-Z_]+)$/.test(u.name)) continue;
        reported.add(u.name);
        const range = model.scalarTextRange(sc, u.start, u.end) ?? model.rangeOf(sc);
        report({ messageId: 'unset', range, data: { name: u.name } });
      }
    }
  },
);
