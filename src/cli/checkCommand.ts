import * as os from 'node:os';
import * as path from 'node:path';
import { preflight, runCheckpoints } from '../core/course/checkpoints/engine';
import { resolveTargets } from '../core/course/checkpoints/index';
import type { CheckResult, ConditionStatus, Ports, RunInput } from '../core/course/checkpoints/types';
import { TOOLBOX_IMAGE } from '../core/course/images';
import { DockerSession, DEFAULT_TIMEOUT_MS, resolveLocalEndpoint } from '../docker/client';
import { EngineDockerPort } from '../docker/dockerPort';
import { FsWorkspace, NodeHttp, systemClock } from '../docker/host';
import { REGISTRY_PROBE_REF } from '../core/course/checkpoints/env/ENV-02-online-or-offline';
import { UsageError } from './files';

export interface CheckOptions {
  targets: string[];
  json: boolean;
  input: RunInput;
  workspace: string;
  host?: string;
  timeoutMs: number;
}

/** key=value pairs for --answer, --name and --param. */
function pair(flag: string, v: string): [string, string] {
  const i = v.indexOf('=');
  if (i <= 0) throw new UsageError(`${flag} takes KEY=VALUE (got "${v}").`);
  return [v.slice(0, i), v.slice(i + 1)];
}

function parseSince(v: string, now: number): number {
  if (/^\d+(\.\d+)?[mh]$/.test(v)) return now - Number(v.slice(0, -1)) * (v.endsWith('h') ? 3_600_000 : 60_000);
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new UsageError(`--since takes a time (2026-05-01T10:00:00Z) or a duration (30m, 2h); got "${v}".`);
  return t;
}

export function parseCheckArgs(args: string[], cwd: string): CheckOptions {
  const o: CheckOptions = { targets: [], json: false, input: {}, workspace: cwd, timeoutMs: DEFAULT_TIMEOUT_MS };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value.`);
      return v;
    };
    const flag = a.replace(/=.*$/, '');
    if (a === '--json') o.json = true;
    else if (flag === '--answer') {
      const [k, v] = pair('--answer', value('--answer'));
      (o.input.answers ??= {})[k] = v;
    }
    else if (flag === '--name') {
      const [k, v] = pair('--name', value('--name'));
      (o.input.names ??= {})[k] = v;
    } else if (flag === '--param') {
      const [k, v] = pair('--param', value('--param'));
      (o.input.params ??= {})[k] = v;
    } else if (flag === '--since') o.input.lessonStartMs = parseSince(value('--since'), Date.now());
    else if (flag === '--workspace') o.workspace = path.resolve(cwd, value('--workspace'));
    else if (flag === '--host') o.host = value('--host');
    else if (flag === '--timeout') {
      const v = value('--timeout');
      if (!/^\d+$/.test(v)) throw new UsageError(`--timeout takes milliseconds (got "${v}").`);
      o.timeoutMs = Number(v);
    } else if (a.startsWith('-')) throw new UsageError(`Unknown option ${a}. Run \`docker-course help\` for the options.`);
    else o.targets.push(a);
  }
  if (o.targets.length === 0) throw new UsageError('check needs a lesson (c03-l2) or a checkpoint (RUN-03).');
  return o;
}

const MARK: Record<ConditionStatus, string> = { passed: 'PASS', failed: 'FAIL', blocked: 'BLOCKED', 'not-checkable': 'N/A' };

