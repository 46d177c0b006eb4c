import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { appendToService } from '../util';

export const rule = defineRule<ComposeModel, 'both'>(
  {
    id: 'CF32',
    name: 'build-and-image',
    target: 'compose',
    category: 'reproducibility',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c08-l1'],
    sources: ['dclint:no-build-and-image'],
    messages: {
      both: '`{service}` has both `build` and `image: {image}` without `pull_policy`: Compose first tries to **pull** `{image}` from a registry and only builds when that fails, so you may run someone else\'s image of that name. Say what you mean: `pull_policy: build` to always build (the name then just tags your build), or drop `build`.',
    },
    docs: {
      summary: 'A service with both `build` and `image` sets `pull_policy` to say which one wins.',
      rationale:
        'With both keys, `image` names the image that `build` produces, but `docker compose up` still tries to pull that name first (the default `pull_policy` is `missing`), and `docker compose pull` always does. If a public image of the same name exists, you silently run it instead of your own code. `pull_policy: build` makes Compose build every time (the image name then only tags the result); `pull_policy: missing` or `never` are fine if you know a registry holds your build. The suggested fix adds `pull_policy: build`.',
      examples: {
        bad: 'services:\n  app:\n    build: .\n    image: myorg/app:1.0\n',
        good: 'services:\n  app:\n    build: .\n    image: myorg/app:1.0\n    pull_policy: build\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const image = s.get('image');
      if (!image || !s.get('build') || s.get('pull_policy')) continue;
      const edit = appendToService(model, s, ['pull_policy: build']);
      report({ messageId: 'both', range: model.keyRange(image), data: { service: s.name, image: model.value(image) ?? '' }, fix: edit ? { title: 'Always build it (pull_policy: build)', edits: [edit] } : undefined });
    }
  },
);
