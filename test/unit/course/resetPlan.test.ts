import * as assert from 'node:assert/strict';
import type { LabFilePlan } from '../../../src/core/course/labFiles';
import { resetSummary } from '../../../src/core/course/resetPlan';

const file = (target: string, action: LabFilePlan['action']): LabFilePlan => ({ path: target.split('/').pop()!, source: `walkthroughs/labs/c03-l2/starter/${target}`, target, action });

describe('Reset Lesson confirmation', () => {
  it('lists the labelled objects, the changed lab files and what happens to progress', () => {
    const s = resetSummary({
      lessonId: 'c03-l2',
      objects: ['container web (running)', 'network shop'],
      files: [file('labs/c03-l2/Dockerfile', 'differs'), file('labs/c03-l2/index.html', 'identical'), file('labs/c03-l2/app.py', 'create')],
      record: { checks: 2, checkpoints: {}, conditions: {}, passedAt: '2026-01-01T00:00:00Z' },
    });
    assert.equal(s.message, 'Reset lesson c03-l2? 2 Docker objects will be removed.');
    assert.equal(
      s.detail,
      [
        'These Docker objects carry the label docker-course.lesson=c03-l2 and will be removed (with their anonymous volumes):',
        '  • container web (running)',
        '  • network shop',
        'Nothing without that label is touched, even with the same name.',
        '',
        'Lab files that differ from the starter (restored only if you choose "Reset and Restore Files…", after you have seen each diff):',
        '  • labs/c03-l2/Dockerfile (changed)',
        '  • labs/c03-l2/app.py (missing)',
        '',
        "Progress: the lesson's checks, hint levels and its pass are cleared, and the lesson starts again now.",
      ].join('\n'),
    );
    assert.deepEqual(s.filesToRestore.map((f) => f.target), ['labs/c03-l2/Dockerfile', 'labs/c03-l2/app.py']);
    assert.equal(s.empty, false);
  });

  it('says nothing will be removed when Docker cannot be asked', () => {
    const s = resetSummary({ lessonId: 'c03-l2', objects: undefined, objectsProblem: 'Docker is not running', files: [], record: undefined });
    assert.match(s.detail, /^Docker objects: not listed, because Docker is not running\. Nothing will be removed from Docker\./);
    assert.equal(s.empty, false, 'the lesson can still start over');
  });

  it('is empty when there is nothing to reset', () => {
    const s = resetSummary({ lessonId: 'c03-l2', objects: [], files: [file('labs/c03-l2/Dockerfile', 'identical')], record: undefined });
    assert.equal(s.empty, true);
  });

  it('keeps long lists short', () => {
    const s = resetSummary({ lessonId: 'c03-l2', objects: Array.from({ length: 25 }, (_, i) => `container c${i} (exited)`), files: [], record: undefined });
    assert.match(s.detail, /• container c19 \(exited\)\n {2}• … and 5 more/);
  });
});
