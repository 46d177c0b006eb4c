import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';

export const rule = defineRule<DockerfileModel, 'noDigest'>(
  {
    id: 'DF02',
    name: 'pin-base-image-digest',
    target: 'dockerfile',
    category: 'reproducibility',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c02-l2', 'c05-l6'],
    sources: [],
    messages: {
      noDigest:
        '`{image}` is pinned by tag only, and the publisher can point that tag at a new image at any time. For a release build, pin the exact image by digest: `{image}@sha256:…` (`docker images --digests` shows it for an image you have pulled).',
    },
    docs: {
      summary: 'Release builds pin each base image by digest (`@sha256:…`), not only by tag.',
      rationale:
        'A tag such as `python:3.12-slim` is a label that the publisher moves whenever they rebuild: a security patch, a new minor version, a different Debian point release. Two builds of the same Dockerfile a week apart can therefore start from different images. A digest names the content itself, so `python:3.12-slim@sha256:…` always means the same bytes; Docker ignores the tag part and only checks the digest, and keeping the tag there tells readers what the digest is. The price is that security fixes no longer arrive on their own: a bot (Renovate, Dependabot) or a routine has to bump the digest. That is why the rule is **opt-in**: turn it on for release images, or it turns on by itself once you have passed lesson c02-l2. `scratch`, earlier stages, and images whose name comes from an ARG without a default are skipped. There is no quick fix, because finding a digest needs a registry.',
      examples: {
        bad: 'FROM python:3.12-slim\nUSER 10001\nCMD ["python", "-V"]\n',
        good: 'FROM python:3.12-slim@sha256:2d2f1c1b9fa33e8cbbe2b2ff0e8c6e3d5a8e0e6c4a1b0f8d7c6b5a4f3e2d1c0b\nUSER 10001\nCMD ["python", "-V"]\n',
      },
    },
    fix: 'none',
    optIn: true,
  },
  ({ model, report }) => {
    for (const stage of model.stages) {
      const image = stage.image;
      if (image.isStage || image.isScratch || image.digest !== undefined || image.resolved === undefined || !image.name) continue;
      // Images the course builds on this machine (the offline toolbox, the learner's own) never came from a registry, so they have no digest to pin.
      if (/^(course|learner)\//.test(image.name)) continue;
      const range = stage.from.getImageRange();
      if (!range) continue;
      report({ messageId: 'noDigest', range, data: { image: image.resolved } });
    }
  },
);
