/// <reference lib="dom" />
/**
 * Runs the integration suite inside a real VS Code extension host and prints `N passed, N failed`.
 * Here: code-server + headless Chromium (installed by test/integration/setup-runtime.sh).
 * Where VS Code can be downloaded instead, @vscode/test-electron runs the same suite (DOCKER_COURSE_VSCODE=electron).
 * Screenshots go to $DOCKER_COURSE_SCREENSHOTS (default .test-output/screenshots).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import { blankReason } from './png';
import { installVsix, launchBrowser, runtimeInstalled, startCodeServer, workbenchUrl, type StartOptions } from './harness';

const ROOT = path.resolve(__dirname, '../../..');
const SUITE = path.join(ROOT, 'out/test/integration/suite/index.js');
const SMOKE_HOST = path.join(ROOT, 'test/integration/smoke-host');
const NOISE = /InstantiationService has been disposed|ENOTFOUND|ERR_NAME_NOT_RESOLVED|queryGalleryExtensions|authentication provider|AccountPolicyGate|AgentHost|Creating a socket|Resolv(ing|ed) connection token|Service Worker|builtin extensions cache|reconnection-grace-time/;

export interface SuiteResult {
  passes: number;
  failures: number;
  pending: number;
}

function prepareWorkspace(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `docker-course-ws-${name}-`));
  fs.cpSync(path.join(ROOT, 'test/integration/workspace'), dir, { recursive: true });
  return dir;
}

async function runInCodeServer(label: string, opts: { grep?: string; devPath: string; start?: Partial<StartOptions>; shotsDir: string }): Promise<SuiteResult> {
  const workspace = prepareWorkspace(label);
  const sync = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-course-sync-'));
  const resultFile = path.join(sync, 'result.json');
  const server = await startCodeServer({
    workspace,
    ...opts.start,
    env: { DOCKER_COURSE_RESULT_FILE: resultFile, DOCKER_COURSE_SYNC_DIR: sync, DOCKER_COURSE_GREP: opts.grep ?? '', DOCKER_COURSE_WORKSPACE: workspace, ...opts.start?.env },
  });
  const browser = await launchBrowser();
  const t0 = Date.now();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    let resolveDone!: (code: number | 'timeout') => void;
    const done = new Promise<number | 'timeout'>((r) => (resolveDone = r));
    let shots = Promise.resolve();
    await page.exposeFunction('codeAutomationExit', (code: number) => resolveDone(code));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      const m = /@@SCREENSHOT ([\w-]+) ?(.*)$/.exec(text);
      if (m) {
        shots = shots.then(() => takeScreenshot(page, m[1], m[2], opts.shotsDir, sync));
        return;
      }
      if (process.env.HARNESS_VERBOSE || !NOISE.test(text)) (type === 'error' ? console.error : console.log)(text);
    });
    page.on('pageerror', (e) => console.error(`[workbench page error] ${e}`));
    const remote = (p: string) => `vscode-remote://${server.authority}${p}`;
    await page.goto(workbenchUrl(server, workspace, [['extensionDevelopmentPath', remote(opts.devPath)], ['extensionTestsPath', remote(SUITE)], ['skipWelcome', 'true']]));
    const timeoutMs = Number(process.env.TEST_TIMEOUT_MS || 240000);
    const code = await Promise.race([done, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), timeoutMs))]);
    await shots;
    if (code === 'timeout') {
      await page.screenshot({ path: path.join(opts.shotsDir, `${label}-timeout.png`) }).catch(() => undefined);
      console.error(`${label}: the extension tests did not finish within ${timeoutMs} ms`);
    }
    if (!fs.existsSync(resultFile)) {
      console.error(`${label}: the test runner in the extension host wrote no result (exit ${code}); code-server log:\n${server.log().slice(-3000)}`);
      return { passes: 0, failures: 1, pending: 0 };
    }
    const r = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as SuiteResult;
    console.log(`${label}: ${r.passes} passed, ${r.failures} failed, ${r.pending} skipped in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return r;
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(sync, { recursive: true, force: true });
  }
}

async function takeScreenshot(page: import('playwright-core').Page, name: string, waitFor: string, dir: string, sync: string): Promise<void> {
  let problem: string | undefined;
  try {
    if (waitFor && !(await waitForText(page, waitFor, 20000))) problem = `"${waitFor}" never appeared on screen`;
    await page.waitForTimeout(600);
    await page.mouse.move(0, 0);
    const file = path.join(dir, `${name}.png`);
    const png = await page.screenshot({ path: file });
    problem ??= blankReason(png);
    const errorToast = await page.locator('.notification-toast .codicon-error, .notifications-list-container .codicon-error').count();
    if (!problem && errorToast > 0) problem = 'an error notification is showing';
    console.log(`screenshot ${file}${problem ? ` — PROBLEM: ${problem}` : ''}`);
  } catch (e) {
    problem = `could not take the screenshot: ${e instanceof Error ? e.message : String(e)}`;
  }
  fs.writeFileSync(path.join(sync, `${name}.${problem ? 'fail' : 'done'}`), problem ?? '');
}

async function waitForText(page: import('playwright-core').Page, text: string, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    for (const frame of page.frames()) {
      const found = await frame.evaluate((t) => !!document.body && document.body.innerText.includes(t), text).catch(() => false);
      if (found) return true;
    }
    await page.waitForTimeout(250);
  }
  return false;
}

async function main(): Promise<number> {
  if (!runtimeInstalled()) {
    console.log('integration: no VS Code runtime (run test/integration/setup-runtime.sh, or set VSCODE_RUNTIME_DIR); skipped');
    console.log('0 passed, 0 failed, 1 skipped');
    return 0;
  }
  const shotsDir = path.resolve(process.env.DOCKER_COURSE_SCREENSHOTS || path.join(ROOT, '.test-output/screenshots'));
  fs.mkdirSync(shotsDir, { recursive: true });
  const total: SuiteResult = { passes: 0, failures: 0, pending: 0 };
  const add = (r: SuiteResult) => {
    total.passes += r.passes;
    total.failures += r.failures;
    total.pending += r.pending;
  };
  const t0 = Date.now();
  add(await runInCodeServer('main', { devPath: ROOT, shotsDir, grep: '^(?!.*(untrusted|installed vsix))' }));
  add(await runInCodeServer('untrusted', { devPath: ROOT, shotsDir, grep: 'untrusted', start: { workspaceTrust: true } }));
  const vsix = path.join(ROOT, 'docker-course.vsix');
  if (fs.existsSync(vsix)) {
    const extDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-course-ext-'));
    try {
      installVsix(vsix, extDir);
      add(await runInCodeServer('vsix', { devPath: SMOKE_HOST, shotsDir, grep: 'installed vsix', start: { extraArgs: ['--extensions-dir', extDir], env: { DOCKER_COURSE_FROM_VSIX: '1' } } }));
    } finally {
      fs.rmSync(extDir, { recursive: true, force: true });
    }
  } else {
    console.error('integration: docker-course.vsix is missing (npm run package makes it); the installed-package smoke test cannot run');
    total.failures++;
  }
  console.log(`integration suite took ${((Date.now() - t0) / 1000).toFixed(0)} s; screenshots in ${shotsDir}`);
  console.log(`${total.passes} passed, ${total.failures} failed, ${total.pending} skipped`);
  return total.failures > 0 || total.passes === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
