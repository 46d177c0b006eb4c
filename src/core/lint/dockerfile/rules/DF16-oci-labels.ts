import { Label, type Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { insertLineBefore } from '../edits';
import { stageChain } from '../variables';

/** The OCI annotations the course asks every released image to carry. */
export const REQUIRED_LABELS = ['org.opencontainers.image.title', 'org.opencontainers.image.version', 'org.opencontainers.image.source', 'org.opencontainers.image.revision'] as const;

export const rule = defineRule<DockerfileModel, 'missing'>(
  {
    id: 'DF16',
    name: 'oci-labels',
    target: 'dockerfile',
    category: 'maintainability',
    defaultSeverity: 'info',
    status: 'stable',
    optIn: true,
    taughtIn: ['c04-l6', 'c09-l2'],
    sources: [],
    messages: {
      missing:
        'This image does not record {missing} as labels, so nobody holding the image can tell what it is, which version it claims to be, or which commit it was built from. Add a `LABEL` with them (pass the version and revision in with `--build-arg`).',
    },
    docs: {
      summary: 'Images that run something carry the OCI labels title, version, source and revision.',
      rationale:
        'An image outlives the build that made it: it gets copied between registries, scanned, deployed and, months later, debugged. The OCI image spec defines annotation keys that registries, scanners and `docker inspect` understand. With `org.opencontainers.image.source` and `.revision` anyone can go from a running container to the exact commit it came from; `.version` tells which release it claims to be; `.title` names it in registry listings. Take version and revision from build arguments (`--build-arg REVISION=$(git rev-parse HEAD)`) so the Dockerfile never needs editing per release. Labels in a stage the final image is built on count. The rule is opt-in: it switches on when you pass lesson c04-l6 (or give it a severity), and it only looks at images that run something (a `CMD` or `ENTRYPOINT`), not at base images meant to be built on.',
      examples: {
        bad: 'FROM alpine:3.20\nUSER 65534\nCMD ["sleep", "3600"]\n',
        good:
          'FROM alpine:3.20\nARG VERSION=0.1.0\nARG REVISION=unknown\nLABEL org.opencontainers.image.title="sleeper" \\\n      org.opencontainers.image.version="${VERSION}" \\\n      org.opencontainers.image.source="https://example.com/sleeper" \\\n      org.opencontainers.image.revision="${REVISION}"\nUSER 65534\nCMD ["sleep", "3600"]\n',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    const final = model.finalStage;
    if (!final) return;
    const present = new Set<string>();
    let runs: Instruction | undefined;
    for (const stage of stageChain(final)) {
      for (const i of stage.instructions) {
        const keyword = model.keyword(i);
        if (keyword === 'CMD' || keyword === 'ENTRYPOINT') runs ??= i;
        if (i instanceof Label) for (const p of i.getProperties()) present.add(p.getName().replace(/^["']|["']$/g, ''));
      }
    }
    if (!runs) return;
    const missing = REQUIRED_LABELS.filter((l) => !present.has(l));
    if (missing.length === 0) return;
    const range = final.from.getImageRange() ?? final.from.getRange();
    const block = `LABEL ${missing.map((l) => `${l}="${l.endsWith('version') ? '${VERSION}' : l.endsWith('revision') ? '${REVISION}' : '…'}"`).join(' \\\n      ')}`;
    const args = [missing.some((l) => l.endsWith('version')) ? 'ARG VERSION=0.0.0' : '', missing.some((l) => l.endsWith('revision')) ? 'ARG REVISION=unknown' : ''].filter(Boolean);
    report({
      messageId: 'missing',
      range,
      data: { missing: missing.map((l) => `\`${l.slice('org.opencontainers.image.'.length)}\``).join(', ') },
      suggestions: [{ title: 'Add the missing OCI labels (fill in the title and source)', edits: [insertLineBefore(model, runs.getRange().start.line, [...args, block].join(model.lines.eol))] }],
    });
  },
);
