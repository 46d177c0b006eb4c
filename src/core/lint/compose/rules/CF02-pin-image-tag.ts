import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { dockerfileOf, FLOATING_TAGS, parseImage } from '../util';

export const rule = defineRule<ComposeModel, 'noTag' | 'floatingTag' | 'buildTarget'>(
  {
    id: 'CF02',
    name: 'pin-image-tag',
    target: 'compose',
    category: 'reproducibility',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c08-l1', 'c09-l2'],
    sources: ['dclint:service-image-require-explicit-tag'],
    messages: {
      noTag: '`{image}` has no tag, so Compose pulls `:latest`, whatever that is on the day you run it: pin a version, e.g. `{image}:<version>`.',
      floatingTag: '`{image}` uses the moving tag `{tag}`: the image changes under you between two `docker compose pull`s. Pin a version tag (or a digest).',
      buildTarget: 'The Dockerfile of `{service}` has {stages} stages, and without `target:` Compose builds the last one: name the stage you mean with `build.target`.',
    },
    docs: {
      summary: 'Images name a fixed version (no missing or `latest` tag); multi-stage builds name their `target`.',
      rationale:
        'An image without a tag means `:latest`, and `latest`, `stable` or `edge` point to a different image every few weeks: the same compose file starts different software on two machines, and a rollback is impossible. Pin a version (`postgres:16.4`) or a digest. Variables with defaults (`nginx:${NGINX_TAG:-1.27}`) are resolved first, using the `.env` file beside the compose file. For services built from a multi-stage Dockerfile, `build.target` says which stage runs; without it the last stage is built, which is easy to change by accident.',
      examples: {
        bad: 'services:\n  cache:\n    image: redis:latest\n',
        good: 'services:\n  cache:\n    image: redis:7.4.1\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const build = s.get('build');
      const image = s.get('image');
      if (image && !build) {
        const ref = model.resolved(image.value);
        if (ref === undefined || ref === '' || ref.includes('$')) continue;
        const img = parseImage(ref);
        if (img.digest) continue;
        const range = model.valueRange(image);
        if (!img.tag) report({ messageId: 'noTag', range, data: { image: ref } });
        else if (FLOATING_TAGS.has(img.tag.toLowerCase())) report({ messageId: 'floatingTag', range, data: { image: ref, tag: img.tag } });
      }
      if (build && build.value) {
        if (build.value && 'items' in build.value && model.get(build.value as never, 'target')) continue;
        const text = dockerfileOf(model, s);
        if (!text) continue;
        const stages = text.split(/\r?\n/).filter((l) => /^\s*FROM\s/i.test(l)).length;
        if (stages >= 2) report({ messageId: 'buildTarget', range: model.keyRange(build), data: { service: s.name, stages }, sources: [] });
      }
    }
  },
);
