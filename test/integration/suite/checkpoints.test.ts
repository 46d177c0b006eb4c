import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activate, EXTENSION_ID, screenshot } from './helpers';

/** The shape activate() returns (src/extension.ts). */
interface Api {
  contextKeys(): Record<string, boolean>;
  progress(): { lessons: Record<string, { startedAt?: string; passedAt?: string; checks: number; conditions: Record<string, { failures: number }> }> };
  daemonStatusText(): string;
  recordedLessons(): string[];
}

interface CheckLessonResult {
  lessonId: string;
  refused?: string;
  verdict?: { kind: string; first?: { checkpointId: string; result: { id: string; expected: string; actual: string } } };
  results: { checkpointId: string; status: string; facts?: Record<string, string>; conditions: { id: string; status: string; expected: string; actual: string }[] }[];
  lessonPassed: boolean;
  newlyPassed: boolean;
}

const RUN = randomBytes(3).toString('hex');
/** Every object this suite creates carries it; cleanup selects by it (and the lesson label) only. */
const ITEST_LABEL = `docker-course.itest=${RUN}`;
const IMAGE = `nginx:itest-${RUN}`;

function docker(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('docker', args, { timeout: 120_000 }, (err, stdout, stderr) => (err ? reject(new Error(`docker ${args.join(' ')}: ${stderr || err.message}`)) : resolve(stdout.trim())));
  });
}

async function api(): Promise<Api> {
  return (await activate()).exports as Api;
}

async function check(lessonId: string): Promise<CheckLessonResult> {
  const r = await vscode.commands.executeCommand<CheckLessonResult | undefined>('dockerCourse.checkLesson', lessonId);
  assert.ok(r, `Check Lesson ${lessonId} returned nothing`);
  return r;
}

const conditionsOf = (r: CheckLessonResult) => Object.fromEntries(r.results.flatMap((x) => x.conditions.map((c) => [`${x.checkpointId}/${c.id}`, c.status])));

async function setObjectNames(names: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('dockerCourse.course').update('objectNames', names, vscode.ConfigurationTarget.Global);
}

