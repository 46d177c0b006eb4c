import { Env, Label } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';

export const rule = defineRule<DockerfileModel, 'legacy'>(
  {
    id: 'DF41',
    name: 'legacy-key-value',
    target: 'dockerfile',
    category: 'style',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l5', 'c04-l6'],
    sources: ['buildkit:LegacyKeyValueFormat'],
    messages: {
      legacy: '`{keyword} {name} …` is the old space-separated form, which sets a single variable to the whole rest of the line: write `{keyword} {name}={value}`.',
    },
    docs: {
      summary: 'ENV and LABEL use the `key=value` form, not the legacy `key value` form.',
      rationale:
        '`ENV NAME value` is an old syntax that is still accepted but deprecated: everything after the first space becomes the value, so `ENV PATH /app/bin $PATH` and `ENV A 1 B 2` do not mean what they seem to (the second sets `A` to `1 B 2`), and one instruction can set only one variable. The `key=value` form can set several at once and makes the value\'s extent explicit with quotes. The safe fix rewrites the instruction as `NAME=value`, quoting the value when it contains spaces; when the value already mixes quotes, escapes or continuation lines it is reported without a fix. `ARG a b` is not this form: it declares two build arguments.',
      examples: {
        bad: 'FROM alpine:3.20\nENV APP_HOME /srv/app\n',
        good: 'FROM alpine:3.20\nENV APP_HOME=/srv/app\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      if (!(instruction instanceof Env) && !(instruction instanceof Label)) continue;
      for (const p of instruction.getProperties()) {
        const valueRange = p.getValueRange();
        if (p.getAssignmentOperator() !== null || !valueRange) continue;
        const raw = model.lines.textOf(valueRange);
        const name = p.getName();
        const keyword = model.keyword(instruction);
        const value = keyValueForm(raw, model.escapeChar);
        const range = p.getRange();
        report({
          messageId: 'legacy',
          range,
          data: { keyword, name, value: value ?? '…' },
          fix: value === undefined ? undefined : { title: `Write ${name}=${value}`, edits: [{ range: { start: p.getNameRange().end, end: valueRange.end }, newText: `=${value}` }] },
        });
      }
    }
  },
);

/** The value as it must be written after `=` to mean the same, or undefined when that is not certain. */
function keyValueForm(raw: string, escapeChar: string): string | undefined {
  if (raw.includes('\n') || raw.includes(escapeChar)) return undefined;
  if (/^"[^"]*"$/.test(raw) || /^'[^']*'$/.test(raw)) return raw;
  if (/["']/.test(raw)) return undefined;
  return /\s/.test(raw) ? `"${raw}"` : raw;
}
