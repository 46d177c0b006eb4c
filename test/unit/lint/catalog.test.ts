import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { composeAdapter } from '../../../src/core/lint/compose/adapter';
import { composeRules } from '../../../src/core/lint/compose/index';
import { dockerfileAdapter } from '../../../src/core/lint/dockerfile/adapter';
import { dockerfileRules } from '../../../src/core/lint/dockerfile/index';
import { lintWith } from '../../../src/core/lint/engine';
import { RULES_PAGE } from '../../../src/core/lint/catalog';
import { exampleFiles, renderRulesPage } from '../../../src/core/lint/registry';
import { findLesson } from '../../../src/core/course/lessonIds';

const ROOT = path.resolve(__dirname, '../../../..');
const RULE_DIRS = { dockerfile: 'src/core/lint/dockerfile/rules', compose: 'src/core/lint/compose/rules' };

describe('lint rule catalogue', () => {
  const all = [...dockerfileRules, ...composeRules] as readonly { meta: import('../../../src/core/lint/types').RuleMeta }[];

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
      const files = exampleFiles(r as never);
      const lint = (text: string) => (r.meta.target === 'dockerfile' ? lintWith(dockerfileAdapter(dockerfileRules), text, {}, files) : lintWith(composeAdapter(composeRules), text, {}, files)).findings;
      const bad = lint(r.meta.docs.examples.bad);
      assert.ok(bad.length > 0, `${r.meta.id}: bad example fires nothing`);
      assert.deepEqual([...new Set(bad.map((f) => f.ruleId))], [r.meta.id], `bad example fires: ${bad.map((f) => `${f.ruleId} ${f.message}`).join('\n')}`);
      const good = lint(r.meta.docs.examples.good);
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
});
