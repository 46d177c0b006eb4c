import * as assert from 'node:assert/strict';
import { hasInterpolation, interpolate, parseDotEnv } from '../../../../src/core/lint/compose/interpolation';

describe('compose interpolation', () => {
  const env = new Map([
    ['SET', 'v'],
    ['EMPTY', ''],
  ]);
  const value = (s: string) => interpolate(s, env).value;

  it('substitutes like Compose', () => {
    assert.equal(value('a-${SET}-$SET'), 'a-v-v');
    assert.equal(value('${UNSET:-d}|${EMPTY:-d}|${EMPTY-d}|${UNSET-d}'), 'd|d||d');
    assert.equal(value('${SET:+alt}|${EMPTY:+alt}|${EMPTY+alt}'), 'alt||alt');
    assert.equal(value('${UNSET:-${SET}}'), 'v');
    assert.equal(value('cost: $$5 and $ 3'), 'cost: $5 and $ 3');
    assert.equal(value('${UNSET}'), undefined);
    assert.equal(value('${UNSET:?must be set}'), undefined);
  });

  it('reports malformed references', () => {
    assert.deepEqual(interpolate('${OPEN', env).problems.map((p) => p.kind), ['unterminated']);
    assert.deepEqual(interpolate('${1X}', env).problems.map((p) => p.kind), ['badName']);
    assert.deepEqual(interpolate('${X=1}', env).problems.map((p) => p.kind), ['badOperator']);
  });

  it('tells interpolation from escaped dollars', () => {
    assert.equal(hasInterpolation('$$HOME'), false);
    assert.equal(hasInterpolation('price $5'), false);
    assert.equal(hasInterpolation('${A}'), true);
    assert.equal(hasInterpolation('$A'), true);
  });

  it('reads .env files', () => {
    const e = parseDotEnv('# comment\nA=1\nexport B="two words"\nC=\'$literal\'\nD=x # note\n\nE\n');
    assert.deepEqual([...e], [['A', '1'], ['B', 'two words'], ['C', '$literal'], ['D', 'x'], ['E', '']]);
  });
});
