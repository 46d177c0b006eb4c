import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';

export const rule = defineRule<ComposeModel, 'duplicate' | 'invalid'>(
  {
    id: 'CF29',
    name: 'container-name',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c08-l1'],
    sources: ['dclint:no-duplicate-container-names', 'dclint:service-container-name-regex'],
    messages: {
      duplicate: '`container_name: {name}` is also used by `{other}`: two containers cannot share a name, so the second one fails to start. Give each a different name, or remove `container_name`.',
      invalid: '`{name}` is not a valid container name: use letters, digits, `_`, `.` and `-`, starting with a letter or digit (at least 2 characters).',
    },
    docs: {
      summary: 'Container names are unique and made of letters, digits, `_`, `.` and `-`.',
      rationale:
        'Docker refuses a second container with a name already in use and names that contain spaces, slashes or other characters outside `[a-zA-Z0-9_.-]`. The schema\'s check for this is not anchored (any name that *contains* two valid characters passes), so docker-course checks the whole name. Values with `${VARIABLES}` are checked after substitution where the `.env` file allows.',
      examples: {
        bad: 'services:\n  api:\n    image: example/api:1.0\n    container_name: backend\n  worker:\n    image: example/worker:1.0\n    container_name: backend\n',
        good: 'services:\n  api:\n    image: example/api:1.0\n    container_name: backend-api\n  worker:\n    image: example/worker:1.0\n    container_name: backend-worker\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    const seen = new Map<string, string>();
    for (const s of model.services) {
      const e = s.get('container_name');
      if (!e) continue;
      const name = model.resolved(e.value);
      if (name === undefined) continue;
      if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(name)) {
        report({ messageId: 'invalid', range: model.valueRange(e), data: { name }, sources: ['dclint:service-container-name-regex'] });
        continue;
      }
      const other = seen.get(name);
      if (other !== undefined) report({ messageId: 'duplicate', range: model.valueRange(e), data: { name, other }, sources: ['dclint:no-duplicate-container-names'] });
      else seen.set(name, s.name);
    }
  },
);
