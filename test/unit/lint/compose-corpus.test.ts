import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { composeRules, lintCompose } from '../../../src/core/lint/compose/index';
import { withOptInEnabled } from '../../../src/core/lint/severity';
import type { Finding } from '../../../src/core/lint/types';
import { corpusDir, corpusFiles } from '../support/corpus';
import { assertInside } from './corpus.test';

/**
 * Real-world files that are genuinely invalid for Docker Compose v2, each with the reason. Any schema or
 * YAML error on a file not listed here is a bug of ours until shown otherwise.
 */
const GENUINELY_INVALID: { file: RegExp; reason: string }[] = [
  { file: /^coollabsio\+coolify__templates__compose__/, reason: "Coolify service templates use Coolify's own keys (`exclude_from_hc`, and `content`, `is_directory`, `mode` on volumes), which Coolify removes before it runs Compose" },
  { file: /^Haxxnet\+Compose-Examples__examples__(kutt|upsnap)__docker-compose\.yml$/, reason: 'the same `environment` entry is listed twice; docker-compose 1.29 rejects it as well ("contains non-unique items")' },
  { file: /^vimagick\+dockerfiles__(langfuse|wekan)__docker-compose\.yml$/, reason: 'misspelt top-level `services:` (`service:`, `sevices:`); docker-compose 1.29 rejects it as well' },
  { file: /__\.github__workflows__compose-spec-change\.yml$/, reason: 'a GitHub Actions workflow whose name contains "compose", not a compose file' },
  { file: /__e2e__fixtures__wrong-composefile__compose\.yaml$/, reason: "docker/compose's own test fixture for an unknown key" },
  { file: /__docker-compose-malformed\.yml$/, reason: "testcontainers' own test fixture for a malformed file" },
];

/** Every rule on, opt-in ones included, so the corpus exercises all of them. */
const ALL_ON = withOptInEnabled({}, composeRules.map((r) => r.meta));

function schemaErrors(findings: Finding[]): Finding[] {
  return findings.filter((f) => (f.ruleId === 'CF23' || f.ruleId === 'CF24') && f.severity === 'error');
}

describe('corpus: every real-world compose file lints without an exception', function () {
  const dir = corpusDir();
  if (!dir) {
    it('corpus present', function () {
      if (process.env.CI) assert.fail('../shared/corpus is missing: CI must lint the whole corpus');
      console.log('    (skipped: ../shared/corpus not found; set DOCKER_COURSE_CORPUS)');
      this.skip();
    });
    return;
  }
  const files = corpusFiles('compose');

  it(`lints ${files.length} compose files with every rule, every finding inside its file, schema errors only where the file is really invalid`, function () {
    this.timeout(300000);
    const problems: string[] = [];
    const unexpected: string[] = [];
    const allowedHits = new Map<RegExp, number>();
    let schemaErrorCount = 0;
    let filesWithErrors = 0;
    let legacy = 0;
    for (const f of files) {
      const text = fs.readFileSync(f.file, 'utf8');
      const name = path.basename(f.file);
      try {
        // Linted under its name in its repository, so override and development files get their role.
        const out = lintCompose(text, ALL_ON, { path: f.repoPath, exists: () => false, read: () => undefined });
        if (out.crashes.length) problems.push(`${name}: ${out.crashes.map((c) => `${c.ruleId} crashed: ${c.error.split('\n').slice(0, 2).join(' ')}`).join('; ')}`);
        assertInside(name, text, out.findings);
        const errors = schemaErrors(out.findings);
        if (errors.length === 0) continue;
        schemaErrorCount += errors.length;
        filesWithErrors++;
        // Compose file format 1 (services at the top level) is reported once, and only when there is no `services:`.
        if (errors.every((e) => e.messageId === 'legacyFormat') && !/^services\s*:/m.test(text)) {
          legacy++;
          continue;
        }
        const allowed = GENUINELY_INVALID.find((a) => a.file.test(name));
        if (allowed) allowedHits.set(allowed.file, (allowedHits.get(allowed.file) ?? 0) + 1);
        else unexpected.push(`${name}: ${errors.map((e) => `${e.range.start.line + 1}:${e.range.start.character + 1} ${e.message}`).join(' | ')}`);
      } catch (e) {
        problems.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    console.log(`    ${files.length} compose files: ${schemaErrorCount} schema/YAML errors in ${filesWithErrors} files (${legacy} in Compose file format 1, the rest allow-listed with reasons)`);
    assert.deepEqual(problems.slice(0, 20), [], `${problems.length} file(s) failed`);
    assert.deepEqual(unexpected, [], 'schema errors on files not known to be invalid: fix the linter, or add the file with its reason');
    for (const a of GENUINELY_INVALID) assert.ok(allowedHits.get(a.file), `allow-list entry ${a.file} matches no invalid file any more: remove it (${a.reason})`);
  });
});

describe('corpus: compose stress files', function () {
  const stress = corpusFiles('stress').filter((f) => /\.ya?ml$/.test(f.file));
  const byName = (n: string) => stress.find((f) => path.basename(f.file).includes(n));
  const lint = (f: { file: string }) => {
    const text = fs.readFileSync(f.file, 'utf8');
    lintCompose(text, ALL_ON, { path: f.file });
    const start = performance.now();
    const out = lintCompose(text, ALL_ON, { path: f.file });
    assert.deepEqual(out.crashes, []);
    assertInside(path.basename(f.file), text, out.findings);
    return { out, ms: performance.now() - start };
  };
  const need = (name: string) =>
    function (this: Mocha.Context) {
      if (!byName(name)) {
        if (process.env.CI) assert.fail(`stress file ${name} is missing`);
        this.skip();
      }
    };

  it('an alias bomb is reported at once and never expanded', function () {
    need('alias-bomb').call(this);
    const { out, ms } = lint(byName('alias-bomb')!);
    const bomb = out.findings.filter((f) => f.ruleId === 'CF24' && f.messageId === 'aliasBomb');
    assert.equal(bomb.length, 1);
    assert.match(bomb[0].message, /expands to [\d,]+ values/);
    assert.ok(ms < 500, `took ${ms.toFixed(0)} ms`);
  });

  it('150 uses of one anchor is an ordinary file: linted normally, as Compose reads it', function () {
    need('150-alias-uses').call(this);
    const { out } = lint(byName('150-alias-uses')!);
    assert.deepEqual(out.findings.filter((f) => f.ruleId === 'CF24' || f.ruleId === 'CF23'), []);
    assert.ok(out.findings.length > 0, 'the services are checked');
  });

  it('a 10,000-line file and 2,000-level nesting finish', function () {
    need('10000-lines').call(this);
    this.timeout(60000);
    const big = lint(byName('10000-lines')!);
    assert.ok(big.ms < 5000, `10,000 lines took ${big.ms.toFixed(0)} ms`);
    assert.deepEqual(schemaErrors(big.out.findings), []);
    const deep = lint(byName('deep-nesting')!);
    assert.ok(deep.ms < 5000, `deep nesting took ${deep.ms.toFixed(0)} ms`);
    assert.ok(deep.out.findings.some((f) => f.ruleId === 'CF24' && f.messageId === 'tooDeep'));
  });
});
