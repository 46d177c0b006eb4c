import * as vscode from 'vscode';
import { conditionOutcome, failuresOf, transcript } from '../../core/course/checkOutcome';
import { preflight, runCheckpoints, type Preflight } from '../../core/course/checkpoints/engine';
import type { CheckResult, Checkpoint, Question, RunInput } from '../../core/course/checkpoints/types';
import { PROBED_MODE_KEY } from '../../core/course/mode';
import { byLesson, checkSectionLine, courseTestTree, targetsFor, type TestNode } from '../../core/course/testTree';
import { objectNamesSetting } from '../config';
import { currentMode, extensionFile, type CourseContext } from '../course/common';
import type { ProgressChange } from '../progress';
import { lessonPorts, openSession } from './ports';
import type { EventRecorder } from './eventRecorder';
import type { DaemonStatusBar } from './statusBar';
import { UNTRUSTED_MESSAGE } from './trust';

export interface LessonRun {
  lessonId: string;
  results: CheckResult[];
  change?: ProgressChange;
}

export interface RunOutcome {
  /** Set when nothing ran, with the reason (an untrusted folder). */
  refused?: string;
  lessons: LessonRun[];
  preflight?: Preflight;
}

/**
 * The "Docker Course" test controller: chapters, lessons, checkpoints and conditions from the catalogue
 * and the checkpoint registry. Running any node runs the checkpoints under it against the learner's engine
 * (a condition runs its whole checkpoint); each condition reports passed, failed (with an expected/actual
 * diff and the current hint), skipped (not checkable here) or errored (the machinery, e.g. no daemon).
 * Check Lesson runs through the same code, so its results show up here too.
 */
export class CourseTests implements vscode.Disposable {
  readonly controller: vscode.TestController;
  private tree: TestNode[] = [];
  private readonly items = new Map<string, vscode.TestItem>();
  private readonly last = new Map<string, CheckResult[]>();
  /** Answers to live-value questions given in this session, to prefill the next ask. */
  private readonly answers = new Map<string, string>();

  constructor(
    private readonly ctx: CourseContext,
    private readonly status: DaemonStatusBar,
    private readonly recorder: EventRecorder,
  ) {
    this.controller = vscode.tests.createTestController('dockerCourse', 'Docker Course');
    this.controller.createRunProfile('Check against your Docker engine', vscode.TestRunProfileKind.Run, (request, token) => this.runRequest(request, token).then(() => undefined), true);
    this.controller.refreshHandler = () => this.build();
    void this.build();
  }

  /** Results of the last run of a lesson's checkpoints in this session. */
  lastResults(lessonId: string): CheckResult[] | undefined {
    return this.last.get(lessonId);
  }

  item(id: string): vscode.TestItem | undefined {
    return this.items.get(id);
  }

  async build(): Promise<void> {
    this.tree = courseTestTree();
    this.items.clear();
    const pageLines = new Map<string, number>();
    for (const page of new Set(collect(this.tree).map((n) => n.page).filter((p): p is string => !!p))) {
      try {
        pageLines.set(page, checkSectionLine(new TextDecoder().decode(await vscode.workspace.fs.readFile(extensionFile(this.ctx, page)))));
      } catch {
        pageLines.set(page, 0);
      }
    }
    const make = (n: TestNode): vscode.TestItem => {
      const uri = n.page && n.kind !== 'chapter' ? extensionFile(this.ctx, n.page) : undefined;
      const item = this.controller.createTestItem(n.id, n.label, uri);
      if (uri) {
        const line = pageLines.get(n.page!) ?? 0;
        item.range = new vscode.Range(line, 0, line, 0);
      }
      item.description = n.description;
      item.sortText = n.sortText;
      item.children.replace(n.children.map(make));
      this.items.set(n.id, item);
      return item;
    };
    this.controller.items.replace(this.tree.map(make));
  }

