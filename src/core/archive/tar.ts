/** A file for an in-memory tar archive (ustar format, enough for a Docker build context). */
export interface TarEntry {
  /** Relative path with `/` separators, at most 100 bytes. */
  name: string;
  content: Uint8Array;
  /** Unix permission bits, e.g. 0o755 for an executable. */
  mode?: number;
  /** Seconds since the epoch; fixed by default so the same input gives the same bytes. */
  mtime?: number;
}

const BLOCK = 512;
const encoder = new TextEncoder();

function writeString(buf: Uint8Array, offset: number, length: number, value: string): void {
  const bytes = encoder.encode(value);
  if (bytes.length > length) throw new Error(`tar: "${value}" does not fit in ${length} bytes`);
  buf.set(bytes, offset);
}

function writeOctal(buf: Uint8Array, offset: number, length: number, value: number): void {
  // length-1 octal digits, then NUL, as GNU and BSD tar write them.
  const digits = value.toString(8).padStart(length - 1, '0');
  if (digits.length > length - 1) throw new Error(`tar: ${value} does not fit in a ${length}-byte field`);
  writeString(buf, offset, length - 1, digits);
  buf[offset + length - 1] = 0;
}

function header(entry: TarEntry): Uint8Array {
  if (!entry.name || entry.name.startsWith('/') || entry.name.split('/').includes('..')) throw new Error(`tar: unsafe entry name "${entry.name}"`);
  const h = new Uint8Array(BLOCK);
  writeString(h, 0, 100, entry.name);
  writeOctal(h, 100, 8, entry.mode ?? 0o644);
  writeOctal(h, 108, 8, 0); // uid
  writeOctal(h, 116, 8, 0); // gid
  writeOctal(h, 124, 12, entry.content.length);
  writeOctal(h, 136, 12, entry.mtime ?? 0);
  h.fill(0x20, 148, 156); // checksum is computed with its own field as spaces
  h[156] = 0x30; // '0': regular file
  writeString(h, 257, 6, 'ustar');
  writeString(h, 263, 2, '00');
  let sum = 0;
  for (const b of h) sum += b;
  writeString(h, 148, 6, sum.toString(8).padStart(6, '0'));
  h[154] = 0;
  h[155] = 0x20;
  return h;
}

/** Packs files into an uncompressed tar archive, ending with the two zero blocks tar readers expect. */
export function packTar(entries: readonly TarEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const e of entries) {
    const h = header(e);
    const padded = Math.ceil(e.content.length / BLOCK) * BLOCK;
    const body = new Uint8Array(padded);
    body.set(e.content);
    parts.push(h, body);
    size += BLOCK + padded;
  }
  parts.push(new Uint8Array(BLOCK * 2));
  size += BLOCK * 2;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
