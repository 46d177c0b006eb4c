import * as assert from 'node:assert/strict';
import { DockerfileModel } from '../../../../src/core/lint/dockerfile/model';
import { declarations, findVariables } from '../../../../src/core/lint/dockerfile/variables';
import { closestMatch, editDistance } from '../../../../src/core/lint/suggest';

describe('dockerfile variables', () => {
  const names = (text: string, escape = '\\') => findVariables(text, 0, escape).map((v) => `${v.name}${v.modifier ? `(${v.modifier})` : ''}@${v.start}-${v.end}`);

  it('finds $NAME and ${NAME}, with offsets', () => assert.deepEqual(names('a $X/${Y}b'), ['X@2-4', 'Y@5-9']));
  it('keeps modifiers', () => assert.deepEqual(names('${A:-x} ${B+y} ${C#p} ${D:x}'), ['A(:-)@0-7', 'B(+)@8-14', 'C(#)@15-21', 'D(:)@22-28']));
  it('skips single quotes but not double quotes', () => assert.deepEqual(names(`'$A' "$B" '"$C"'`), ['B@6-8']));
  it('skips escaped dollars, for either escape character', () => {
    assert.deepEqual(names('\\$A $B'), ['B@4-6']);
    assert.deepEqual(names('`$A $B', '`'), ['B@4-6']);
  });
  it('skips comment lines inside a continuation', () => assert.deepEqual(names('a=1 \\\n# $NO\n b=$YES'), ['YES@15-19']));
  it('ignores a lone dollar and positional forms', () => assert.deepEqual(names('$ $1 ${}'), []));

  it('splits ARG declarations the way the builder does', () => {
    const model = new DockerfileModel('ARG A B=2 C="x y" \\\n  D\nFROM scratch\nENV E=1 F="a b"\n');
    const [arg, , env] = model.instructions;
    assert.deepEqual(
      declarations(model, arg).map((d) => [d.name, d.value, d.nameRange.start.line, d.nameRange.start.character]),
      [['A', undefined, 0, 4], ['B', '2', 0, 6], ['C', 'x y', 0, 10], ['D', undefined, 1, 2]],
    );
    assert.deepEqual(declarations(model, env).map((d) => [d.name, d.value]), [['E', '1'], ['F', 'a b']]);
  });

  it('expands global ARG defaults in order', () => {
    const model = new DockerfileModel('ARG REG=ghcr.io\nARG IMAGE=${REG}/org/app:1\nFROM $IMAGE');
    assert.equal(model.globalArgs.get('IMAGE'), 'ghcr.io/org/app:1');
    assert.equal(model.stages[0].image.resolved, 'ghcr.io/org/app:1');
  });

  it('edit distance and closest match', () => {
    assert.equal(editDistance('builder', 'biulder'), 2);
    assert.equal(closestMatch('biulder', ['base', 'builder']), 'builder');
    assert.equal(closestMatch('VERSOIN', ['VERSION', 'NAME']), 'VERSION');
    assert.equal(closestMatch('x', ['y']), undefined);
    assert.equal(closestMatch('Build', ['build', 'buil']), 'build');
  });
});
