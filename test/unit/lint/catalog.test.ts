import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { composeAdapter } from '../../../src/core/lint/compose/adapter';
import { composeRules } from '../../../src/core/lint/compose/index';
import { dockerfileAdapter } from '../../../src/core/lint/dockerfile/adapter';
import { dockerfileRules } from '../../../src/core/lint/dockerfile/index';
import { lintWith } from '../../../src/core/lint/engine';
import { RULE_PAGES_DIR, RULES_PAGE } from '../../../src/core/lint/catalog';
import { exampleFiles, renderRuleDocPages, renderRulesPage } from '../../../src/core/lint/registry';
import { findLesson } from '../../../src/core/course/lessonIds';
import { withOptInEnabled } from '../../../src/core/lint/severity';
import type { RuleMeta } from '../../../src/core/lint/types';

const ROOT = path.resolve(__dirname, '../../../..');
const RULE_DIRS = { dockerfile: 'src/core/lint/dockerfile/rules', compose: 'src/core/lint/compose/rules' };

describe('lint rule catalogue', () => {
  const all = [...dockerfileRules, ...composeRules] as readonly { meta: RuleMeta }[];

  it('ids are unique, well-formed and match their file names', () => {
    const ids = new Set<string>();
    for (const r of all) {
      assert.match(r.meta.id, /^(DF|CF)\d\d$/);
      assert.match(r.meta.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(!ids.has(r.meta.id), `duplicate id ${r.meta.id}`);
      ids.add(r.meta.id);
    }
    for (const registry of [dockerfileRules, composeRules] as readonly (readonly { meta: { id: string } }[])[]) {
      const sorted = registry.map((r) => r.meta.id);
      assert.deepEqual(sorted, [...sorted].sort(), 'registry is sorted by id');
    }
  });

  it('every rule file is registered and every registered rule has a file and a test file', () => {
    for (const [target, dir] of Object.entries(RULE_DIRS)) {
      const files = fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.ts'));
      const rules = all.filter((r) => r.meta.target === target);
      for (const f of files) assert.ok(rules.some((r) => f === `${r.meta.id}-${r.meta.name}.ts`), `${dir}/${f} is not registered`);
      for (const r of rules) {
        assert.ok(files.includes(`${r.meta.id}-${r.meta.name}.ts`), `${r.meta.id} has no file ${r.meta.id}-${r.meta.name}.ts`);
        const test = path.join(ROOT, 'test/unit/lint', target, `${r.meta.id}-${r.meta.name}.test.ts`);
        assert.ok(fs.existsSync(test), `${r.meta.id} has no test file ${path.relative(ROOT, test)}`);
        const src = fs.readFileSync(test, 'utf8');
        assert.match(src, /valid:\s*\[\s*\S/, `${r.meta.id}: at least one valid case`);
        assert.match(src, /invalid:\s*\[\s*\{/, `${r.meta.id}: at least one invalid case`);
        if (r.meta.fix === 'safe') assert.match(src, /output:\s*['"`]/, `${r.meta.id} has a safe fix but no case with output`);
      }
    }
  });

  it('every rule is documented and taught in lessons that exist', () => {
    for (const r of all) {
      const { docs } = r.meta;
      assert.ok(docs.summary.length > 10 && docs.rationale.length > 60, `${r.meta.id}: summary and rationale`);
      assert.ok(Object.keys(r.meta.messages).length > 0, `${r.meta.id}: messages`);
      for (const l of r.meta.taughtIn) assert.ok(findLesson(l), `${r.meta.id}: taughtIn ${l} is not a lesson`);
    }
  });

  for (const r of all) {
    it(`${r.meta.id}: the bad example fires exactly this rule, the good example fires nothing`, () => {
      const lint = (text: string, config: Parameters<typeof lintWith>[2], which: 'bad' | 'good') =>
        (r.meta.target === 'dockerfile' ? lintWith(dockerfileAdapter(dockerfileRules), text, config, exampleFiles(r as never, which)) : lintWith(composeAdapter(composeRules), text, config, exampleFiles(r as never, which))).findings;
      // Every default rule is on; an opt-in rule is on for its own examples.
      const config = withOptInEnabled({}, [r.meta]);
      const bad = lint(r.meta.docs.examples.bad, config, 'bad');
      assert.ok(bad.length > 0, `${r.meta.id}: bad example fires nothing`);
      assert.deepEqual([...new Set(bad.map((f) => f.ruleId))], [r.meta.id], `bad example fires: ${bad.map((f) => `${f.ruleId} ${f.message}`).join('\n')}`);
      const good = lint(r.meta.docs.examples.good, config, 'good');
      assert.deepEqual(good.map((f) => `${f.ruleId}: ${f.message}`), [], 'good example fires');
    });
  }

  it(`${RULES_PAGE} is current`, () => {
    const file = path.join(ROOT, RULES_PAGE);
    const rendered = renderRulesPage();
    if (process.env.UPDATE_GENERATED === '1') fs.writeFileSync(file, rendered);
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    assert.ok(committed === rendered, `${RULES_PAGE} is stale: run \`UPDATE_GENERATED=1 npm test\` and commit the result`);
  });

  it(`${RULE_PAGES_DIR}/ has one current page per rule and nothing else`, () => {
    const pages = renderRuleDocPages();
    const dir = path.join(ROOT, RULE_PAGES_DIR);
    if (process.env.UPDATE_GENERATED === '1') {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      for (const [rel, text] of pages) fs.writeFileSync(path.join(ROOT, rel), text);
    }
    const onDisk = fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => `${RULE_PAGES_DIR}/${f}`) : [];
    assert.deepEqual(onDisk.sort(), [...pages.keys()].sort(), 'rule pages differ from the rules: run `UPDATE_GENERATED=1 npm test`');
    for (const [rel, text] of pages) assert.ok(fs.readFileSync(path.join(ROOT, rel), 'utf8') === text, `${rel} is stale: run \`UPDATE_GENERATED=1 npm test\``);
  });
});
