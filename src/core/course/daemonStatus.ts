/**
 * What the status bar and the doctor say about the Docker engine: a short state ("20.10.24", "not
 * running", "not installed"…), a tooltip with the endpoint and where it came from, and which actions
 * fit (Retry, Show Log, Open Setup Lesson). Pure: the adapter probes, this decides the words.
 */
import type { DockerFailure } from './checkpoints/types';

export type DaemonProbe =
  | { state: 'ok'; version: string; apiVersion: string; os: string; arch: string }
  | { state: 'unreachable'; failure: DockerFailure };

export interface DaemonInput {
  probe: DaemonProbe | 'checking';
  /** `unix:///var/run/docker.sock` */
  endpoint: string;
  /** `platform default (system socket)`, `DOCKER_HOST`, `setting dockerCourse.docker.host`… */
  source: string;
  trusted: boolean;
}

export type DaemonTone = 'ok' | 'checking' | 'warning' | 'error' | 'off';
export type DaemonAction = 'retry' | 'showLog' | 'openSetupLesson' | 'manageTrust';

export interface DaemonView {
  text: string;
  /** A codicon name for the adapter. */
  icon: string;
  tooltip: string;
  tone: DaemonTone;
  actions: DaemonAction[];
}

/** The setup lesson that installs Docker and fixes socket permissions. */
export const SETUP_LESSON = 'c00-l1';

/** A few words for an unreachable engine, telling "not running" from "not installed". */
export function unreachableState(f: DockerFailure): string {
  switch (f.kind) {
    case 'no-socket':
    case 'refused':
      return f.installation === 'not-installed' ? 'not installed' : f.installation === 'not-running' ? 'not running' : f.kind === 'no-socket' ? 'not running or not installed' : 'unreachable';
    case 'permission':
      return 'permission denied';
    case 'timeout':
      return 'not answering';
    case 'api-too-old':
      return 'too old';
    case 'tls':
      return 'TLS problem';
    case 'api':
      return 'refused the request';
    case 'cancelled':
      return 'check cancelled';
    default:
      return 'unreachable';
  }
}

/** Actions offered for an unreachable engine: the setup lesson only when installing or permissions are the fix. */
export function actionsFor(f: DockerFailure): DaemonAction[] {
  const setup = f.kind === 'no-socket' || f.kind === 'permission' || f.kind === 'api-too-old' || (f.kind === 'refused' && f.installation !== 'unknown');
  return setup ? ['retry', 'showLog', 'openSetupLesson'] : ['retry', 'showLog'];
}

export function daemonView(i: DaemonInput): DaemonView {
  const where = `${i.endpoint} (from ${i.source})`;
  if (!i.trusted) {
    return {
      text: 'Docker: checks off (untrusted folder)',
      icon: 'workspace-untrusted',
      tooltip: `Docker Course runs no checks against your Docker engine in a folder you have not trusted; linting still works. Trust the folder to turn checks on. Engine endpoint: ${where}.`,
      tone: 'off',
      actions: ['manageTrust'],
    };
  }
  if (i.probe === 'checking') return { text: 'Docker: checking…', icon: 'sync~spin', tooltip: `Asking the Docker engine at ${where}…`, tone: 'checking', actions: [] };
  if (i.probe.state === 'ok') {
    const p = i.probe;
    return {
      text: `Docker: ${p.version} (${i.endpoint})`,
      icon: 'vm-running',
      tooltip: `Docker Engine ${p.version}, API ${p.apiVersion}, ${p.os}/${p.arch}\nEndpoint: ${where}\nClick to check the engine again.`,
      tone: 'ok',
      actions: ['showLog'],
    };
  }
  const f = i.probe.failure;
  const state = unreachableState(f);
  return {
    text: `Docker: ${state}`,
    icon: f.kind === 'permission' ? 'lock' : 'vm-outline',
    tooltip: `${f.message}\nEndpoint: ${where}\nClick to check again.`,
    tone: f.kind === 'timeout' || f.kind === 'cancelled' ? 'warning' : 'error',
    actions: actionsFor(f),
  };
}

/** The doctor's one-paragraph report (the log gets the details). */
export function doctorMessage(i: DaemonInput, extra: { mode?: string; toolbox?: boolean } = {}): string {
  if (i.probe === 'checking') return 'Still asking the Docker engine…';
  if (!i.trusted) return daemonView(i).tooltip;
  if (i.probe.state === 'ok') {
    const p = i.probe;
    const parts = [`Docker Engine ${p.version} (API ${p.apiVersion}, ${p.os}/${p.arch}) answers at ${i.endpoint}, found through ${i.source}.`];
    if (extra.mode) parts.push(`Course mode: ${extra.mode}.`);
    if (extra.toolbox !== undefined) parts.push(extra.toolbox ? 'The course toolbox image is built.' : 'The course toolbox image is not built yet (Docker Course: Build Course Toolbox); offline labs and some checks need it.');
    return parts.join(' ');
  }
  return i.probe.failure.message;
}
