import * as assert from 'node:assert/strict';
import { composeRules, lintCompose } from '../../../../src/core/lint/compose/index';
import { rule } from '../../../../src/core/lint/compose/rules/CF24-yaml-syntax';
import { testComposeRule } from '../../support/composeTester';

const bomb = ['x-l0: &l0 [a, a, a, a, a, a, a, a, a]'];
for (let i = 1; i <= 9; i++) bomb.push(`x-l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
const BOMB = `${bomb.join('\n')}\nservices:\n  web:\n    image: nginx:1.27\n    labels:\n      x: *l9\n`;

testComposeRule(rule, {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n',
    { name: 'a comment-only file', code: '# nothing yet\n' },
    { name: 'merge keys may repeat `<<`', code: 'x-a: &a {restart: always}\nx-b: &b {init: true}\nservices:\n  web:\n    <<: *a\n    <<: *b\n    image: nginx:1.27\n' },
    { name: '150 uses of one anchor is an ordinary file', code: `x-d: &d {image: "nginx:1.27"}\nservices:\n${Array.from({ length: 150 }, (_, i) => `  s${i}:\n    <<: *d\n`).join('')}` },
  ],
  invalid: [
    { code: 'services:\n  web:\n    image: nginx:1.27\n    image: nginx:1.26\n', errors: [{ messageId: 'duplicateKey', data: { key: 'image' }, line: 4, column: 5, endColumn: 10 }] },
    { code: 'services:\n  web:\n   image: nginx\n  ports: [\n', errors: [{ messageId: 'syntax', line: 5 }] },
    { name: 'a list at the top', code: '- web\n- db\n', errors: [{ messageId: 'notAMapping', line: 1, column: 1 }] },
    { name: 'alias bomb', code: BOMB, errors: [{ messageId: 'aliasBomb', data: { alias: '*l4' }, line: 6, column: 12 }] },
  ],
});

describe('CF24 yaml-syntax: hostile input', () => {
  it('rejects an alias bomb quickly, with every rule on', () => {
    lintCompose(BOMB);
    const start = performance.now();
    const out = lintCompose(BOMB);
    const ms = performance.now() - start;
    assert.deepEqual(out.crashes, []);
    assert.ok(out.findings.some((f) => f.ruleId === 'CF24' && f.messageId === 'aliasBomb'));
    assert.ok(ms < 200, `took ${ms.toFixed(1)} ms`);
  });

  it('does not parse files over the size cap', () => {
    const big = `services:\n  web:\n    image: nginx:1.27\n    labels:\n${'      a: "0123456789012345678901234567890123456789"\n'.repeat(110_000)}`;
    const out = lintCompose(big);
    assert.deepEqual(out.findings.map((f) => `${f.ruleId}/${f.messageId}`), ['CF24/tooLarge']);
    assert.equal(out.findings[0].range.start.line, 0);
  });

  it('every compose rule tolerates an empty and a broken file', () => {
    for (const text of ['', '\n', 'services:\n', 'services: []\n', 'services:\n  web:\n', 'services:\n  web: [1, 2]\n', ':\n', '{{{', 'services:\n  web:\n    depends_on: 3\n    ports: 5\n    volumes: {a: 1}\n    environment: 7\n']) {
      const out = lintCompose(text);
      assert.deepEqual(out.crashes, [], `crashed on ${JSON.stringify(text)}`);
    }
    assert.ok(composeRules.length > 0);
  });
});
