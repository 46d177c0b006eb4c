import * as vscode from 'vscode';
import type { Preflight } from '../../core/course/checkpoints/engine';
import { daemonView, type DaemonInput, type DaemonProbe, type DaemonView } from '../../core/course/daemonStatus';
import { probeEngine, type DockerSession } from '../../docker/client';
import { openSession } from './ports';

/** How often the item asks the engine again while the window has focus. */
export const REFRESH_MS = 30_000;

export const SHOW_DAEMON_COMMAND = 'dockerCourse.showDaemonStatus';

/**
 * The status bar item with the Docker engine's state and endpoint. It asks the engine on activation,
 * every 30 s while the window has focus (not while it sits in the background), when the endpoint setting
 * or workspace trust changes, and whenever a check runs (which probes anyway).
 */
export class DaemonStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private state: DaemonInput;
  private lastProbeAt = 0;
  private inflight: Promise<DaemonInput> | undefined;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.item = vscode.window.createStatusBarItem('dockerCourse.daemon', vscode.StatusBarAlignment.Left, -100);
    this.item.name = 'Docker Course: Docker engine';
    this.item.command = SHOW_DAEMON_COMMAND;
    const session = openSession();
    this.state = { probe: 'checking', endpoint: session.resolved.endpoint.url, source: session.resolved.source, trusted: vscode.workspace.isTrusted };
    this.render();
    this.item.show();
    const timer = setInterval(() => {
      if (vscode.window.state.focused && Date.now() - this.lastProbeAt >= REFRESH_MS - 1000) void this.refresh();
    }, REFRESH_MS);
    this.disposables.push(
      this.item,
      { dispose: () => clearInterval(timer) },
      vscode.window.onDidChangeWindowState((s) => {
        if (s.focused && Date.now() - this.lastProbeAt >= REFRESH_MS) void this.refresh();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dockerCourse.docker.host')) void this.refresh();
      }),
    );
    void this.refresh();
  }

  get view(): DaemonView {
    return daemonView(this.state);
  }

  get input(): DaemonInput {
    return this.state;
  }

  /** Asks the engine now (one probe at a time; callers during a probe share its answer). */
  refresh(): Promise<DaemonInput> {
    this.inflight ??= this.probe().finally(() => (this.inflight = undefined));
    return this.inflight;
  }

  private async probe(): Promise<DaemonInput> {
    const session = openSession();
    const base = { endpoint: session.resolved.endpoint.url, source: session.resolved.source, trusted: vscode.workspace.isTrusted };
    if (!base.trusted) {
      // In a folder the learner has not trusted, the course does not talk to the engine at all.
      this.set({ ...base, probe: 'checking' });
      return this.state;
    }
    if (this.state.probe !== 'checking' && this.state.endpoint !== base.endpoint) this.set({ ...base, probe: 'checking' });
    const probe = await probeEngine(session);
    this.record(session, probe);
    return this.state;
  }

  /** Takes the result of a check's preflight, so the item never disagrees with the check that just ran. */
  fromPreflight(session: DockerSession, pf: Preflight): void {
    // A cancelled check says nothing about the engine.
    if (pf.state === 'unreachable' && pf.failure.kind === 'cancelled') return;
    this.record(
      session,
      pf.state === 'ok' ? { state: 'ok', version: pf.version.Version, apiVersion: pf.version.ApiVersion, os: pf.version.Os, arch: pf.version.Arch } : { state: 'unreachable', failure: pf.failure },
    );
  }

  private record(session: DockerSession, probe: DaemonProbe): void {
    this.lastProbeAt = Date.now();
    const previous = this.state.probe;
    this.set({ probe, endpoint: session.resolved.endpoint.url, source: session.resolved.source, trusted: vscode.workspace.isTrusted });
    const changed = previous === 'checking' || previous.state !== probe.state;
    if (changed) {
      if (probe.state === 'ok') this.log.info(`Docker engine ${probe.version} (API ${probe.apiVersion}) at ${session.describe}.`);
      else this.log.warn(`Docker engine unreachable at ${session.describe}: ${probe.failure.kind}: ${probe.failure.message}${probe.failure.detail ? ` [${probe.failure.detail}]` : ''}`);
    }
  }

  private set(s: DaemonInput): void {
    this.state = s;
    this.render();
  }

  private render(): void {
    const v = daemonView(this.state);
    this.item.text = `$(${v.icon}) ${v.text}`;
    this.item.tooltip = v.tooltip;
    this.item.backgroundColor = v.tone === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : v.tone === 'warning' || v.tone === 'off' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = { label: v.text.replace(/^Docker:/, 'Docker engine:') };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
