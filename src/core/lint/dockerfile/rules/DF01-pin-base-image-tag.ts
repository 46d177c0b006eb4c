import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';

export const rule = defineRule<DockerfileModel, 'untagged' | 'latest'>(
  {
    id: 'DF01',
    name: 'pin-base-image-tag',
    target: 'dockerfile',
    category: 'reproducibility',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c02-l2', 'c02-l5'],
    sources: ['hadolint:DL3006', 'hadolint:DL3007'],
    messages: {
      untagged: '`{image}` has no tag, so Docker uses `latest`: pin a version such as `{image}:<version>` so every build starts from the same image.',
      latest: '`latest` moves whenever the image is republished: pin a version tag instead of `{image}:latest`.',
    },
    docs: {
      summary: 'Base images name an explicit version tag, never an implicit or explicit `latest`.',
      rationale:
        'A tag is a pointer that the publisher can move. `latest` (which is what an untagged name means) moves with every release, so the same Dockerfile builds different images on different days: a rebuild for a one-line fix can pull in a new major version of the base. Pin a tag that names a version (`python:3.12-slim`), and for release builds pin the digest too (DF02). `scratch`, earlier stage names and digests are accepted; `ARG` defaults are resolved first, so `FROM ${BASE}` with `ARG BASE=node:20` is judged as `node:20`.',
      examples: { bad: 'FROM ubuntu\nRUN echo hello\n', good: 'FROM ubuntu:24.04\nRUN echo hello\n' },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const stage of model.stages) {
      const image = stage.image;
      if (image.isStage || image.isScratch || image.digest || image.resolved === undefined || !image.name) continue;
      const from = stage.from;
      const imageRange = from.getImageRange();
      if (!imageRange) continue;
      const usesVariable = image.written !== image.resolved;
      if (!image.tag) {
        report({ messageId: 'untagged', range: usesVariable ? imageRange : (from.getImageNameRange() ?? imageRange), data: { image: image.resolved }, sources: ['hadolint:DL3006'] });
      } else if (image.tag === 'latest') {
        const name = image.resolved.slice(0, image.resolved.lastIndexOf(':'));
        report({ messageId: 'latest', range: usesVariable ? imageRange : (from.getImageTagRange() ?? imageRange), data: { image: name }, sources: ['hadolint:DL3007'] });
      }
    }
  },
);
