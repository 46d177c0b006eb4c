/**
 * A small ustar reader and writer: enough to read `docker save` archives and `GET /archive` answers,
 * and to send a build context. Handles GNU long names and pax `path` records; no compression.
 */

export interface TarEntry {
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'other';
  size: number;
  mode: number;
  linkName?: string;
  data: Uint8Array;
}

const decoder = new TextDecoder();

function str(buf: Uint8Array, start: number, len: number): string {
  const slice = buf.subarray(start, start + len);
  const nul = slice.indexOf(0);
  return decoder.decode(nul >= 0 ? slice.subarray(0, nul) : slice);
}

function octal(buf: Uint8Array, start: number, len: number): number {
  // Base-256 (GNU) for large sizes: high bit set on the first byte.
  if (buf[start] & 0x80) {
    let n = 0;
    for (let i = start + 1; i < start + len; i++) n = n * 256 + buf[i];
    return n;
  }
  const s = str(buf, start, len).trim();
  return s ? parseInt(s, 8) : 0;
}

/** Reads every entry; stops at the end-of-archive blocks or at a truncated entry. */
export function readTar(buf: Uint8Array): TarEntry[] {
  const out: TarEntry[] = [];
  let off = 0;
  let longName: string | undefined;
  let paxPath: string | undefined;
  while (off + 512 <= buf.length) {
    const header = buf.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const size = octal(header, 124, 12);
    const typeflag = String.fromCharCode(header[156] || 48);
    const dataStart = off + 512;
    if (dataStart + size > buf.length) break;
    const data = buf.subarray(dataStart, dataStart + size);
    off = dataStart + Math.ceil(size / 512) * 512;
    if (typeflag === 'L') {
      longName = str(data, 0, data.length);
      continue;
    }
    if (typeflag === 'x') {
      const m = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(decoder.decode(data));
      if (m) paxPath = m[1];
      continue;
    }
    if (typeflag === 'g') continue;
    const prefix = str(header, 345, 155);
    let name = longName ?? paxPath ?? (prefix ? `${prefix}/${str(header, 0, 100)}` : str(header, 0, 100));
    longName = undefined;
    paxPath = undefined;
    name = name.replace(/^\.\//, '');
    const type = typeflag === '0' || typeflag === '\0' || typeflag === '7' ? 'file' : typeflag === '5' ? 'directory' : typeflag === '2' ? 'symlink' : 'other';
    out.push({ name, type, size, mode: octal(header, 100, 8), linkName: type === 'symlink' ? str(header, 157, 100) : undefined, data });
  }
  return out;
}

export interface TarInput {
  name: string;
  data: Uint8Array | string;
  mode?: number;
}

const encoder = new TextEncoder();

function writeString(buf: Uint8Array, s: string, start: number, len: number): void {
  const bytes = encoder.encode(s);
  buf.set(bytes.subarray(0, len), start);
}

function writeOctal(buf: Uint8Array, n: number, start: number, len: number): void {
  writeString(buf, n.toString(8).padStart(len - 1, '0'), start, len - 1);
}

/** Writes regular files (with parent folders implied) as a ustar archive; long names use GNU `L` records. */
export function writeTar(files: TarInput[], mtimeSec = 0): Uint8Array {
  const chunks: Uint8Array[] = [];
  const header = (name: string, size: number, mode: number, type: string) => {
    const h = new Uint8Array(512);
    writeString(h, name, 0, 100);
    writeOctal(h, mode, 100, 8);
    writeOctal(h, 0, 108, 8);
    writeOctal(h, 0, 116, 8);
    writeOctal(h, size, 124, 12);
    writeOctal(h, mtimeSec, 136, 12);
    h.fill(32, 148, 156);
    h[156] = type.charCodeAt(0);
    writeString(h, 'ustar', 257, 6);
    writeString(h, '00', 263, 2);
    let sum = 0;
    for (const b of h) sum += b;
    writeString(h, sum.toString(8).padStart(6, '0') + '\0 ', 148, 8);
    return h;
  };
  const pad = (size: number) => new Uint8Array((512 - (size % 512)) % 512);
  for (const f of files) {
    const data = typeof f.data === 'string' ? encoder.encode(f.data) : f.data;
    if (encoder.encode(f.name).length > 99) {
      const nameBytes = encoder.encode(f.name + '\0');
      chunks.push(header('././@LongLink', nameBytes.length, 0o644, 'L'), nameBytes, pad(nameBytes.length));
    }
    chunks.push(header(f.name, data.length, f.mode ?? 0o644, '0'), data, pad(data.length));
  }
  chunks.push(new Uint8Array(1024));
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}