describe('checkpoints against the real engine', function () {
  this.timeout(120_000);

  before(async function () {
    await api();
    try {
      await docker('version', '--format', '{{.Server.APIVersion}}');
    } catch (e) {
      if (process.env.DOCKER_COURSE_REQUIRE_DAEMON === '1') throw e;
      this.skip();
    }
    // A tiny web server image under a unique nginx tag: RUN-03 accepts a tagged nginx, and a unique tag
    // cannot collide with other work on this shared engine.
    const ctx = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-course-itest-'));
    fs.copyFileSync('/bin/busybox', path.join(ctx, 'busybox'));
    fs.writeFileSync(
      path.join(ctx, 'Dockerfile'),
      [
        'FROM scratch',
        'COPY busybox /bin/busybox',
        'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
        'RUN mkdir -p /www && echo "<h1>docker-course itest</h1>" > /www/index.html',
        'CMD ["httpd", "-f", "-p", "8080", "-h", "/www"]',
        '',
      ].join('\n'),
    );
    await docker('build', '-q', '--label', 'docker-course.itest-image=' + RUN, '-t', IMAGE, ctx);
    fs.rmSync(ctx, { recursive: true, force: true });
  });

  after(async () => {
    await setObjectNames(undefined);
    const ids = (await docker('ps', '-aq', '--filter', `label=${ITEST_LABEL}`).catch(() => '')).split('\n').filter(Boolean);
    if (ids.length) await docker('rm', '-f', ...ids).catch(() => undefined);
    await docker('rmi', '-f', IMAGE).catch(() => undefined);
  });

  it('Check Lesson passes c00-l1 on the real engine, records the pass and sets its walkthrough context key', async () => {
    const a = await api();
    const r = await check('c00-l1');
    assert.equal(r.refused, undefined);
    assert.deepEqual(conditionsOf(r), { 'ENV-01/daemon-answers': 'passed', 'ENV-01/api-version': 'passed', 'ENV-01/server-version': 'passed', 'ENV-03/socket-as-user': 'passed' });
    assert.equal(r.verdict?.kind, 'passed');
    assert.equal(r.lessonPassed, true);
    assert.ok(a.progress().lessons['c00-l1'].passedAt, 'the progress store records the pass');
    assert.equal(a.contextKeys()['dockerCourse.pass.c00-l1'], true);
  });

  it('the status bar shows the engine version and endpoint', async () => {
    const a = await api();
    const r = await vscode.commands.executeCommand<{ text: string; message: string }>('dockerCourse.showDaemonStatus');
    const version = await docker('version', '--format', '{{.Server.Version}}');
    assert.equal(r.text, `Docker: ${version} (unix:///var/run/docker.sock)`);
    assert.equal(a.daemonStatusText(), r.text);
    assert.ok(r.message.startsWith(`Docker Engine ${version} (API 1.`), r.message);
    await screenshot('status-bar', `Docker: ${version}`);
  });

  it('a broken lab fails condition by condition with expected and actual, and the hint climbs with each failed check', async () => {
    const name = `web-broken-${RUN}`;
    await docker('run', '-d', '--name', name, '--label', 'docker-course.lesson=c03-l2', '--label', ITEST_LABEL, '-p', '127.0.0.1::8080', IMAGE);
    await setObjectNames({ web: name });
    const first = await check('c03-l2');
    assert.deepEqual(conditionsOf(first), {
      'RUN-03/web-exists': 'passed',
      'RUN-03/running': 'passed',
      'RUN-03/image': 'passed',
      'RUN-03/published': 'passed',
      'RUN-03/restart-policy': 'failed',
      'RUN-03/env': 'failed',
      'RUN-03/http': 'passed',
    });
    assert.equal(first.verdict?.kind, 'failed');
    const restart = first.results[0].conditions.find((c) => c.id === 'restart-policy')!;
    assert.equal(restart.expected, 'RestartPolicy `unless-stopped`');
    assert.equal(restart.actual, '`no`');
    assert.equal(first.lessonPassed, false);

    await check('c03-l2');
    const a = await api();
    assert.equal(a.progress().lessons['c03-l2'].conditions['RUN-03/restart-policy'].failures, 2);
    const hint = await vscode.commands.executeCommand<{ kind: string; level: number; condition: { key: string }; rungs: string[] }>('dockerCourse.showHint', 'c03-l2');
    assert.equal(hint.kind, 'hint');
    assert.equal(hint.condition.key, 'RUN-03/restart-policy');
    assert.equal(hint.level, 2);
    assert.match(hint.rungs[1], /--restart unless-stopped/);
    assert.notEqual(a.contextKeys()['dockerCourse.pass.c03-l2'], true);

    await vscode.commands.executeCommand('workbench.view.testing.focus');
    await vscode.commands.executeCommand('testing.showMostRecentOutput');
    await screenshot('testing-results', 'unless-stopped');
  });

  it('the solved lab passes, and the lesson pass sets its context key', async () => {
    const name = `web-ok-${RUN}`;
    await docker('run', '-d', '--name', name, '--label', 'docker-course.lesson=c03-l2', '--label', ITEST_LABEL, '-p', '127.0.0.1::8080', '-e', 'APP_ENV=dev', '--restart', 'unless-stopped', IMAGE);
    await setObjectNames({ web: name });
    const r = await check('c03-l2');
    assert.deepEqual(Object.values(conditionsOf(r)), Array(7).fill('passed'));
    assert.equal(r.newlyPassed, true);
    assert.equal((await api()).contextKeys()['dockerCourse.pass.c03-l2'], true);

    const progress = await vscode.commands.executeCommand<{ lessons: Record<string, { passedAt?: string }> }>('dockerCourse.showProgress');
    assert.ok(progress.lessons['c03-l2'].passedAt && progress.lessons['c00-l1'].passedAt);
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await screenshot('progress', 'lessons passed.', async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.commands.executeCommand('dockerCourse.showProgress');
    });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the online/offline result of ENV-02 becomes the course mode that Run Step reads', async () => {
    const r = await check('c00-l2');
    const mode = r.results.find((x) => x.checkpointId === 'ENV-02')?.facts?.mode;
    assert.ok(mode === 'online' || mode === 'offline', `ENV-02 recorded no mode: ${JSON.stringify(r.results)}`);
    const s = await vscode.commands.executeCommand<{ message: string }>('dockerCourse.showDaemonStatus');
    assert.match(s.message, new RegExp(`Course mode: ${mode}\\.`));
  });

  it('Open Lab starts a lesson: its start is recorded and its engine events are kept from then on', async () => {
    const a = await api();
    await vscode.commands.executeCommand('dockerCourse.openLab', 'c00-l3');
    assert.ok(a.progress().lessons['c00-l3'].startedAt);
    assert.ok(a.recordedLessons().includes('c00-l3'), a.recordedLessons().join(', '));
    assert.ok(!a.recordedLessons().includes('c00-l1'), 'a passed lesson needs no events');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('an engine that is not there fails the setup lesson with the reason, and the status bar says so', async () => {
    const config = vscode.workspace.getConfiguration('dockerCourse.docker');
    await config.update('host', `unix:///tmp/docker-course-itest-${RUN}.sock`, vscode.ConfigurationTarget.Global);
    try {
      const r = await check('c00-l1');
      const answers = r.results[0].conditions.find((c) => c.id === 'daemon-answers')!;
      assert.equal(answers.status, 'failed');
      assert.equal(answers.expected, 'a reply to GET /_ping');
      assert.match(answers.actual, /no Docker socket at unix:\/\/\/tmp\/docker-course-itest-\w+\.sock/);
      // The failure's location is the lesson page's "What the check verifies": the peek shows the diff there.
      await vscode.commands.executeCommand('workbench.view.testing.focus');
      await vscode.commands.executeCommand('workbench.action.closePanel');
      await vscode.commands.executeCommand('testing.openOutputPeek');
      await screenshot('testing-failure', 'a reply to GET /_ping');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const s = await vscode.commands.executeCommand<{ text: string }>('dockerCourse.showDaemonStatus');
      assert.equal(s.text, 'Docker: not running or not installed');
    } finally {
      await config.update('host', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

describe('walkthroughs', () => {
  // One screenshot per chapter walkthrough the extension contributes, opened at its first step.
  const root = path.resolve(__dirname, '../../../..');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { walkthroughs: { id: string; steps: { id: string; media: { markdown: string } }[] }[] } };
  for (const w of pkg.contributes.walkthroughs) {
    const step = w.steps[0];
    const page = fs.readFileSync(path.join(root, step.media.markdown), 'utf8');
    // A heading from the page body: it shows only once the step's markdown has rendered.
    const heading = (/^## (.+)$/m.exec(page)?.[1] ?? '').replace(/[`*_]/g, '');
    it(`opens the ${w.id} walkthrough at ${step.id}`, async () => {
      await activate();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.commands.executeCommand('workbench.action.closePanel');
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', { category: `${EXTENSION_ID}#${w.id}`, step: step.id }, false);
      await screenshot(`walkthrough-${w.id}`, heading, async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.commands.executeCommand('workbench.action.openWalkthrough', { category: `${EXTENSION_ID}#${w.id}`, step: step.id }, false);
      });
    });
  }
});

describe('checkpoints in an untrusted folder', () => {
  it('untrusted: Check Lesson and Reset Lesson refuse, nothing is recorded, the status bar says checks are off', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const a = await api();
    const r = await vscode.commands.executeCommand<CheckLessonResult>('dockerCourse.checkLesson', 'c00-l1');
    assert.match(r.refused ?? '', /not trusted/);
    assert.deepEqual(r.results, []);
    const reset = await vscode.commands.executeCommand<{ refused?: string }>('dockerCourse.resetLesson', 'c00-l1');
    assert.match(reset.refused ?? '', /not trusted/);
    assert.equal(a.progress().lessons['c00-l1'], undefined);
    assert.equal(a.daemonStatusText(), 'Docker: checks off (untrusted folder)');
  });
});
