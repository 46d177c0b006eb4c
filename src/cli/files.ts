import * as fs from 'node:fs';
import * as path from 'node:path';
import { globToRegExp } from '../core/lint/glob';
import { targetOf } from '../core/lint/lintDocument';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.venv', 'vendor']);

export class UsageError extends Error {}

/** Expands paths, folders and globs (`**`, `*`, `?`) into lintable files, in a stable order. */
export function expandInputs(inputs: string[], cwd: string): { files: string[]; problems: string[] } {
  const files = new Set<string>();
  const problems: string[] = [];
  for (const input of inputs) {
    if (/[*?[]/.test(input)) {
      const matches = globFiles(input, cwd);
      if (matches.length === 0) problems.push(`${input}: no file matches this pattern.`);
      matches.forEach((f) => files.add(f));
      continue;
    }
    const full = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      problems.push(`${input}: no such file or folder.`);
      continue;
    }
    if (stat.isDirectory()) {
      const found = walk(full).filter((f) => targetOf(f));
      if (found.length === 0) problems.push(`${input}: this folder holds no Dockerfile or compose file (looked for Dockerfile*, *.Dockerfile, Containerfile, compose*.yaml, docker-compose*.yml).`);
      found.forEach((f) => files.add(f));
    } else files.add(full);
  }
  return { files: [...files], problems };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) out.push(...walk(full));
    } else if (e.isFile()) out.push(full);
  }
  return out;
}

function globFiles(pattern: string, cwd: string): string[] {
  const normalized = pattern.replace(/\\/g, '/');
  const parts = normalized.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (/[*?[]/.test(p)) break;
    fixed.push(p);
  }
  const base = path.resolve(cwd, fixed.join('/') || '.');
  const regex = globToRegExp(path.resolve(cwd, normalized).replace(/\\/g, '/'));
  return walk(base).filter((f) => regex.test(f.replace(/\\/g, '/')));
}

/** Reads a file as text, refusing binary files with a clear reason. */
export function readText(file: string): { text?: string; problem?: string } {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { problem: `${file}: cannot be read (${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unknown error')}).` };
  }
  if (buf.subarray(0, 8000).includes(0)) return { problem: `${file}: looks like a binary file (it contains NUL bytes), not a Dockerfile or compose file; skipped.` };
  return { text: buf.toString('utf8').replace(/^\uFEFF/, '') };
}
