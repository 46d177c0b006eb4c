import * as assert from 'node:assert/strict';
import { compareLabFile, isSafeRelativePath, mainLabFile, planOpenLab, solutionPairs } from '../../../src/core/course/labFiles';
import type { Lab } from '../../../src/core/course/types';

const enc = (s: string) => new TextEncoder().encode(s);
const lab: Lab = { starter: ['app/Dockerfile', 'README.md', 'app/www/index.html'], solution: ['app/Dockerfile'], workspaceFolder: 'driftwood', steps: [{ title: 't', command: 'docker version' }] };

describe('course lab files', () => {
  it('compares starter and learner files: missing, identical (also across CRLF), different', () => {
    assert.equal(compareLabFile(enc('a\nb\n'), undefined), 'create');
    assert.equal(compareLabFile(enc('a\nb\n'), enc('a\nb\n')), 'identical');
    assert.equal(compareLabFile(enc('a\nb\n'), enc('a\r\nb\r\n')), 'identical');
    assert.equal(compareLabFile(enc('a\nb\n'), enc('a\nB\n')), 'differs');
    assert.equal(compareLabFile(enc('a'), enc('')), 'differs');
  });

  it('plans Open Lab per file, with sources in the extension and targets under the lab folder', () => {
    const starter: Record<string, string> = {
      'walkthroughs/labs/c00-l3/starter/app/Dockerfile': 'FROM busybox\n',
      'walkthroughs/labs/c00-l3/starter/README.md': 'readme\n',
      'walkthroughs/labs/c00-l3/starter/app/www/index.html': '<h1>hi</h1>\n',
    };
    const learner: Record<string, string> = { 'driftwood/app/Dockerfile': 'FROM busybox:1.36\n', 'driftwood/README.md': 'readme\n' };
    const plan = planOpenLab({ id: 'c00-l3', lab }, (s) => enc(starter[s]), (t) => (t in learner ? enc(learner[t]) : undefined));
    assert.deepEqual(
      plan.map((p) => [p.path, p.target, p.action]),
      [
        ['app/Dockerfile', 'driftwood/app/Dockerfile', 'differs'],
        ['README.md', 'driftwood/README.md', 'identical'],
        ['app/www/index.html', 'driftwood/app/www/index.html', 'create'],
      ],
    );
    assert.equal(mainLabFile(lab), 'app/Dockerfile');
    assert.deepEqual(planOpenLab({ id: 'x', lab: undefined }, () => enc(''), () => undefined), []);
  });

  it('refuses starter paths that would leave the lab folder', () => {
    for (const bad of ['../x', '/etc/passwd', 'a/../../b', 'a\\b', 'C:/x', '', 'a//b', './a']) assert.equal(isSafeRelativePath(bad), false, bad);
    for (const good of ['Dockerfile', 'app/www/index.html', '.dockerignore']) assert.equal(isSafeRelativePath(good), true, good);
    assert.throws(() => planOpenLab({ id: 'x', lab: { ...lab, starter: ['../escape'] } }, () => enc(''), () => undefined), /unsafe starter path/);
  });

  it('pairs each solution file with the learner file at the same place', () => {
    assert.deepEqual(solutionPairs({ id: 'c00-l3', lab }), [{ path: 'app/Dockerfile', solution: 'walkthroughs/labs/c00-l3/solution/app/Dockerfile', learner: 'driftwood/app/Dockerfile' }]);
  });
});
