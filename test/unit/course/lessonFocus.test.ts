import * as assert from 'node:assert/strict';
import { defaultLesson, lessonOfPath, type FocusLesson } from '../../../src/core/course/lessonFocus';

const lessons: FocusLesson[] = [
  { id: 'c00-l1', workspaceFolder: 'labs/c00-l1' },
  { id: 'c00-l3', workspaceFolder: 'driftwood' },
  { id: 'c03-l2', workspaceFolder: 'labs/c03-l2' },
  { id: 'c04-l1', workspaceFolder: 'driftwood' },
  { id: 'c04-l2', workspaceFolder: 'driftwood' },
];

describe('the lesson in view', () => {
  it('reads lab folders, lesson pages, lab files of the extension and reference views', () => {
    assert.equal(lessonOfPath({ workspacePath: 'labs/c03-l2/Dockerfile' }, lessons), 'c03-l2');
    assert.equal(lessonOfPath({ extensionPath: 'walkthroughs/c00/c00-l1-install-and-verify.md' }, lessons), 'c00-l1');
    assert.equal(lessonOfPath({ extensionPath: '/walkthroughs/labs/c03-l2/starter/Dockerfile' }, lessons), 'c03-l2');
    assert.equal(lessonOfPath({ extensionPath: '/reference/c00-l1.md' }, lessons), 'c00-l1');
    assert.equal(lessonOfPath({ workspacePath: 'labs/c99-l9/x' }, lessons), undefined, 'an unknown lesson is not guessed');
    assert.equal(lessonOfPath({ workspacePath: 'src/app.py' }, lessons), undefined);
  });

  it('a shared lab folder picks the lesson last worked on among those using it, else the first not passed', () => {
    assert.deepEqual(defaultLesson({ workspacePath: 'driftwood/Dockerfile', lastLessonId: 'c04-l1' }, lessons), { id: 'c04-l1', why: 'in view' });
    assert.deepEqual(defaultLesson({ workspacePath: 'driftwood/Dockerfile', lastLessonId: 'c00-l1', passed: ['c00-l3'] }, lessons), { id: 'c04-l1', why: 'in view' });
    assert.deepEqual(defaultLesson({ workspacePath: 'driftwood/Dockerfile', passed: ['c00-l3', 'c04-l1', 'c04-l2'] }, lessons), { id: 'c04-l2', why: 'in view' });
    assert.equal(defaultLesson({ workspacePath: 'driftwood2/x' }, lessons), undefined, 'a folder that merely starts with the same letters is not the lab');
  });

  it('falls back to the lesson last worked on, when the command can act on it', () => {
    assert.deepEqual(defaultLesson({ workspacePath: 'notes.txt', lastLessonId: 'c03-l2' }, lessons), { id: 'c03-l2', why: 'last worked on' });
    assert.equal(defaultLesson({ lastLessonId: 'c01-l2' }, lessons), undefined);
    assert.deepEqual(defaultLesson({ workspacePath: 'labs/c00-l1/x', lastLessonId: 'c03-l2' }, lessons), { id: 'c00-l1', why: 'in view' }, 'what is in view wins');
  });
});
