import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import { stageChain } from '../context';
import { parseImageReference, type DockerfileModel } from '../model';

/**
 * Base images that already run as a non-root user, so an image built on them without `USER` is fine.
 * Kept short on purpose: each entry is a well-known family whose documentation states its default user.
 */
const NON_ROOT_BASES: { test: (ref: { registry?: string; name: string; tag: string }) => boolean; why: string }[] = [
  { test: (r) => r.registry === 'gcr.io' && r.name.startsWith('distroless/') && r.tag.includes('nonroot'), why: 'distroless `:nonroot` images run as UID 65532' },
  { test: (r) => r.registry === 'cgr.dev' && r.name.startsWith('chainguard/'), why: 'Chainguard images run as a non-root user by default' },
  { test: (r) => r.name === 'nginxinc/nginx-unprivileged', why: 'nginx-unprivileged runs as the nginx user (UID 101)' },
  { test: (r) => r.name.startsWith('bitnami/'), why: 'Bitnami images run as UID 1001' },
  { test: (r) => /(^|[-_.])rootless([-_.]|$)/.test(r.tag) || r.name.endsWith('-rootless'), why: '`rootless` variants run as a non-root user' },
];

export const rule = defineRule<DockerfileModel, 'noUser' | 'noUserScratch'>(
  {
    id: 'DF54',
    name: 'no-user',
    target: 'dockerfile',
    category: 'security',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l6', 'c10-l2'],
    sources: [],
    messages: {
      noUser:
        'This image never sets `USER`, so its process runs as the base image\'s user, which for `{base}` is `root`. A bug or a bad dependency in the app then has root rights in the container, and over any mounted files. Add `USER 10001` (a numeric, non-root UID) before `{runs}`, and create that user or give it the files it must write.',
      noUserScratch:
        'This image never sets `USER`, and `scratch` has no users at all, so the program runs as UID 0 (root). A numeric user works without `/etc/passwd`: add `USER 65534` (or any UID you own) before `{runs}`.',
    },
    docs: {
      summary: 'The final image sets a non-root `USER` (unless its base image already runs as one).',
      rationale:
        'Containers run as `root` unless the image says otherwise, and most base images (`debian`, `alpine`, `node`, `python`, …) do not. Root in a container is not root on the host, but it is still far more than an application needs: it can change every file of the image, use privileged ports and, combined with a mounted volume or a kernel bug, reach beyond the container. Adding `USER` near the end of the final stage is cheap: create the user in a `RUN` (`useradd --uid 10001 …` or `adduser -D -u 10001 app` on Alpine) or just use a numeric UID, give it the files it must write (`COPY --chown=10001:10001 …`), and prefer a number so Kubernetes `runAsNonRoot` can verify it. The rule looks at the final stage and the stages it builds on, and only at images that say what they run (`CMD` or `ENTRYPOINT`); a few base-image families known to run as non-root are accepted (`gcr.io/distroless/*:nonroot`, `cgr.dev/chainguard/*`, `nginxinc/nginx-unprivileged`, `bitnami/*`, `*-rootless` tags). `FROM scratch` images are reported too: a static binary there runs as UID 0, and a numeric `USER` fixes it without any user database. DF06 separately reports a `USER root` left at the end. Hadolint has no such rule yet (hadolint issue 989).',
      whenNotToUse:
        'Images that must start as root and drop privileges themselves (many official database images do this with `gosu` in their entrypoint), and base images meant to be extended with further installs.',
      examples: {
        bad: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n',
        good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py"]\n',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    const final = model.finalStage;
    if (!final || model.escapeChar === '`') return;
    const chain = stageChain(final);
    const instructions = chain.flatMap((s) => s.instructions);
    if (instructions.some((i) => model.keyword(i) === 'USER')) return;
    const runs = instructions.find((i) => model.keyword(i) === 'CMD' || model.keyword(i) === 'ENTRYPOINT');
    if (!runs) return;
    const root = chain[0].image;
    if (root.resolved === undefined || (root.isStage && !root.isScratch)) return;
    const ref = parseImageReference(root.resolved);
    const name = ref.name ?? '';
    if (/windows|nanoserver|servercore/i.test(`${name}:${ref.tag ?? ''}`)) return;
    if (NON_ROOT_BASES.some((b) => b.test({ registry: ref.registry, name, tag: (ref.tag ?? '').toLowerCase() }))) return;
    const range = final.from.getImageRange() ?? final.from.getInstructionRange();
    const firstRun = final.instructions.find((i) => model.keyword(i) === 'CMD' || model.keyword(i) === 'ENTRYPOINT');
    const uid = root.isScratch ? '65534' : '10001';
    report({
      messageId: root.isScratch ? 'noUserScratch' : 'noUser',
      range,
      data: { base: root.resolved, runs: model.keyword(runs) },
      suggestions: [{ title: `Run as an unprivileged user: USER ${uid}`, edits: [insertBefore(model, firstRun, final.instructions, final.from, `USER ${uid}`)] }],
    });
  },
);

/** Inserts a line before `target` (keeping its indentation), or after the stage's last instruction. */
function insertBefore(model: DockerfileModel, target: Instruction | undefined, stageInstructions: Instruction[], from: Instruction, line: string) {
  const eol = model.lines.eol;
  const keyword = from.getInstruction() === from.getInstruction().toLowerCase() ? line.toLowerCase() : line;
  if (target) {
    const at = { line: target.getRange().start.line, character: 0 };
    const indent = /^\s*/.exec(model.lines.lineText(at.line))?.[0] ?? '';
    return { range: { start: at, end: at }, newText: `${indent}${keyword}${eol}` };
  }
  const last = stageInstructions[stageInstructions.length - 1] ?? from;
  const end = model.lines.positionAt(model.lines.lineEnd(last.getRange().end.line));
  return { range: { start: end, end }, newText: `${eol}${keyword}` };
}
