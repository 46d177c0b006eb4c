import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { Range } from '../../../text/text';
import { chainInstructions, copyArgs, stageChain } from '../context';
import { parseImageReference, sanitizeContinuations, type DockerfileModel, type ImageRef } from '../model';
import { parseShell } from '../shell';
import { runCommands, wordValue } from '../util';

type Tool = 'curl' | 'wget';
type Family = 'alpine' | 'busybox' | 'debian' | 'slim' | 'distroless' | 'scratch';

/** What each family of base images ships, as published: Alpine and BusyBox have BusyBox `wget`, Debian-style images neither tool. */
const HAS: Record<Family, ReadonlySet<Tool>> = {
  alpine: new Set(['wget']),
  busybox: new Set(['wget']),
  debian: new Set(),
  slim: new Set(),
  distroless: new Set(),
  scratch: new Set(),
};

/** Official images whose `-alpine` variants add no curl of their own. Others (nginx, php, …) may ship it, so they are not judged. */
const ALPINE_VARIANTS = new Set(['node', 'python', 'ruby', 'golang', 'alpine']);
const INSTALLERS = /^(apt-get|apt|apk|yum|dnf|microdnf|zypper|pacman)$/;

export const rule = defineRule<DockerfileModel, 'missingInAlpine' | 'missingInDebian' | 'noToolsAtAll'>(
  {
    id: 'DF55',
    name: 'healthcheck-tool-missing',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c11-l2'],
    sources: [],
    messages: {
      missingInAlpine:
        '`{base}` has no `{tool}` (it ships BusyBox `wget`), and no RUN of this image installs it, so this health check fails every time and the container ends up "unhealthy". Use `wget -q --spider http://localhost:<port>/` instead, or install it with `apk add --no-cache {tool}`.',
      missingInDebian:
        '`{base}` ships neither `curl` nor `wget`, and no RUN of this image installs `{tool}`, so this health check fails every time and the container ends up "unhealthy". Install it (`apt-get install -y --no-install-recommends {tool}`) or check with a runtime the image already has, e.g. `python -c` or `node -e`.',
      noToolsAtAll:
        '`{base}` has no shell and no tools such as `{tool}`, so this health check can never run and the container ends up "unhealthy". Copy a small static health-check program into the image and call it in exec form, e.g. `HEALTHCHECK CMD ["/healthcheck"]`.',
    },
    docs: {
      summary: 'A `HEALTHCHECK` only calls `curl` or `wget` when the image actually contains it.',
      rationale:
        'Docker runs the health check inside the container, with only what the image contains. `curl` is missing from Alpine and BusyBox (they have BusyBox `wget`), from `debian`, `ubuntu` and every `-slim` image (no `curl`, no `wget`), and distroless and `scratch` images have no shell and no tools at all. A check that calls a missing program fails with "not found" each time, so the container is reported unhealthy, and Compose services that wait for `service_healthy` never start, although the application works. The rule looks at the base image of the final stage (following `FROM <stage>`) and at every RUN of those stages that installs the tool with a package manager, or a COPY that brings the binary in. Images it does not know are not judged.',
      examples: {
        bad: 'FROM python:3.12-slim\nUSER 10001\nHEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1\nCMD ["python", "-m", "http.server", "8000"]\n',
        good: 'FROM python:3.12-slim\nUSER 10001\nHEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/\')"]\nCMD ["python", "-m", "http.server", "8000"]\n',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    const final = model.finalStage;
    if (!final) return;
    const instructions = chainInstructions(final);
    const healthcheck = [...instructions].reverse().find((i) => model.keyword(i) === 'HEALTHCHECK');
    if (!healthcheck) return;
    const base = stageChain(final)[0].image;
    const family = familyOf(base);
    if (!family) return;
    for (const use of toolUses(model, healthcheck)) {
      if (HAS[family].has(use.tool) || installs(model, instructions, use.tool)) continue;
      const messageId = family === 'alpine' || family === 'busybox' ? 'missingInAlpine' : family === 'distroless' || family === 'scratch' ? 'noToolsAtAll' : 'missingInDebian';
      report({ messageId, range: use.range, anchor: healthcheck.getRange(), data: { base: base.resolved ?? base.written, tool: use.tool } });
    }
  },
);

function familyOf(image: ImageRef): Family | undefined {
  if (image.isScratch) return 'scratch';
  if (image.resolved === undefined) return undefined;
  const ref = parseImageReference(image.resolved);
  const name = ref.name ?? '';
  const tag = (ref.tag ?? '').toLowerCase();
  if (ref.registry === 'gcr.io' && name.startsWith('distroless/')) return tag.includes('debug') ? 'busybox' : 'distroless';
  if (name === 'busybox') return 'busybox';
  if (name === 'alpine' || (ALPINE_VARIANTS.has(name) && /(^|-)alpine/.test(tag))) return 'alpine';
  if (/(^|-)alpine/.test(tag)) return undefined;
  if (name === 'debian' || name === 'ubuntu') return 'debian';
  if (/(^|-)slim(-|$)/.test(tag)) return 'slim';
  return undefined;
}

/** `curl`/`wget` as the command of the health check, in shell form, exec form or an exec-form `sh -c`. */
function toolUses(model: DockerfileModel, healthcheck: Instruction): { tool: Tool; range: Range }[] {
  const args = healthcheck.getArguments();
  const cmdIndex = args.findIndex((a) => a.getValue().toUpperCase() === 'CMD');
  if (cmdIndex < 0 || cmdIndex + 1 >= args.length) return [];
  const start = model.offset(args[cmdIndex + 1].getRange().start);
  const end = model.offset(healthcheck.getRange().end);
  const text = model.text.slice(start, end);
  const out: { tool: Tool; range: Range }[] = [];
  const add = (word: string, from: number, to: number) => {
    const tool = word.slice(word.lastIndexOf('/') + 1);
    if (tool === 'curl' || tool === 'wget') out.push({ tool, range: model.rangeOf(from, to) });
  };
  if (text.trimStart().startsWith('[')) {
    // Exec form: read the strings with their offsets; a `sh -c` body is parsed as shell.
    const strings = [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => ({ value: safeJson(m[0]), start: start + m.index! + 1, end: start + m.index! + m[0].length - 1, raw: m[1] }));
    if (strings.length === 0) return [];
    const first = strings[0];
    const firstName = first.value.slice(first.value.lastIndexOf('/') + 1);
    if (['sh', 'bash', 'ash', 'dash'].includes(firstName)) {
      const body = strings.find((s, i) => i > 0 && strings[i - 1].value.startsWith('-') && strings[i - 1].value.includes('c'));
      if (body && body.raw === body.value) for (const c of parseShell(body.value, body.start).commands) add(c.name, c.words[0].start, c.words[0].end);
      return out;
    }
    add(first.value, first.start, first.end);
    return out;
  }
  if (!model.usesPosixShell(healthcheck)) return [];
  for (const c of parseShell(sanitizeContinuations(text, model.escapeChar), start).commands) add(c.name, c.words[0].start, c.words[0].end);
  return out;
}

/** A package manager installs the tool in one of the stages, or a COPY brings its binary in. */
function installs(model: DockerfileModel, instructions: Instruction[], tool: Tool): boolean {
  const named = new RegExp(`^${tool}([=:<>@~].*)?$`);
  for (const { command } of runCommands(model, instructions)) {
    if (INSTALLERS.test(command.name) && command.args.some((w) => named.test(wordValue(w)))) return true;
    if (command.name === 'busybox' && command.args.some((w) => wordValue(w) === '--install') && tool === 'wget') return true;
  }
  return instructions.some((i) => {
    const c = copyArgs(model, i);
    return c !== undefined && [...c.sources, ...(c.dest ? [c.dest] : [])].some((p) => p.value.replace(/\/+$/, '').split('/').pop() === tool);
  });
}

function safeJson(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}
