/**
 * Every checkpoint against the real engine: its reference solution must pass and a broken setup must fail
 * on the expected condition with the expected message. Foreign objects (another compose project using the
 * same names, without our lesson label) sit on the engine the whole time; they must be ignored by every
 * check and survive Reset Lesson. With UPDATE_FIXTURES=1 the observations are saved as unit-test fixtures.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkpoints, findCheckpoint } from '../../src/core/course/checkpoints/index';
import type { CheckResult } from '../../src/core/course/checkpoints/types';
import { LESSON_LABEL, TOOLBOX_IMAGE } from '../../src/core/course/images';
import { applyReset, planReset } from '../../src/docker/reset';
import { buildCourseImages } from '../../src/docker/toolbox';
import { fixtureDir, type CheckpointFixture } from '../unit/support/checkpointHarness';
import { requireDaemon } from './support/daemon';
import { IMAGE_LABEL_KEY, Rig, RUN_LABEL_KEY } from './support/rig';
import type { Check, Expectation, Group } from './support/scenario';
import { groups as bld } from './scenarios/bld';
import { groups as envRun } from './scenarios/envRun';
import { groups as img } from './scenarios/img';
import { groups as net } from './scenarios/net';
import { groups as sto } from './scenarios/sto';

const ALL_GROUPS: Group[] = [...envRun, ...net, ...img, ...bld, ...sto];

/** Names the labs use; the foreign project gets containers, volumes and networks with the same names. */
const FOREIGN_SERVICES = ['hello', 'sleeper', 'web', 'flaky', 'capped', 'hog', 'ns-demo', 'api', 'db', 'proxy', 'app', 'cow', 'dev', 'isolated', 'worker', 'debug'];
const FOREIGN_VOLUMES = ['pgdata', 'shared', 'appdata', 'ramdisk'];
const FOREIGN_NETWORKS = ['backend', 'frontend'];

function describeResult(r: CheckResult): string {
  return r.conditions.map((c) => `  ${c.status.padEnd(13)} ${c.id}: ${c.actual}${c.why ? ` (${c.why})` : ''}`).join('\n');
}

export function assertExpectation(r: CheckResult, expect: Expectation): void {
  if (expect === 'pass') {
    assert.equal(r.status, 'passed', `${r.checkpointId} should pass:\n${describeResult(r)}`);
    return;
  }
  if ('notCheckable' in expect) {
    assert.ok(r.status === 'passed' || r.status === 'not-checkable', `${r.checkpointId} should not fail:\n${describeResult(r)}`);
    const c = r.conditions.find((x) => x.id === expect.notCheckable);
    assert.equal(c?.status, 'not-checkable', `${r.checkpointId}/${expect.notCheckable} should be not-checkable:\n${describeResult(r)}`);
    if (expect.why) assert.match(c!.why ?? '', expect.why, `${r.checkpointId}/${expect.notCheckable} reason`);
    return;
  }
  assert.equal(r.status, 'failed', `${r.checkpointId} should fail on ${expect.fail}:\n${describeResult(r)}`);
  const c = r.conditions.find((x) => x.id === expect.fail);
  assert.ok(c, `${r.checkpointId} has no condition ${expect.fail}`);
  assert.equal(c.status, 'failed', `${r.checkpointId}/${expect.fail} should fail:\n${describeResult(r)}`);
  if (expect.actual) assert.match(c.actual, expect.actual, `${r.checkpointId}/${expect.fail} message`);
  assert.equal(c.hints?.length, 3, 'a failed condition carries its three hints');
}

