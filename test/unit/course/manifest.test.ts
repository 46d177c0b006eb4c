import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { courseChapters } from '../../../src/core/course/catalog';
import { findLesson, lessonIds } from '../../../src/core/course/lessonIds';
import { labFolder, lessonPage } from '../../../src/core/course/types';
import { renderWalkthroughs } from '../../../src/core/course/walkthroughs';
import { allRules } from '../../../src/core/lint/allRules';

const ROOT = path.resolve(__dirname, '../../../..');
const pkgFile = path.join(ROOT, 'package.json');

function readPackage(): { contributes: { walkthroughs?: unknown[]; commands?: { command: string }[] } } {
  return JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
}

/** Command ids a link may name: contributed ones, plus those the VS Code workbench itself provides. */
function knownCommands(): Set<string> {
  const pkg = readPackage();
  return new Set([...(pkg.contributes.commands ?? []).map((c) => c.command), 'workbench.action.terminal.new', 'workbench.action.openWalkthrough', 'workbench.actions.view.problems', 'workbench.view.testing.focus']);
}

describe('course catalogue and manifest agree', () => {
  it('package.json walkthroughs are generated from the catalogue', () => {
    const pkg = readPackage();
    const rendered = renderWalkthroughs(courseChapters);
    if (process.env.UPDATE_GENERATED === '1') {
      pkg.contributes.walkthroughs = rendered;
      fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');
    }
    assert.deepEqual(readPackage().contributes.walkthroughs ?? [], rendered, 'package.json walkthroughs are stale: run `UPDATE_GENERATED=1 npm test` and commit');
  });

  it('every catalogue lesson is a known lesson id, in course order, with its chapter', () => {
    const order = lessonIds.map((l) => l.id);
    let last = -1;
    for (const chapter of courseChapters) {
      assert.ok(chapter.lessons.length > 0, `${chapter.id} has no lessons`);
      for (const lesson of chapter.lessons) {
        const known = findLesson(lesson.id);
        assert.ok(known, `${lesson.id} is not in lessonIds.ts`);
        assert.equal(lesson.chapter, chapter.id, `${lesson.id} sits in ${chapter.id}`);
        assert.equal(lesson.concept, known.concept, `${lesson.id}: concept flag differs from the curriculum`);
        assert.equal(lesson.optional, known.optional, `${lesson.id}: optional flag differs from the curriculum`);
        const index = order.indexOf(lesson.id);
        assert.ok(index > last, `${lesson.id} is out of course order`);
        last = index;
        assert.match(lesson.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
        assert.ok(lesson.minutes > 0 && lesson.goals.length > 0 && lesson.summary.length > 20, `${lesson.id}: minutes, goals and summary`);
        if (lesson.concept) assert.ok(lesson.quiz && lesson.quiz.length >= 3, `${lesson.id} is a concept lesson and needs a quiz of at least 3 questions`);
      }
    }
  });

  it('every lesson page, lab file and solution file exists', () => {
    for (const lesson of courseChapters.flatMap((c) => c.lessons)) {
      assert.ok(fs.existsSync(path.join(ROOT, lessonPage(lesson))), `${lessonPage(lesson)} is missing`);
      if (!lesson.lab) continue;
      for (const f of lesson.lab.starter) assert.ok(fs.existsSync(path.join(ROOT, labFolder(lesson.id), 'starter', f)), `${lesson.id}: starter file ${f} is missing`);
      for (const f of lesson.lab.solution) assert.ok(fs.existsSync(path.join(ROOT, labFolder(lesson.id), 'solution', f)), `${lesson.id}: solution file ${f} is missing`);
      assert.ok(lesson.lab.steps.length > 0, `${lesson.id}: lab has no steps`);
    }
  });

  it('every rule a lesson teaches exists', () => {
    const ids = new Set(allRules().map((r) => r.meta.id));
    const pending = (process.env.DOCKER_COURSE_PENDING_RULES ?? '').split(',');
    for (const lesson of courseChapters.flatMap((c) => c.lessons)) for (const r of lesson.rulesTaught) assert.ok(ids.has(r) || pending.includes(r), `${lesson.id} teaches ${r}, which is not a registered rule`);
  });

  it('every quiz question is well formed', () => {
    for (const lesson of courseChapters.flatMap((c) => c.lessons)) {
      const seen = new Set<string>();
      for (const q of lesson.quiz ?? []) {
        assert.ok(!seen.has(q.id), `${lesson.id}: duplicate question id ${q.id}`);
        seen.add(q.id);
        assert.ok(q.options.length >= 2 && q.options.every((o) => o.text && o.explanation), `${lesson.id}/${q.id}: options with explanations`);
        assert.ok(q.answer.every((i) => i >= 0 && i < q.options.length), `${lesson.id}/${q.id}: answer indexes in range`);
        if (q.kind === 'single') assert.equal(q.answer.length, 1, `${lesson.id}/${q.id}: single choice has one answer`);
        if (q.kind === 'order') assert.deepEqual([...q.answer].sort(), q.options.map((_, i) => i), `${lesson.id}/${q.id}: order answer is a permutation`);
      }
    }
  });

  it('every command link in the walkthroughs and lesson pages names a contributed command, every image exists', () => {
    const commands = knownCommands();
    const pending = (process.env.DOCKER_COURSE_PENDING_COMMANDS ?? '').split(',');
    const texts: [string, string][] = [[pkgFile, JSON.stringify(readPackage().contributes.walkthroughs ?? [])]];
    for (const lesson of courseChapters.flatMap((c) => c.lessons)) texts.push([path.join(ROOT, lessonPage(lesson)), fs.readFileSync(path.join(ROOT, lessonPage(lesson)), 'utf8')]);
    for (const [file, text] of texts) {
      for (const m of text.matchAll(/command:(?:toSide:)?([A-Za-z0-9_.-]+)/g)) assert.ok(commands.has(m[1]) || pending.includes(m[1]), `${path.relative(ROOT, file)} links to command ${m[1]}, which is not contributed`);
      if (!file.endsWith('.md')) continue;
      for (const m of text.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)) {
        assert.ok(m[1].trim().length > 0, `${path.relative(ROOT, file)}: image ${m[2]} has no alt text`);
        if (/^https?:/.test(m[2])) assert.fail(`${path.relative(ROOT, file)}: remote image ${m[2]}; bundle it under media/`);
        assert.ok(fs.existsSync(path.resolve(path.dirname(file), m[2])), `${path.relative(ROOT, file)}: image ${m[2]} does not exist`);
      }
      for (const m of text.matchAll(/(?<!!)\[[^\]]*\]\(((?!https?:|command:|#)[^)\s]+)\)/g)) {
        const target = m[1].split('#')[0];
        assert.ok(fs.existsSync(path.resolve(path.dirname(file), target)), `${path.relative(ROOT, file)}: broken link ${m[1]}`);
      }
    }
  });
});