  private runRequest(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<RunOutcome> {
    const include = request.include?.map((i) => i.id);
    const exclude = request.exclude?.map((i) => i.id) ?? [];
    const run = this.controller.createTestRun(request, undefined, true);
    return this.execute(run, targetsFor(this.tree, include, exclude), token)
      .catch((e: unknown) => {
        // A fault in the extension, not in the learner's work: say so in the run and keep the stack in the log.
        this.ctx.log.error('Running checks failed:', e instanceof Error ? (e.stack ?? e.message) : String(e));
        run.appendOutput(`The checks stopped because of a fault in Docker Course (not in your work): ${e instanceof Error ? e.message : String(e)}. The Docker Course log has the details.\r\n`);
        return { lessons: [] } as RunOutcome;
      })
      .finally(() => run.end());
  }

  /** Check Lesson: runs a lesson's checkpoints as a test run, so Test Explorer shows the same results. */
  async checkLesson(lessonId: string, token?: vscode.CancellationToken): Promise<RunOutcome> {
    const item = this.items.get(lessonId);
    const request = new vscode.TestRunRequest(item ? [item] : undefined);
    const run = this.controller.createTestRun(request, `Check ${lessonId}`, true);
    try {
      return await this.execute(run, targetsFor(this.tree, [lessonId]), token ?? new vscode.CancellationTokenSource().token);
    } finally {
      run.end();
    }
  }

  private conditionItems(lessonId: string, cp: Checkpoint): vscode.TestItem[] {
    return cp.conditions.map((c) => this.items.get(`${lessonId}/${cp.id}/${c.id}`)).filter((i): i is vscode.TestItem => !!i);
  }

  private async execute(run: vscode.TestRun, targets: ReturnType<typeof targetsFor>, token: vscode.CancellationToken): Promise<RunOutcome> {
    const groups = byLesson(targets);
    if (!vscode.workspace.isTrusted) {
      for (const g of groups) {
        for (const cp of g.checkpoints) {
          for (const item of this.conditionItems(g.lessonId, cp)) run.errored(item, new vscode.TestMessage(UNTRUSTED_MESSAGE));
        }
      }
      run.appendOutput(`${UNTRUSTED_MESSAGE}\r\n`);
      return { refused: UNTRUSTED_MESSAGE, lessons: [] };
    }
    const abort = new AbortController();
    const sub = token.onCancellationRequested(() => abort.abort());
    try {
      // Questions are asked when one lesson runs; a run over many lessons reuses this session's answers.
      const answers = await this.answersFor(groups.flatMap((g) => g.checkpoints), groups.length === 1);
      const session = openSession();
      for (const p of session.resolved.problems) this.ctx.log.warn(p);
      let pf: Preflight | undefined;
      if (groups.some((g) => g.checkpoints.some((c) => c.needsDocker))) {
        pf = await preflight(lessonPorts(session, groups[0].lessonId), abort.signal);
        this.status.fromPreflight(session, pf);
      } else void this.status.refresh();
      const lessons: LessonRun[] = [];
      for (const g of groups) {
        for (const cp of g.checkpoints) for (const item of this.conditionItems(g.lessonId, cp)) run.started(item);
        const startedAt = this.ctx.progress.lesson(g.lessonId)?.startedAt;
        const input: RunInput = { names: objectNamesSetting(), answers, lessonStartMs: startedAt ? Date.parse(startedAt) : undefined, mode: currentMode(this.ctx) };
        const results = await runCheckpoints(g.checkpoints, {
          ports: lessonPorts(session, g.lessonId, this.recorder.trail),
          input,
          preflight: pf,
          signal: abort.signal,
          onBug: (cp, cond, e) => this.ctx.log.error(`Checker fault in ${cp}/${cond}:`, e instanceof Error ? (e.stack ?? e.message) : String(e)),
        });
        const change = await this.ctx.progress.dispatch({
          type: 'checked',
          lessonId: g.lessonId,
          at: new Date().toISOString(),
          results: results.map((r) => ({ checkpointId: r.checkpointId, status: r.status, conditions: r.conditions.map((c) => ({ id: c.id, status: c.status })) })),
        });
        for (const r of results) this.report(run, g.lessonId, r, change);
        await this.recordFacts(results);
        this.last.set(g.lessonId, results);
        lessons.push({ lessonId: g.lessonId, results, change });
        this.ctx.log.info(`Checked ${g.lessonId}: ${results.map((r) => `${r.checkpointId} ${r.status}`).join(', ')}`);
      }
      return { lessons, preflight: pf };
    } finally {
      sub.dispose();
    }
  }

  private report(run: vscode.TestRun, lessonId: string, r: CheckResult, change: ProgressChange): void {
    run.appendOutput(transcript(r));
    for (const c of r.conditions) {
      const item = this.items.get(`${lessonId}/${r.checkpointId}/${c.id}`);
      if (!item) continue;
      const o = conditionOutcome(c, failuresOf(change.after, r.checkpointId, c.id));
      const located = (m: vscode.TestMessage) => {
        if (item.uri && item.range) m.location = new vscode.Location(item.uri, item.range);
        return m;
      };
      if (o.kind === 'passed') run.passed(item, c.durationMs);
      else if (o.kind === 'failed') run.failed(item, located(vscode.TestMessage.diff(new vscode.MarkdownString(o.message), o.expected, o.actual)), c.durationMs);
      else if (o.kind === 'skipped') {
        run.appendOutput(`${c.label}: ${o.reason}\r\n`, undefined, item);
        run.skipped(item);
      } else run.errored(item, located(new vscode.TestMessage(o.message)), c.durationMs);
    }
    // The checkpoint, lesson and chapter nodes take their state from their conditions (VS Code computes it),
    // so the first failure a learner steps to is a condition's expected/actual diff, not a summary.
  }

  /** ENV-02 measures whether a registry is reachable; Run Step and Solve read that as the course mode. */
  private async recordFacts(results: readonly CheckResult[]): Promise<void> {
    for (const r of results) {
      const mode = r.facts?.mode;
      if (mode === 'online' || mode === 'offline') {
        await this.ctx.extension.globalState.update(PROBED_MODE_KEY, mode);
        this.ctx.log.info(`Course mode measured by ${r.checkpointId}: ${mode}.`);
      }
    }
  }

  /**
   * Answers to the live-value and quiz questions of the checkpoints about to run (only the learner's own
   * engine knows them). A question dismissed with Escape stays unanswered: its condition then says so.
   */
  private async answersFor(cps: readonly Checkpoint[], ask: boolean): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const cp of cps) {
      for (const q of cp.questions ?? []) {
        const key = `${cp.id}/${q.id}`;
        const answer = ask ? await askOne(cp, q, this.answers.get(key)) : this.answers.get(key);
        if (answer === undefined || answer.trim() === '') continue;
        this.answers.set(key, answer);
        out[q.id] = answer;
      }
    }
    return out;
  }

  dispose(): void {
    this.controller.dispose();
  }
}

