import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { insertLineBefore } from '../edits';
import { stageChain } from '../variables';

export const rule = defineRule<DockerfileModel, 'missing'>(
  {
    id: 'DF07',
    name: 'healthcheck-present',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c04-l6', 'c11-l2'],
    sources: ['hadolint:DL3057'],
    messages: {
      missing:
        'This image EXPOSEs port {port} but has no HEALTHCHECK, so Docker can only tell that its process is running, not that it answers. Add one, e.g. `HEALTHCHECK CMD ["wget", "-q", "--spider", "http://localhost:{port}/"]` (with a probe tool the image has), or write `HEALTHCHECK NONE` to say there is none on purpose.',
    },
    docs: {
      summary: 'Images that serve on a port declare a HEALTHCHECK (or `HEALTHCHECK NONE` on purpose).',
      rationale:
        'Without a health check, Docker reports a container as `running` as long as its main process exists, even when the server inside is deadlocked, still starting, or has lost its database. With one, `docker ps` shows `healthy`/`unhealthy`, Compose can wait for `condition: service_healthy` before starting dependants, and orchestrators can restart or stop routing to a broken replica. The rule only looks at images that `EXPOSE` a port in the final stage or a stage it is built on: that is the sign of a long-running service. One-shot jobs, CLIs and build stages have nothing to probe, so they are left alone (hadolint\'s DL3057, which is off by default there, asks every image). A `HEALTHCHECK` inherited from an earlier stage counts, and `HEALTHCHECK NONE` is accepted as a deliberate choice. The suggestion inserts a `wget` probe before `CMD`; use a tool the image actually contains (busybox and Alpine have `wget`, Debian-slim images have neither `wget` nor `curl`), or a small check built into your app.',
      examples: {
        bad: 'FROM nginx:1.27-alpine\nEXPOSE 80\nUSER 101\nCMD ["nginx", "-g", "daemon off;"]\n',
        good: 'FROM nginx:1.27-alpine\nEXPOSE 80\nHEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-q", "--spider", "http://localhost/"]\nUSER 101\nCMD ["nginx", "-g", "daemon off;"]\n',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    const final = model.finalStage;
    if (!final) return;
    let expose: Instruction | undefined;
    for (const stage of stageChain(final)) {
      for (const i of stage.instructions) {
        const keyword = model.keyword(i);
        if (keyword === 'HEALTHCHECK') return;
        if (keyword === 'EXPOSE' && i.getArguments().length > 0) expose ??= i;
      }
    }
    if (!expose) return;
    const written = expose.getArguments()[0].getValue().split('/')[0];
    const port = /^\d+$/.test(written) ? written : undefined;
    const suggestions = port ? [{ title: 'Insert a HEALTHCHECK that fetches the exposed port with wget', edits: [healthcheckEdit(model, final.instructions, port)] }] : undefined;
    report({ messageId: 'missing', range: final.from.getInstructionRange(), data: { port: written }, suggestions });
  },
);

function healthcheckEdit(model: DockerfileModel, instructions: Instruction[], port: string) {
  const url = port === '80' ? 'http://localhost/' : `http://localhost:${port}/`;
  const text = `HEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-q", "--spider", "${url}"]`;
  const before = instructions.find((i) => ['CMD', 'ENTRYPOINT'].includes(model.keyword(i)));
  return before ? insertLineBefore(model, before.getRange().start.line, text) : appendLine(model, text);
}

function appendLine(model: DockerfileModel, text: string) {
  const last = model.lines.lineCount - 1;
  const at = { line: last, character: model.lines.lineLength(last) };
  const lead = model.lines.lineLength(last) > 0 ? model.lines.eol : '';
  return { range: { start: at, end: at }, newText: `${lead}${text}${model.lines.eol}` };
}
