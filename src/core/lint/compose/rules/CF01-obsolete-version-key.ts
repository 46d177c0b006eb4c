import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';

export const rule = defineRule<ComposeModel, 'obsolete'>(
  {
    id: 'CF01',
    name: 'obsolete-version-key',
    target: 'compose',
    category: 'maintainability',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c08-l1'],
    sources: ['dclint:no-version-field'],
    messages: {
      obsolete: 'The top-level `version:` is obsolete: Docker Compose v2 ignores it and prints a warning on every command, and it no longer chooses a file format. Remove the line.',
    },
    docs: {
      summary: 'No top-level `version:` key: Compose v2 ignores it.',
      rationale:
        'Old tutorials start every file with `version: "3.8"`. The Compose Specification dropped versions: Docker Compose v2 reads every file with the same, newest rules, ignores the key and warns "the attribute `version` is obsolete". Keeping it suggests that features from later versions are unavailable, which is no longer true. The quick fix deletes the line.',
      examples: {
        bad: 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n',
        good: 'services:\n  web:\n    image: nginx:1.27\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    if (!model.root) return;
    const e = model.get(model.root, 'version');
    if (!e) return;
    const edit = model.removeEntry(e);
    report({ messageId: 'obsolete', range: model.entryRange(e), fix: edit ? { title: 'Remove the obsolete `version` line', edits: [edit] } : undefined, tags: ['deprecated'] });
  },
);
