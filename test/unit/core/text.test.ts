import * as assert from 'node:assert/strict';
import { applyEdits, LineIndex } from '../../../src/core/text/text';

describe('text utilities', () => {
  it('maps offsets and positions across LF, CRLF and CR line breaks', () => {
    const idx = new LineIndex('ab\r\ncd\nef\rg');
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(4), { line: 1, character: 0 });
    assert.equal(idx.offsetAt({ line: 2, character: 1 }), 8);
    assert.equal(idx.lineText(0), 'ab');
    assert.equal(idx.lineText(3), 'g');
    assert.equal(idx.offsetAt({ line: 0, character: 99 }), 2, 'clamped to the line end');
    assert.equal(idx.eol, '\r\n');
  });
  it('applies edits from the end so earlier ranges stay valid, and refuses overlaps', () => {
    const r = (l: number, a: number, b: number) => ({ start: { line: l, character: a }, end: { line: l, character: b } });
    assert.equal(applyEdits('hello world', [{ range: r(0, 0, 5), newText: 'HELLO' }, { range: r(0, 6, 11), newText: 'there' }]), 'HELLO there');
    assert.equal(applyEdits('ab', [{ range: r(0, 1, 1), newText: 'X' }, { range: r(0, 1, 1), newText: 'Y' }]), 'aXYb');
    assert.throws(() => applyEdits('abcdef', [{ range: r(0, 0, 4), newText: '' }, { range: r(0, 2, 5), newText: '' }]), /Overlapping/);
  });
});
