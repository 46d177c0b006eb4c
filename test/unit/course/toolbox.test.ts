import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { busyboxCandidates, chooseBusybox, inspectElf } from '../../../src/core/course/toolbox';

/** A minimal 64-bit little-endian ELF header with the given machine and program header types. */
function elf(machine: number, phTypes: number[]): Uint8Array {
  const phoff = 64;
  const b = new Uint8Array(phoff + 56 * phTypes.length);
  const v = new DataView(b.buffer);
  b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
  v.setUint16(0x10, 2, true);
  v.setUint16(0x12, machine, true);
  v.setBigUint64(0x20, BigInt(phoff), true);
  v.setUint16(0x36, 56, true);
  v.setUint16(0x38, phTypes.length, true);
  phTypes.forEach((t, i) => v.setUint32(phoff + i * 56, t, true));
  return b;
}

/** Reads back the entries of a tar archive and checks each header's checksum. */
function readTar(tar: Uint8Array): { name: string; mode: number; content: Uint8Array }[] {
  const out = [];
  const dec = new TextDecoder();
  for (let at = 0; at + 512 <= tar.length; ) {
    const h = tar.subarray(at, at + 512);
    if (h.every((x) => x === 0)) break;
    const field = (o: number, n: number) => dec.decode(h.subarray(o, o + n)).replace(/\0.*$/s, '').trim();
    let sum = 0;
    h.forEach((x, i) => (sum += i >= 148 && i < 156 ? 0x20 : x));
    assert.equal(parseInt(field(148, 8), 8), sum, 'header checksum');
    assert.equal(field(257, 6), 'ustar');
    const size = parseInt(field(124, 12), 8);
    out.push({ name: field(0, 100), mode: parseInt(field(100, 8), 8), content: tar.subarray(at + 512, at + 512 + size) });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

describe('course toolbox', () => {
  it('tells static from dynamic ELF programs and reads the architecture', () => {
    assert.deepEqual(inspectElf(elf(62, [1, 1])), { kind: 'elf', arch: 'amd64', isStatic: true });
    assert.deepEqual(inspectElf(elf(183, [6, 3, 1])), { kind: 'elf', arch: 'arm64', isStatic: false });
    assert.equal(inspectElf(new TextEncoder().encode('#!/bin/sh\necho not a program, just a script that is long enough\n')).kind, 'not-elf');
    const truncated = elf(62, [1, 1]).subarray(0, 80);
    assert.deepEqual(inspectElf(truncated), { kind: 'not-elf', reason: 'the file is truncated' });
  });

  it('reads this machine\'s busybox the same way `file` does, when there is one', function () {
    if (!fs.existsSync('/bin/busybox')) this.skip();
    const info = inspectElf(fs.readFileSync('/bin/busybox'));
    assert.equal(info.kind, 'elf');
  });

  it('chooses the first static busybox for the engine\'s architecture and explains every rejection', () => {
    const files: Record<string, Uint8Array> = { '/bin/busybox': elf(62, [6, 3, 1]), '/usr/bin/busybox': elf(183, [1]), '/usr/sbin/busybox': elf(62, [1]) };
    const read = (p: string) => files[p];
    const cands = busyboxCandidates('/ext', 'amd64');
    assert.equal(cands[0], '/ext/media/toolbox/busybox-amd64');
    assert.deepEqual(chooseBusybox(cands, 'amd64', read, 'linux'), { kind: 'found', path: '/usr/sbin/busybox' });
    const none = chooseBusybox(cands, 'arm64', (p) => (p === '/bin/busybox' ? files[p] : undefined), 'linux');
    assert.equal(none.kind, 'none');
    if (none.kind === 'none') {
      assert.match(none.message, /dynamically linked/);
      assert.match(none.message, /apt-get install busybox-static/);
      assert.match(none.message, /online mode/);
    }
    const mac = chooseBusybox(cands, 'arm64', () => undefined, 'darwin');
    assert.ok(mac.kind === 'none' && /Docker Desktop/.test(mac.message) && !/apt-get/.test(mac.message));
  });
});
