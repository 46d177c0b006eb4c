import * as assert from 'node:assert/strict';
import { allLessons, lessonById } from '../../../src/core/course/catalog';
import { checkpoints, findCheckpoint } from '../../../src/core/course/checkpoints/index';
import { chapters, findLesson, lessonIds } from '../../../src/core/course/lessonIds';
import { lessonPage } from '../../../src/core/course/types';
import { byLesson, checkSectionLine, courseTestTree, gradingCheckpoints, parseTestId, targetsFor, type TestNode } from '../../../src/core/course/testTree';

const flat = (nodes: readonly TestNode[]): TestNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);

describe('Test Explorer tree', () => {
  const tree = courseTestTree();

  it('holds every registered checkpoint under its own lesson, and again under each lesson that lists it, with every condition', () => {
    const cps = flat(tree).filter((n) => n.kind === 'checkpoint');
    const expected = new Set(checkpoints.map((c) => `${c.lessonId}/${c.id}`));
    for (const l of allLessons()) for (const id of l.checkpoints) if (findCheckpoint(id)) expected.add(`${l.id}/${findCheckpoint(id)!.id}`);
    assert.deepEqual(cps.map((n) => n.id).sort(), [...expected].sort());
    for (const node of cps) {
      const cp = findCheckpoint(node.id.split('/')[1])!;
      const lessonId = node.id.split('/')[0];
      assert.deepEqual(node.children.map((c) => c.id), cp.conditions.map((c) => `${lessonId}/${cp.id}/${c.id}`));
      assert.ok(node.children.every((c) => c.kind === 'condition' && c.children.length === 0));
    }
    for (const ch of tree) {
      assert.equal(ch.kind, 'chapter');
      assert.ok(ch.children.every((l) => l.kind === 'lesson' && l.id.startsWith(`${ch.id}-`) && l.children.length > 0));
    }
  });

  it('keeps course order and links written lessons to their page', () => {
    const chaptersWithChecks = chapters.map((c) => c.id).filter((id) => lessonIds.some((l) => l.chapter === id && gradingCheckpoints(l.id).length > 0));
    assert.deepEqual(tree.map((c) => c.id), chaptersWithChecks);
    const c00 = tree[0];
    assert.equal(c00.label, 'C00 · Setup and orientation');
    assert.deepEqual(c00.children.map((l) => l.id), ['c00-l1', 'c00-l2', 'c00-l3']);
    assert.equal(c00.children[0].label, 'L1 · Install and verify the engine');
    assert.equal(c00.children[0].page, 'walkthroughs/c00/c00-l1-install-and-verify.md');
    assert.deepEqual(c00.children[0].children.map((c) => c.id), ['c00-l1/ENV-01', 'c00-l1/ENV-03']);
    const sorted = [...flat(tree)].sort((a, b) => a.sortText.localeCompare(b.sortText));
    assert.deepEqual(sorted.map((n) => n.id), flat(tree).map((n) => n.id), 'sortText follows the course, not the alphabet');
    for (const l of flat(tree).filter((n) => n.kind === 'lesson')) {
      const lesson = lessonById(l.id);
      // A lesson of a chapter not written yet has no page and takes its title from lessonIds.ts.
      assert.equal(l.page, lesson ? lessonPage(lesson) : undefined, l.id);
      assert.equal(l.label, `${l.id.slice(4).toUpperCase()} · ${lesson?.title ?? findLesson(l.id)!.title}`);
    }
  });

  it('turns a selection into checkpoints to run: a condition runs its checkpoint, exclusions win', () => {
    const ids = (include?: string[], exclude?: string[]) => targetsFor(tree, include, exclude).map((t) => `${t.lessonId}/${t.checkpoint.id}`);
    assert.deepEqual(ids(['c00-l1']), ['c00-l1/ENV-01', 'c00-l1/ENV-03']);
    assert.deepEqual(ids(['c00-l1/ENV-03/socket-as-user']), ['c00-l1/ENV-03']);
    assert.deepEqual(ids(['c00']), ['c00-l1/ENV-01', 'c00-l1/ENV-03', 'c00-l2/ENV-02', 'c00-l2/ENV-05', 'c00-l3/ENV-04']);
    assert.deepEqual(ids(['c00'], ['c00-l2']), ['c00-l1/ENV-01', 'c00-l1/ENV-03', 'c00-l3/ENV-04']);
    assert.deepEqual(ids(['c00-l1'], ['c00-l1/ENV-01/api-version']), ['c00-l1/ENV-01', 'c00-l1/ENV-03'], 'excluding one condition cannot skip part of a checkpoint');
    assert.deepEqual(ids(['c00-l1/ENV-01', 'c00-l1']), ['c00-l1/ENV-01', 'c00-l1/ENV-03'], 'no duplicates');
    assert.equal(ids(undefined).length, flat(tree).filter((n) => n.kind === 'checkpoint').length);
    assert.deepEqual(byLesson(targetsFor(tree, ['c00'])).map((g) => [g.lessonId, g.checkpoints.map((c) => c.id)]), [
      ['c00-l1', ['ENV-01', 'ENV-03']],
      ['c00-l2', ['ENV-02', 'ENV-05']],
      ['c00-l3', ['ENV-04']],
    ]);
  });

  it('parses node ids', () => {
    assert.deepEqual(parseTestId('c07'), { chapterId: 'c07' });
    assert.deepEqual(parseTestId('c07-l2/NET-02/alias'), { chapterId: 'c07', lessonId: 'c07-l2', checkpointId: 'NET-02', conditionId: 'alias' });
  });

  it('grades a lesson by the checkpoints the catalogue lists, in its order, including another lesson\'s it lists again', () => {
    assert.deepEqual(gradingCheckpoints('c00-l2').map((c) => c.id), ['ENV-02', 'ENV-05']);
    for (const l of allLessons()) {
      const listed = l.checkpoints.filter((id) => findCheckpoint(id));
      assert.deepEqual(gradingCheckpoints(l.id).map((c) => c.id).slice(0, listed.length), listed, l.id);
    }
    assert.deepEqual(gradingCheckpoints('c01-l2').map((c) => c.id), [], 'a quiz-only lesson has no checkpoint to run');
  });

  it('finds the "What the check verifies" heading of a lesson page', () => {
    assert.equal(checkSectionLine('# T\n\n## Lab\n\n## What the check verifies\n\nx'), 4);
    assert.equal(checkSectionLine('# T\n### What a correct result looks like'), 1);
    assert.equal(checkSectionLine('# T\n## Other'), 0);
  });
});