describe('real daemon: every checkpoint, reference and broken', function () {
  this.timeout(180_000);
  let rig: Rig | undefined;
  const fixtures = new Map<string, CheckpointFixture>();
  const skippedScenarios = new Map<string, Set<string>>();
  const foreignProject = () => `foreign${rig!.runId}`;

  before(async function () {
    this.timeout(240_000);
    const client = await requireDaemon(this);
    if (!client) return;
    rig = new Rig();
    await buildCourseImages(rig.session, { labels: { [IMAGE_LABEL_KEY]: rig.runId } });
    // Another project on the same daemon, using the lab names, without the course's lesson label.
    const services = FOREIGN_SERVICES.map((s) => `  ${s}:\n    image: ${TOOLBOX_IMAGE}\n    command: ["sleep", "1d"]\n    init: true\n    labels: { ${RUN_LABEL_KEY}: "${rig!.runId}" }\n    networks: [${FOREIGN_NETWORKS.join(', ')}]\n    volumes: ["pgdata:/var/lib/postgresql/data"]\n`).join('');
    const yaml = `services:\n${services}volumes:\n${FOREIGN_VOLUMES.map((v) => `  ${v}:\n    labels: { ${RUN_LABEL_KEY}: "${rig!.runId}" }\n`).join('')}networks:\n${FOREIGN_NETWORKS.map((n) => `  ${n}:\n    labels: { ${RUN_LABEL_KEY}: "${rig!.runId}" }\n`).join('')}`;
    rig.group = 'foreign';
    const dir = rig.write('foreign', { 'compose.yaml': yaml });
    await rig.compose(foreignProject(), dir, 'up', '-d');
    // Foreign volumes must exist even if no service mounts them.
    for (const v of FOREIGN_VOLUMES) await rig.dockerOpt({ allowFail: true }, 'volume', 'inspect', `${foreignProject()}_${v}`);
  });

  after(async function () {
    this.timeout(120_000);
    if (!rig) return;
    if (process.env.UPDATE_FIXTURES === '1') {
      fs.mkdirSync(fixtureDir(), { recursive: true });
      for (const [id, f] of fixtures) {
        const file = path.join(fixtureDir(), `${id}.engine-${f.engine}.json`);
        // Scenarios of groups skipped on this machine (swarm mode, say) keep their earlier recording.
        const kept = skippedScenarios.get(id);
        if (kept?.size && fs.existsSync(file)) {
          const old = JSON.parse(fs.readFileSync(file, 'utf8')) as CheckpointFixture;
          f.scenarios.push(...old.scenarios.filter((s) => kept.has(s.name) && !f.scenarios.some((x) => x.name === s.name)));
        }
        fs.writeFileSync(file, JSON.stringify(f, null, 1) + '\n');
      }
    }
    await rig.cleanupAll();
  });

  for (const g of ALL_GROUPS) {
    describe(`group ${g.name}`, function () {
      let setup: Record<string, string> = {};
      let lessonStartMs = 0;
      let skipped: string | undefined;
      before(async function () {
        this.timeout(120_000);
        if (!rig) return this.skip();
        skipped = g.skipReason?.();
        if (skipped) {
          console.log(`    SKIPPED group ${g.name}: ${skipped}`);
          for (const c of g.checks) (skippedScenarios.get(c.id) ?? skippedScenarios.set(c.id, new Set()).get(c.id)!).add(c.name ?? g.name);
          return this.skip();
        }
        rig.group = g.name;
        rig.names = {};
        lessonStartMs = Date.now() - 50;
        setup = (await g.setup(rig)) ?? {};
        if (process.env.DOCKER_COURSE_RIG_TIMING === '1') console.log(`    group ${g.name}: setup ${Date.now() - lessonStartMs} ms`);
      });
      after(async function () {
        this.timeout(60_000);
        if (!rig || skipped) return;
        rig.group = g.name;
        await rig.endGroup();
        await g.teardown?.(rig);
      });
      for (const c of g.checks) {
        const title = `${c.id} ${c.name ?? g.name}: ${c.expect === 'pass' ? 'passes' : 'notCheckable' in c.expect ? `${c.expect.notCheckable} not checkable` : `fails on ${c.expect.fail}`}`;
        it(title, async function () {
          if (!rig) return this.skip();
          const cp = findCheckpoint(c.id);
          assert.ok(cp, `checkpoint ${c.id} is registered`);
          const extra = typeof c.input === 'function' ? c.input(setup) : c.input ?? {};
          const input = { lessonStartMs, ...extra, names: { ...rig.names, ...extra.names } };
          const { result, snapshot } = await rig.check(cp, input, c.endpoint);
          assertExpectation(result, c.expect);
          const version = snapshot.version.Version.replace(/\+.*$/, '');
          const f = fixtures.get(c.id) ?? { checkpoint: c.id, engine: version, apiVersion: snapshot.version.ApiVersion, scenarios: [] };
          const expect =
            c.expect === 'pass' ? ('pass' as const) : 'notCheckable' in c.expect ? { notCheckable: c.expect.notCheckable, why: c.expect.why?.source } : { fail: c.expect.fail, actual: c.expect.actual?.source };
          f.scenarios.push({ name: c.name ?? g.name, input, endpoint: c.endpoint, expect, snapshot });
          fixtures.set(c.id, f);
        });
      }
    });
  }

  describe('coverage and safety', () => {
    it('every registered checkpoint has a reference (pass) and a broken (fail) scenario', () => {
      const missing: string[] = [];
      for (const cp of checkpoints) {
        const mine = ALL_GROUPS.flatMap((g) => g.checks).filter((c: Check) => c.id === cp.id);
        if (!mine.some((c) => c.expect === 'pass')) missing.push(`${cp.id} has no passing scenario`);
        if (!mine.some((c) => c.expect !== 'pass' && 'fail' in c.expect)) missing.push(`${cp.id} has no failing scenario`);
      }
      assert.deepEqual(missing, []);
    });

    it('foreign objects were never removed, and Reset Lesson removes only labelled objects', async function () {
      if (!rig) return this.skip();
      rig.group = 'reset';
      await rig.docker('run', '-d', '--init', '--name', rig.n('web'), '--label', `${LESSON_LABEL}=c03-l2`, TOOLBOX_IMAGE, 'sleep', '1d');
      await rig.docker('volume', 'create', '--label', `${LESSON_LABEL}=c03-l2`, `course-reset-${rig.runId}`);
      const plan = await planReset(rig.session, 'c03-l2');
      assert.ok(plan.containers.some((c) => c.name === rig!.n('web')), 'the labelled container is in the plan');
      assert.ok(plan.containers.every((c) => !c.name.startsWith('foreign')), 'no foreign container is in the plan');
      assert.ok(plan.volumes.some((v) => v.name === `course-reset-${rig!.runId}`));
      // Apply only our own part of the plan: other sessions on this shared daemon may have c03-l2 objects too.
      const mine = { ...plan, containers: plan.containers.filter((c) => c.name.endsWith(rig!.runId)), volumes: plan.volumes.filter((v) => v.name.endsWith(rig!.runId)), networks: [] };
      const done = await applyReset(rig.session, mine);
      assert.deepEqual(done.problems, []);
      assert.equal(await rig.inspect(rig.n('web')), undefined);
      const foreign = await rig.port.listContainers({ label: [`com.docker.compose.project=${foreignProject()}`] });
      assert.equal(foreign.length, FOREIGN_SERVICES.length, 'every foreign container is still there');
      assert.ok(foreign.every((c) => c.State === 'running'), 'and still running');
      for (const v of FOREIGN_VOLUMES.slice(0, 1)) assert.ok(await rig.port.inspectVolume(`${foreignProject()}_${v}`), `foreign volume ${v} is still there`);
    });
  });
});
