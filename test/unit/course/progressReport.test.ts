import * as assert from 'node:assert/strict';
import { emptyProgress, reduceProgress } from '../../../src/core/course/progress';
import { renderProgress, reportedLessons } from '../../../src/core/course/progressReport';
import { lessonById } from '../../../src/core/course/catalog';
import { lessonIds } from '../../../src/core/course/lessonIds';
import { gradingCheckpoints } from '../../../src/core/course/testTree';

describe('Show Progress page', () => {
  it('lists written lessons and checkable ones, with state, pass time, checks and hints', () => {
    let p = emptyProgress();
    p = reduceProgress(p, { type: 'checked', lessonId: 'c00-l1', at: '2026-03-01T09:15:00.000Z', results: [{ checkpointId: 'ENV-01', status: 'passed', conditions: [{ id: 'daemon-answers', status: 'passed' }] }, { checkpointId: 'ENV-03', status: 'passed', conditions: [{ id: 'socket-as-user', status: 'passed' }] }] });
    p = reduceProgress(p, { type: 'checked', lessonId: 'c03-l2', at: '2026-03-02T10:00:00.000Z', results: [{ checkpointId: 'RUN-03', status: 'failed', conditions: [{ id: 'env', status: 'failed' }] }] });
    p = reduceProgress(p, { type: 'checked', lessonId: 'c03-l2', at: '2026-03-02T10:05:00.000Z', results: [{ checkpointId: 'RUN-03', status: 'failed', conditions: [{ id: 'env', status: 'failed' }] }] });
    const ids = reportedLessons(p);
    assert.ok(ids.includes('c00-l1') && ids.includes('c02-l6') && ids.includes('c03-l2') && ids.includes('c07-l1'));
    const bare = lessonIds.find((l) => !lessonById(l.id) && gradingCheckpoints(l.id).length === 0);
    if (bare) assert.ok(!ids.includes(bare.id), 'a lesson with neither a page, a check nor progress is not listed');
    const md = renderProgress(p);
    assert.match(md, /^# Docker Course progress\n\n\*\*1 of \d+ lessons passed\.\*\* Hints were shown for 1 condition\./);
    assert.match(md, /\| L1 · Install and verify the engine \| ✔ passed \| 2026-03-01 09:15 \| 1 \| — \|/);
    assert.match(md, /\| L2 · Anatomy of `docker run` \| in progress, 1 condition failing \| — \| 2 \| 1 condition, up to rung 2 \(flag or field\) \|/);
    assert.match(md, /## C03 · Running containers/);
    assert.match(md, /Last worked on: c03-l2\./);
  });
});
