import * as assert from 'node:assert/strict';
import { composeAdapter } from '../../../../src/core/lint/compose/adapter';
import { lintCompose } from '../../../../src/core/lint/compose/index';
import { ComposeModel } from '../../../../src/core/lint/compose/model';
import { folder } from '../../support/composeTester';

const dev = folder({}, 'compose.dev.yaml');
const ids = (text: string, files = dev) => lintCompose(text, {}, files).findings.map((f) => `${f.ruleId}:${f.range.start.line + 1}`);

describe('compose suppressions', () => {
  const DB = 'services:\n  app:\n    image: example/app:1.0\n    depends_on:\n      - db\n  db:\n    image: redis:7.4\n    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n';

  it('reports without a comment', () => {
    assert.deepEqual(ids(DB), ['CF03:5']);
  });

  it('`# docker-course ignore=CF03` on the line before a key covers that key\'s whole node', () => {
    const text = DB.replace('    depends_on:', '    # docker-course ignore=CF03 -- the app retries on its own\n    depends_on:');
    assert.deepEqual(ids(text), []);
  });

  it('a comment above the service covers everything in it', () => {
    assert.deepEqual(ids(DB.replace('  app:', '  # docker-course ignore=depends-on-healthy\n  app:')), []);
  });

  it('a comment above another key does not reach this one', () => {
    const text = DB.replace('    image: example/app:1.0', '    # docker-course ignore=CF03\n    image: example/app:1.0');
    const out = lintCompose(text, {}, dev).findings.map((f) => `${f.ruleId}/${f.messageId}:${f.range.start.line + 1}`);
    assert.deepEqual(out, ['unused-suppression/unused:3', 'CF03/waitHealthy:6']);
  });

  it('`# docker-course global ignore=` anywhere in the file', () => {
    assert.deepEqual(ids(`${DB}# docker-course global ignore=CF03\n`), []);
  });

  it('a trailing comment covers the entry on its own line', () => {
    assert.deepEqual(ids(DB.replace('      - db', '      - db # docker-course ignore=CF03')), []);
  });

  it('dclint: disable-line (same line), disable-next-line, disable-file, by dclint rule name', () => {
    const text = 'version: "3" # dclint disable-line no-version-field\nservices:\n  web:\n    image: nginx:1.27\n';
    assert.deepEqual(ids(text), []);
    const next = '# dclint disable-next-line no-version-field\nversion: "3"\nservices:\n  web:\n    image: nginx:1.27\n';
    assert.deepEqual(ids(next), []);
    const file = '# dclint disable-file\nversion: "3"\nservices:\n  web:\n    image: nginx:latest\n';
    assert.deepEqual(ids(file), []);
    const other = '# dclint disable-next-line no-version-field\nservices:\n  web:\n    image: nginx:latest\n';
    assert.deepEqual(ids(other), ['unused-suppression:1', 'CF02:4'], 'a dclint name only hides the rule it maps to');
  });

  it('a `#` inside quotes or a block scalar is not a comment', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    command: |\n      # docker-course ignore=CF07\n      run\n    environment:\n      A: "# docker-course global ignore=CF07"\n';
    const model = new ComposeModel(text, {}, dev);
    assert.deepEqual(composeAdapter([]).comments(model), []);
  });

  it('anchors a finding to the whole entry line span that holds it (for "ignore" code actions)', () => {
    const model = new ComposeModel(DB, {}, dev);
    const adapter = composeAdapter([]);
    const anchor = adapter.anchorOf(model, { start: { line: 4, character: 8 }, end: { line: 4, character: 10 } });
    assert.deepEqual([anchor.start.line, anchor.end.line], [4, 4]);
    const whole = adapter.anchorOf(model, { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } });
    assert.deepEqual([whole.start.line, whole.end.line], [1, 4]);
  });
});

describe('compose model', () => {
  it('gives files their role', () => {
    const role = (p: string) => new ComposeModel('', {}, { path: p }).role;
    assert.equal(role('compose.override.yaml'), 'development');
    assert.equal(role('/x/docker-compose.dev.yml'), 'development');
    assert.equal(role('/x/.devcontainer/docker-compose.yml'), 'development');
    assert.equal(role('/x/compose.yaml'), 'default');
    assert.equal(role('/x/compose.prod.yaml'), 'default');
  });

  it('resolves merges: own keys win, earlier merge sources win', () => {
    const m = new ComposeModel('x-a: &a {image: a:1, restart: always}\nx-b: &b {image: b:1, init: true}\nservices:\n  s:\n    <<: [*a, *b]\n    restart: "no"\n');
    const s = m.services[0];
    assert.equal(m.value(s.get('image')), 'a:1');
    assert.equal(m.value(s.get('restart')), 'no');
    assert.equal(m.value(s.get('init')), 'true');
    assert.equal(s.get('image')!.via!.source, 'a');
    assert.equal(s.get('restart')!.via, undefined);
  });

  it('reports an anchor that contains its own alias instead of following it forever', () => {
    const out = lintCompose('x-x: &x\n  a: 1\n  <<: *x\nservices:\n  s: *x\n');
    assert.deepEqual(out.crashes, []);
    assert.deepEqual(out.findings.filter((f) => f.ruleId === 'CF24').map((f) => `${f.messageId}:${f.range.start.line + 1}`), ['aliasBomb:3']);
  });

  it('interpolates with .env values and defaults', () => {
    const m = new ComposeModel('services:\n  s:\n    image: "${REG:-docker.io}/app:${TAG}"\n', {}, folder({ '.env': '# c\nexport TAG="1.2"\n' }));
    assert.equal(m.resolved(m.services[0].get('image')!.value), 'docker.io/app:1.2');
  });
});