async function askOne(cp: Checkpoint, q: Question, previous: string | undefined): Promise<string | undefined> {
  const title = `${cp.id} · ${cp.title}`;
  const prompt = q.prompt.replace(/`([^`]*)`/g, '$1');
  if (q.kind === 'value') {
    return vscode.window.showInputBox({ title, prompt, placeHolder: q.placeholder ?? 'a value your engine reports', value: previous, ignoreFocusOut: true });
  }
  type Item = vscode.QuickPickItem & { id: string };
  const items: Item[] = (q.choices ?? []).map((c) => ({ label: c.text.replace(/`([^`]*)`/g, '$1'), id: c.id }));
  if (q.kind === 'single') return (await vscode.window.showQuickPick(items, { title, placeHolder: prompt, ignoreFocusOut: true }))?.id;
  if (q.kind === 'multiple') return (await vscode.window.showQuickPick(items, { title, placeHolder: prompt, canPickMany: true, ignoreFocusOut: true }))?.map((p) => p.id).join(' ');
  // Order: one pick per position, as Take Quiz does.
  const remaining = [...items];
  const sequence: string[] = [];
  while (remaining.length > 0) {
    const pick = await vscode.window.showQuickPick([...remaining], { title: `${title} · item ${sequence.length + 1} of ${items.length}`, placeHolder: prompt, ignoreFocusOut: true });
    if (!pick) return undefined;
    sequence.push(pick.id);
    remaining.splice(remaining.indexOf(pick), 1);
  }
  return sequence.join(' ');
}

function collect(nodes: readonly TestNode[]): TestNode[] {
  return nodes.flatMap((n) => [n, ...collect(n.children)]);
}
