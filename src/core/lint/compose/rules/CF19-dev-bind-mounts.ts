import { defineRule } from '../../rule';
import { hardened } from '../examples';
import type { ComposeModel } from '../model';
import { isDevelopment, volumesOf } from '../util';

const CODE_SOURCE = /^\.\/?$|^\.\/(src|app|code|web|www|html|frontend|backend|api|server|client|lib|source|project)\/?$/i;
const CODE_TARGET = /^(\/app|\/usr\/src\/app|\/code|\/src|\/var\/www(\/html)?|\/workspace|\/home\/node\/app|\/opt\/app|\/srv\/app)\/?$/;

export const rule = defineRule<ComposeModel, 'codeMount'>(
  {
    id: 'CF19',
    name: 'dev-bind-mounts',
    target: 'compose',
    category: 'reproducibility',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c08-l7'],
    sources: [],
    messages: {
      codeMount: '`{service}` mounts your source folder `{source}` over `{target}`: that is a development setup (the container runs whatever is on disk, not what the image was built with). Move this mount to `compose.override.yaml`, which `docker compose up` reads automatically on your machine and which production leaves out.',
    },
    docs: {
      summary: 'Source-code bind mounts live in the development override file, not in the base file.',
      rationale:
        'Mounting the project folder into the container (`.:/app`) is the classic development loop: edit, and the running container sees the change. In the base `compose.yaml` that is shared with CI and production, the same mount silently replaces the code baked into the image with whatever is on the host, so the image you tested is not what runs. Keep such mounts in `compose.override.yaml` (merged automatically by `docker compose up`, left out with `-f compose.yaml -f compose.prod.yaml`). Read-only mounts and configuration files are not reported.',
      examples: {
        bad: `${hardened()}services:\n  app:\n    <<: *hardened\n    build: .\n    volumes:\n      - .:/app\n`,
        good: `${hardened()}services:\n  app:\n    <<: *hardened\n    build: .\n`,
        file: 'compose.yaml',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    if (isDevelopment(model)) return;
    for (const s of model.services) {
      for (const v of volumesOf(model, s)) {
        if (v.type !== 'bind' || v.readOnly || !v.source || !v.target) continue;
        if (!CODE_SOURCE.test(v.source) && !(v.source.startsWith('./') && CODE_TARGET.test(v.target) && !/\.[a-z0-9]{1,5}$/i.test(v.source))) continue;
        report({ messageId: 'codeMount', range: model.nodeRange(v.node, v.via), data: { service: s.name, source: v.source, target: v.target } });
      }
    }
  },
);