export function formatResults(results: readonly CheckResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`${r.checkpointId} (${r.lessonId}) ${r.title}: ${r.status}`);
    const reasons = new Set(r.conditions.map((c) => (c.status === 'blocked' ? c.actual : '')));
    if (r.conditions.length > 1 && reasons.size === 1 && !reasons.has('')) {
      // One reason blocked everything (usually an unreachable daemon): say it once, not once per condition.
      out.push(`  ${MARK.blocked.padEnd(7)} all ${r.conditions.length} conditions — ${[...reasons][0]}`);
      continue;
    }
    for (const c of r.conditions) {
      let line = `  ${MARK[c.status].padEnd(7)} ${c.id} — expected: ${c.expected}; actual: ${c.status === 'not-checkable' ? c.why ?? '' : c.actual}`;
      if (c.status === 'failed' && c.hints) line += `; hint: ${c.hints[0]}`;
      out.push(line);
    }
    if (r.facts) out.push(`  facts: ${Object.entries(r.facts).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  }
  return out.join('\n');
}

function ports(o: { host?: string; timeoutMs: number; workspace: string }) {
  const resolved = resolveLocalEndpoint(o.host ? { host: o.host } : undefined);
  const session = new DockerSession(resolved, o.timeoutMs);
  const p: Ports = {
    docker: new EngineDockerPort(session),
    workspace: new FsWorkspace(o.workspace),
    http: new NodeHttp(),
    clock: systemClock,
    host: { platform: process.platform, uid: typeof process.getuid === 'function' ? process.getuid() : undefined },
    probeImage: TOOLBOX_IMAGE,
  };
  return { session, resolved, ports: p };
}

/** Exit codes: 0 every condition passed; 1 something failed or could not be checked; 2 bad usage; 3 Docker unreachable. */
export async function runCheck(o: CheckOptions, write: (s: string) => void, warn: (s: string) => void): Promise<number> {
  const { checkpoints, unknown } = resolveTargets(o.targets);
  if (unknown.length) throw new UsageError(`No lesson or checkpoint named ${unknown.map((u) => `"${u}"`).join(', ')}. Lessons look like c03-l2, checkpoints like RUN-03.`);
  const { ports: p, resolved } = ports(o);
  for (const problem of resolved.problems) warn(`docker-course: ${problem}`);
  const pf = checkpoints.some((c) => c.needsDocker) ? await preflight(p) : undefined;
  const results = await runCheckpoints(checkpoints, { ports: p, input: o.input, preflight: pf });
  if (o.json) write(JSON.stringify({ endpoint: resolved.endpoint.url, endpointSource: resolved.source, results }, null, 2));
  else {
    if (pf?.state === 'unreachable') warn(`docker-course: could not reach Docker, so nothing was checked. ${pf.failure.message}`);
    write(formatResults(results));
  }
  const all = results.flatMap((r) => r.conditions);
  if (all.length > 0 && all.every((c) => c.status === 'passed')) return 0;
  if (pf?.state === 'unreachable' || all.some((c) => c.status === 'blocked')) return 3;
  return 1;
}

export interface DoctorReport {
  endpoint: string;
  source: string;
  problems: string[];
  host: { platform: string; arch: string; release: string };
  engine: { state: 'ok'; version: string; apiVersion: string; os: string; arch: string; operatingSystem?: string } | { state: 'unreachable'; kind: string; message: string };
  images?: { state: 'online' | 'offline'; detail: string };
  toolbox?: boolean;
}

export async function runDoctor(args: string[], write: (s: string) => void): Promise<number> {
  let json = false;
  let host: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--json') json = true;
    else if (args[i] === '--host') host = args[++i];
    else if (args[i].startsWith('--host=')) host = args[i].slice(7);
    else throw new UsageError(`Unknown option ${args[i]} for doctor (it takes --json and --host).`);
  }
  const { ports: p, resolved } = ports({ host, timeoutMs: DEFAULT_TIMEOUT_MS, workspace: process.cwd() });
  const report: DoctorReport = {
    endpoint: resolved.endpoint.url,
    source: resolved.source,
    problems: resolved.problems,
    host: { platform: process.platform, arch: process.arch, release: os.release() },
    engine: { state: 'unreachable', kind: 'unknown', message: '' },
  };
  const pf = await preflight(p);
  if (pf.state === 'ok') {
    let operatingSystem: string | undefined;
    try {
      operatingSystem = (await p.docker.info()).OperatingSystem;
    } catch {
      operatingSystem = undefined;
    }
    report.engine = { state: 'ok', version: pf.version.Version, apiVersion: pf.version.ApiVersion, os: pf.version.Os, arch: pf.version.Arch, operatingSystem };
    report.images = await p.docker.registryProbe(REGISTRY_PROBE_REF, 4000);
    report.toolbox = !!(await p.docker.inspectImage(TOOLBOX_IMAGE));
  } else report.engine = { state: 'unreachable', kind: pf.failure.kind, message: pf.failure.message };
  if (json) write(JSON.stringify(report, null, 2));
  else {
    const lines = [
      `Endpoint:  ${report.endpoint} (from ${report.source})`,
      ...report.problems.map((x) => `  note: ${x}`),
      `This host: ${report.host.platform}/${report.host.arch} ${report.host.release}`,
    ];
    if (report.engine.state === 'ok') {
      lines.push(`Engine:    Docker Engine ${report.engine.version}, API ${report.engine.apiVersion}, ${report.engine.os}/${report.engine.arch}${report.engine.operatingSystem ? ` (${report.engine.operatingSystem})` : ''}`);
      lines.push(`Images:    ${report.images!.state === 'online' ? 'online: images can be pulled' : 'offline: images cannot be pulled'} (${report.images!.detail})`);
      lines.push(`Toolbox:   ${report.toolbox ? `${TOOLBOX_IMAGE} is built` : `${TOOLBOX_IMAGE} is not built yet; run \`docker-course toolbox\``}`);
    } else lines.push(`Engine:    unreachable (${report.engine.kind}): ${report.engine.message}`);
    write(lines.join('\n'));
  }
  return report.engine.state === 'ok' ? 0 : 3;
}
