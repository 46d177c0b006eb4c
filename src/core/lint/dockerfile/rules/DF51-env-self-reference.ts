import { Env } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { declarations, variablesIn } from '../variables';

export const rule = defineRule<DockerfileModel, 'sameStatement'>(
  {
    id: 'DF51',
    name: 'env-self-reference',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c04-l5'],
    sources: ['hadolint:DL3044'],
    messages: {
      sameStatement:
        '`{variable}` refers to `{name}`, which this same ENV sets, but Docker expands it with the value `{name}` had before this line, not `{value}`. Set `{name}` in its own ENV line above this one.',
    },
    docs: {
      summary: 'An ENV does not use a variable that the same ENV instruction defines.',
      rationale:
        'Docker expands all the values of one `ENV` instruction before it sets any of them. In `ENV APP_HOME=/srv/app APP_BIN=$APP_HOME/bin`, `$APP_HOME` is therefore still the old value (usually empty), and `APP_BIN` becomes `/bin`, which is hardly what was meant and fails quietly. Split the instruction: `ENV APP_HOME=/srv/app` on one line, `ENV APP_BIN=$APP_HOME/bin` on the next. Referring to the previous value of the variable being set, as in `ENV PATH=/opt/bin:$PATH`, is fine; only a second use after it was set in the same instruction is reported.',
      examples: {
        bad: 'FROM alpine:3.20\nENV APP_HOME=/srv/app APP_BIN=$APP_HOME/bin\n',
        good: 'FROM alpine:3.20\nENV APP_HOME=/srv/app\nENV APP_BIN=$APP_HOME/bin\n',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      if (!(instruction instanceof Env)) continue;
      const set = new Map<string, string>();
      for (const d of declarations(model, instruction)) {
        if (d.valueRange) {
          for (const v of variablesIn(model, model.offset(d.valueRange.start), model.offset(d.valueRange.end))) {
            const value = set.get(v.name);
            if (value === undefined) continue;
            report({ messageId: 'sameStatement', range: model.rangeOf(v.start, v.end), data: { variable: model.text.slice(v.start, v.end), name: v.name, value } });
          }
        }
        set.set(d.name, d.value ?? '');
      }
    }
  },
);
