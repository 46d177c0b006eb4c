import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { dockerfileRules, lintDockerfile } from '../../../src/core/lint/dockerfile/index';
import { withOptInEnabled } from '../../../src/core/lint/severity';
import type { Finding } from '../../../src/core/lint/types';
import { LineIndex } from '../../../src/core/text/text';
import { corpusDir, corpusFiles } from '../support/corpus';

/** Every finding must sit inside the file: on a line it has, within that line's length. */
export function assertInside(file: string, text: string, findings: Finding[]): void {
  const lines = new LineIndex(text);
  for (const f of findings) {
    for (const p of [f.range.start, f.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.lineCount, `${file}: ${f.ruleId} on line ${p.line + 1}, file has ${lines.lineCount}`);
      assert.ok(p.character >= 0 && p.character <= lines.lineLength(p.line), `${file}: ${f.ruleId} at ${p.line + 1}:${p.character + 1}, line has ${lines.lineLength(p.line)} characters`);
    }
    assert.ok(f.range.start.line < f.range.end.line || f.range.start.character <= f.range.end.character, `${file}: ${f.ruleId} range ends before it starts`);
    assert.ok(!(f.range.start.line === 0 && f.range.start.character === 0 && f.range.end.line === lines.lineCount - 1 && lines.lineCount > 3), `${file}: ${f.ruleId} covers the whole file`);
  }
}

describe('corpus: every real-world Dockerfile lints without an exception', function () {
  const dir = corpusDir();
  if (!dir) {
    it('corpus present', function () {
      if (process.env.CI) assert.fail('../shared/corpus is missing: CI must lint the whole corpus');
      console.log('    (skipped: ../shared/corpus not found; set DOCKER_COURSE_CORPUS)');
      this.skip();
    });
    return;
  }
  const files = [...corpusFiles('dockerfile'), ...corpusFiles('snippet'), ...corpusFiles('stress').filter((f) => !/\.ya?ml$/.test(f.file))];
  it(`lints ${files.length} files with every rule, every finding inside its file`, function () {
    this.timeout(300000);
    const problems: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(f.file, 'utf8');
      try {
        const out = lintDockerfile(text, withOptInEnabled({}, dockerfileRules.map((r) => r.meta)), { path: f.file, exists: () => false, read: () => undefined });
        if (out.crashes.length) problems.push(`${f.file}: ${out.crashes.map((c) => `${c.ruleId} crashed: ${c.error.split('\n')[0]}`).join('; ')}`);
        assertInside(f.file, text, out.findings);
      } catch (e) {
        problems.push(`${f.file}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    assert.deepEqual(problems.slice(0, 20), [], `${problems.length} file(s) failed`);
  });
});
