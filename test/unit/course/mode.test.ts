import * as assert from 'node:assert/strict';
import { cdCommand, effectiveMode, needsConfirmation, selectStep, stepsFor } from '../../../src/core/course/mode';
import { renderReferenceCommands } from '../../../src/core/course/solve';
import type { Lab } from '../../../src/core/course/types';

const lab: Lab = {
  starter: [],
  solution: [],
  workspaceFolder: 'labs/c00-l2',
  steps: [{ title: 'Run hello-world', command: 'docker run --name hello hello-world', expect: 'a greeting' }, { title: 'Look at the page' }],
  offlineSteps: [{ title: 'Run the toolbox hello', command: 'docker run --name hello course/hello:1' }, { title: 'Look at the page' }],
};

describe('course mode and lab steps', () => {
  it('a forced setting wins; auto follows the probe and assumes online without one', () => {
    assert.equal(effectiveMode('offline', 'online'), 'offline');
    assert.equal(effectiveMode('online', 'offline'), 'online');
    assert.equal(effectiveMode('auto', 'offline'), 'offline');
    assert.equal(effectiveMode('auto', 'online'), 'online');
    assert.equal(effectiveMode('auto', undefined), 'online');
    assert.equal(effectiveMode(undefined, 'garbage'), 'online');
  });

  it('picks the offline variant only offline and only when the lab has one', () => {
    assert.equal(stepsFor(lab, 'online'), lab.steps);
    assert.equal(stepsFor(lab, 'offline'), lab.offlineSteps);
    assert.equal(stepsFor({ ...lab, offlineSteps: undefined }, 'offline'), lab.steps);
    const sel = selectStep(lab, 'offline', 0);
    assert.equal(sel.kind, 'ok');
    if (sel.kind === 'ok') assert.deepEqual([sel.command, sel.usedOffline], ['docker run --name hello course/hello:1', true]);
    assert.equal(selectStep(lab, 'online', 1).kind, 'no-command');
    assert.deepEqual(selectStep(lab, 'online', 2), { kind: 'out-of-range', index: 2, total: 2 });
    assert.equal(selectStep(lab, 'online', -1).kind, 'out-of-range');
    assert.equal(selectStep(lab, 'online', 0.5).kind, 'out-of-range');
  });

  it('waits for Enter on commands that remove things or need sudo, and only on those', () => {
    const confirm = [
      'docker rm -f sleeper',
      'docker container rm hello',
      'docker rmi learner/app:1',
      'docker image rm learner/app:1',
      'docker image prune -f',
      'docker system prune',
      'docker volume rm pgdata',
      'docker compose down -v',
      'docker-compose down --volumes',
      'docker compose down --rmi local',
      'rm -rf artifacts',
      'mkdir -p out && rm out/x',
      "sh -c 'docker rm x'",
      'sudo usermod -aG docker "$USER"',
      'FOO=1 /usr/bin/docker rmi x',
    ];
    for (const c of confirm) assert.equal(needsConfirmation(c).confirm, true, c);
    const run = [
      'docker version',
      'docker run --rm --name hello hello-world',
      'docker compose down',
      'docker ps -a --filter label=docker-course.lesson=c00-l2',
      'docker build -t learner/layers:1 .',
      'docker history learner/layers:1 | head -5',
      'docker save -o artifacts/app.tar learner/app:1.0.0',
    ];
    for (const c of run) assert.equal(needsConfirmation(c).confirm, false, c);
    assert.match(needsConfirmation('docker rm x').reason ?? '', /removes Docker objects/);
  });

  it('cd lines quote the folder', () => {
    assert.equal(cdCommand('/home/me/my labs'), 'cd "/home/me/my labs"');
    assert.equal(cdCommand('/tmp/a"b'), `cd '/tmp/a"b'`);
  });

  it('renders the reference commands for Solve in the course mode', () => {
    const online = renderReferenceCommands({ id: 'c00-l2', title: 'First container', lab }, 'online') ?? '';
    assert.match(online, /docker run --name hello hello-world/);
    assert.match(online, /You should see: a greeting/);
    const offline = renderReferenceCommands({ id: 'c00-l2', title: 'First container', lab }, 'offline') ?? '';
    assert.match(offline, /course\/hello:1/);
    assert.doesNotMatch(offline, /hello-world/);
    const explicit = renderReferenceCommands({ id: 'x', title: 't', lab: { ...lab, solutionCommands: ['docker tag a b'] } }, 'online') ?? '';
    assert.match(explicit, /docker tag a b/);
    assert.equal(renderReferenceCommands({ id: 'x', title: 't', lab: { ...lab, steps: [{ title: 'edit' }], offlineSteps: undefined } }, 'online'), undefined);
  });
});

describe('course walkthrough target', () => {
  it('names the walkthrough by its full id and the step by its own id, which the workbench joins', async () => {
    const { walkthroughTarget } = await import('../../../src/core/course/walkthroughs');
    assert.deepEqual(walkthroughTarget('docker-course.docker-course', 'c01', 'c01-l2'), { category: 'docker-course.docker-course#c01', step: 'c01-l2' });
    assert.deepEqual(walkthroughTarget('docker-course.docker-course', 'c01'), { category: 'docker-course.docker-course#c01' });
  });
});
