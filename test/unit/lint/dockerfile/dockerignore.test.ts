import * as assert from 'node:assert/strict';
import { cleanPath, dockerignoreTemplate, hasExceptions, ignoringPattern, isIgnored, parseDockerignore } from '../../../../src/core/lint/dockerfile/dockerignore';

describe('dockerignore matching', () => {
  const cases: { patterns: string; ignored: string[]; kept: string[] }[] = [
    { patterns: 'node_modules', ignored: ['node_modules', 'node_modules/a/b.js'], kept: ['src/node_modules', 'node_modules_old'] },
    { patterns: '*.log', ignored: ['a.log', '.log'], kept: ['logs/a.log', 'a.log.txt'] },
    { patterns: '*/*.log', ignored: ['logs/a.log'], kept: ['a.log', 'a/b/c.log'] },
    { patterns: '**/*.log', ignored: ['a.log', 'logs/a.log', 'a/b/c.log'], kept: ['a.logs'] },
    { patterns: '**/node_modules', ignored: ['node_modules', 'web/node_modules', 'web/node_modules/x'], kept: ['web/node_modules2'] },
    { patterns: 'build/**', ignored: ['build/app', 'build/a/b'], kept: ['build', 'builds/app'] },
    { patterns: 'docs/**/*.md', ignored: ['docs/a.md', 'docs/x/y/z.md'], kept: ['a.md', 'docs/a.txt'] },
    { patterns: '**', ignored: ['a', 'a/b/c', '.git'], kept: [] },
    { patterns: 'file?.txt', ignored: ['file1.txt'], kept: ['file10.txt', 'file/.txt'] },
    { patterns: '/secret', ignored: ['secret', 'secret/x'], kept: ['a/secret'] },
    { patterns: './config/local.yaml', ignored: ['config/local.yaml'], kept: ['config/other.yaml'] },
    { patterns: 'tmp/', ignored: ['tmp', 'tmp/a'], kept: ['tmpx'] },
    { patterns: 'a//b/../c', ignored: ['a/c'], kept: ['a/b/c'] },
    { patterns: '[ab].txt', ignored: ['a.txt', 'b.txt'], kept: ['c.txt'] },
    { patterns: '[^ab].txt', ignored: ['c.txt'], kept: ['a.txt'] },
    { patterns: 'file\\*.txt', ignored: ['file*.txt'], kept: ['file1.txt'] },
    { patterns: '.env', ignored: ['.env'], kept: ['.env.example', 'app/.env'] },
    { patterns: '.*', ignored: ['.git', '.env', '.git/config'], kept: ['app/.env', 'src'] },
    { patterns: '*\n!README.md', ignored: ['a', 'src/x.js', '.git'], kept: ['README.md'] },
    { patterns: '*.md\n!README*.md\nREADME-secret.md', ignored: ['a.md', 'README-secret.md'], kept: ['README.md', 'README-x.md'] },
    { patterns: '# a comment\n\n   \nbuild', ignored: ['build'], kept: ['# a comment'] },
    { patterns: '  cache  \n', ignored: ['cache/x'], kept: ['caches'] },
    { patterns: '!keep\nkeep', ignored: ['keep'], kept: [] },
    { patterns: 'web\n!web/public', ignored: ['web/src'], kept: ['web/public', 'web/public/a.css'] },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.patterns)}`, () => {
      const patterns = parseDockerignore(c.patterns);
      for (const p of c.ignored) assert.ok(isIgnored(patterns, p), `${p} should be left out`);
      for (const p of c.kept) assert.ok(!isIgnored(patterns, p), `${p} should be sent`);
    });
  }

  it('normalises the path it is asked about', () => {
    const patterns = parseDockerignore('build');
    assert.ok(isIgnored(patterns, './build/app'));
    assert.ok(isIgnored(patterns, '/build'));
    assert.ok(isIgnored(patterns, 'build/'));
    assert.ok(!isIgnored(patterns, '.'));
  });

  it('names the pattern that decided, with its line', () => {
    const patterns = parseDockerignore('# junk\n*.log\nbuild/\n');
    const p = ignoringPattern(patterns, 'build/app.bin');
    assert.equal(p?.text, 'build/');
    assert.equal(p?.pattern, 'build');
    assert.equal(p?.line, 3);
    assert.equal(ignoringPattern(patterns, 'app.bin'), undefined);
  });

  it('reads a byte-order mark and CRLF line ends', () => {
    const patterns = parseDockerignore('\uFEFF.git\r\n.env\r\n');
    assert.deepEqual(
      patterns.map((p) => p.pattern),
      ['.git', '.env'],
    );
  });

  it('knows when a file has exceptions', () => {
    assert.equal(hasExceptions(parseDockerignore('a\nb')), false);
    assert.equal(hasExceptions(parseDockerignore('a\n!b')), true);
  });

  it('cleans paths as Go does', () => {
    assert.equal(cleanPath(''), '.');
    assert.equal(cleanPath('./'), '.');
    assert.equal(cleanPath('a/./b/'), 'a/b');
    assert.equal(cleanPath('../a'), '../a');
    assert.equal(cleanPath('/../a'), '/a');
    assert.equal(cleanPath('a/b/../../..'), '..');
  });
});

describe('dockerignoreTemplate', () => {
  for (const kind of ['node', 'python', 'go', 'generic'] as const) {
    it(`${kind}: leaves out .git and .env and keeps the sources`, () => {
      const patterns = parseDockerignore(dockerignoreTemplate(kind));
      for (const p of ['.git', '.git/HEAD', '.env', '.env.local', 'server.pem', 'Dockerfile', '.dockerignore']) assert.ok(isIgnored(patterns, p), `${kind} leaves out ${p}`);
      for (const p of ['src/main.py', 'app.js', 'package.json', 'requirements.txt', 'go.mod', 'main.go', 'README.md']) assert.ok(!isIgnored(patterns, p), `${kind} keeps ${p}`);
      assert.equal(hasExceptions(patterns), false, 'no exceptions, so DF58 can still check COPY sources');
      assert.ok(dockerignoreTemplate(kind).endsWith('\n'));
    });
  }
  it('node leaves out node_modules at any depth; python its caches', () => {
    const node = parseDockerignore(dockerignoreTemplate('node'));
    assert.ok(isIgnored(node, 'node_modules/x'));
    assert.ok(isIgnored(node, 'packages/web/node_modules'));
    const python = parseDockerignore(dockerignoreTemplate('python'));
    assert.ok(isIgnored(python, 'app/__pycache__/x.pyc'));
    assert.ok(isIgnored(python, '.venv/bin/python'));
    assert.ok(!isIgnored(python, 'app/main.py'));
    assert.ok(!isIgnored(parseDockerignore(dockerignoreTemplate('generic')), 'node_modules'));
  });
});
