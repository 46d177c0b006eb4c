import * as assert from 'node:assert/strict';
import { feedbackFor, gradeQuestion, gradeQuiz, passContextKey, plainText, quizCompletesLesson, quizStateKey, recordMatches, shuffledOptions } from '../../../src/core/course/quiz';
import type { QuizQuestion } from '../../../src/core/course/types';

const opt = (text: string) => ({ text, explanation: `why ${text}` });
const single: QuizQuestion = { id: 's', kind: 'single', prompt: 'one?', options: [opt('a'), opt('b'), opt('c')], answer: [1] };
const multiple: QuizQuestion = { id: 'm', kind: 'multiple', prompt: 'many?', options: [opt('a'), opt('b'), opt('c'), opt('d')], answer: [0, 2] };
const order: QuizQuestion = { id: 'o', kind: 'order', prompt: 'order?', options: [opt('x'), opt('y'), opt('z')], answer: [2, 0, 1] };

describe('course quiz grading', () => {
  it('single choice: right pick passes, a wrong pick explains itself and names the right answer', () => {
    assert.equal(gradeQuestion(single, [1]).correct, true);
    const g = gradeQuestion(single, [0]);
    assert.deepEqual([g.correct, g.wrongPicks, g.missed], [false, [0], [1]]);
    const fb = feedbackFor(single, g, [0]);
    assert.equal(fb.length, 2);
    assert.match(fb[0], /"a" is not right: why a/);
    assert.match(fb[1], /The right answer is "b": why b/);
  });

  it('multiple choice: needs exactly the right set; reports extra picks and missed options', () => {
    assert.equal(gradeQuestion(multiple, [2, 0]).correct, true);
    assert.equal(gradeQuestion(multiple, [0]).correct, false);
    const g = gradeQuestion(multiple, [0, 1]);
    assert.deepEqual([g.wrongPicks, g.missed], [[1], [2]]);
    assert.deepEqual(feedbackFor(multiple, g, [0, 1]).map((l) => l.slice(0, 12)), ['"b" is not r', 'You missed "']);
    assert.equal(gradeQuestion(multiple, []).correct, false);
  });

  it('order: the exact sequence passes; misplaced positions are explained', () => {
    assert.equal(gradeQuestion(order, [2, 0, 1]).correct, true);
    const g = gradeQuestion(order, [0, 2, 1]);
    assert.deepEqual([g.correct, g.misplaced], [false, [0, 1]]);
    const fb = feedbackFor(order, g, [0, 2, 1]);
    assert.match(fb[0], /right order is: 1\. z {2}2\. x {2}3\. y/);
    assert.match(fb[1], /You put "x" at position 1: why x/);
    assert.equal(gradeQuestion(order, [2, 0]).correct, false, 'a short sequence is not right');
  });

  it('a quiz passes only when every answer is right', () => {
    const qs = [single, multiple, order];
    const all = new Map<string, number[]>([['s', [1]], ['m', [0, 2]], ['o', [2, 0, 1]]]);
    assert.deepEqual(gradeQuiz(qs, all), { passed: true, correct: 3, total: 3, wrong: [] });
    const oneWrong = new Map(all).set('m', [0]);
    const r = gradeQuiz(qs, oneWrong);
    assert.equal(r.passed, false);
    assert.equal(r.correct, 2);
    assert.deepEqual(r.wrong.map((w) => w.questionId), ['m']);
    assert.equal(gradeQuiz([], new Map()).passed, false, 'an empty quiz cannot be passed');
  });

  it('shuffles ordering options away from the answer, even with a random source stuck at 0', () => {
    for (const rnd of [() => 0, () => 0.999, Math.random]) {
      const shown = shuffledOptions(order, rnd);
      assert.deepEqual([...shown].sort(), [0, 1, 2]);
      assert.notDeepEqual(shown, order.answer);
    }
  });

  it('keys, records and which lessons a quiz completes', () => {
    assert.equal(quizStateKey('c01-l2'), 'dockerCourse.quiz.c01-l2');
    assert.equal(passContextKey('c01-l2'), 'dockerCourse.pass.c01-l2');
    const quiz = [single, multiple, order];
    assert.equal(quizCompletesLesson({ concept: true, checkpoints: ['RUN-01'], quiz }), true);
    assert.equal(quizCompletesLesson({ concept: false, checkpoints: ['QZ-C02b'], quiz }), true);
    assert.equal(quizCompletesLesson({ concept: false, checkpoints: ['IMG-06', 'QZ-C02'], quiz }), false);
    assert.equal(quizCompletesLesson({ concept: true, checkpoints: [], quiz: [] }), false);
    assert.equal(recordMatches({ quiz }, { passedAt: 'x', questions: ['s', 'm', 'o'] }), true);
    assert.equal(recordMatches({ quiz }, { passedAt: 'x', questions: ['s', 'm'] }), false, 'a changed quiz must be retaken');
    assert.equal(recordMatches({ quiz }, 'garbage'), false);
  });

  it('shows quiz text without markdown code quotes where only plain text renders', () => {
    assert.equal(plainText('What does `nginx` expand to, and `a`?'), 'What does nginx expand to, and a?');
    assert.equal(plainText('no quotes'), 'no quotes');
  });
});
