/**
 * Node implementations of the non-Docker ports: the course folder on disk, host-side HTTP to published
 * ports, and the real clock. Shared by the CLI, the extension and the real-engine tests.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { Clock, HttpPort, HttpResult, WorkspacePort } from '../core/course/checkpoints/types';

export class FsWorkspace implements WorkspacePort {
  constructor(
    readonly root: string | undefined,
    /** Unsaved editor buffers win over the file on disk (the VS Code adapter passes them). */
    private readonly buffers?: (absPath: string) => string | undefined,
  ) {}

  private abs(rel: string): string | undefined {
    if (!this.root) return undefined;
    const p = path.resolve(this.root, rel);
    const rootWithSep = this.root.endsWith(path.sep) ? this.root : this.root + path.sep;
    return p === this.root || p.startsWith(rootWithSep) ? p : undefined;
  }

  async readFile(rel: string): Promise<Uint8Array | undefined> {
    const p = this.abs(rel);
    if (!p) return undefined;
    const buffered = this.buffers?.(p);
    if (buffered !== undefined) return new TextEncoder().encode(buffered);
    try {
      return await fs.promises.readFile(p);
    } catch {
      return undefined;
    }
  }

  async list(relDir: string): Promise<string[] | undefined> {
    const p = this.abs(relDir);
    if (!p) return undefined;
    try {
      return (await fs.promises.readdir(p)).sort();
    } catch {
      return undefined;
    }
  }

  async stat(rel: string): Promise<{ size: number; uid?: number; isDirectory: boolean } | undefined> {
    const p = this.abs(rel);
    if (!p) return undefined;
    try {
      const s = await fs.promises.stat(p);
      return { size: s.size, uid: s.uid, isDirectory: s.isDirectory() };
    } catch {
      return undefined;
    }
  }

  async gitHead(): Promise<string | undefined> {
    if (!this.root) return undefined;
    let dir = this.root;
    for (;;) {
      const git = path.join(dir, '.git');
      if (fs.existsSync(git)) return readGitHead(git);
      const up = path.dirname(dir);
      if (up === dir) return undefined;
      dir = up;
    }
  }
}

/** Resolves HEAD without running git: HEAD → ref file or packed-refs; a `.git` file points at a worktree. */
export function readGitHead(gitPath: string): string | undefined {
  try {
    let gitDir = gitPath;
    if (fs.statSync(gitPath).isFile()) {
      const m = /^gitdir:\s*(.+)$/m.exec(fs.readFileSync(gitPath, 'utf8'));
      if (!m) return undefined;
      gitDir = path.resolve(path.dirname(gitPath), m[1].trim());
    }
    const head = fs.readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    if (/^[0-9a-f]{40,64}$/.test(head)) return head;
    const ref = /^ref:\s*(.+)$/.exec(head)?.[1];
    if (!ref) return undefined;
    const commonFile = path.join(gitDir, 'commondir');
    const common = fs.existsSync(commonFile) ? path.resolve(gitDir, fs.readFileSync(commonFile, 'utf8').trim()) : gitDir;
    for (const dir of [gitDir, common]) {
      const refFile = path.join(dir, ref);
      if (fs.existsSync(refFile)) return fs.readFileSync(refFile, 'utf8').trim();
    }
    const packed = path.join(common, 'packed-refs');
    if (fs.existsSync(packed)) {
      for (const line of fs.readFileSync(packed, 'utf8').split('\n')) {
        const [sha, name] = line.trim().split(' ');
        if (name === ref) return sha;
      }
    }
    return undefined;
  } catch {
    return undefined;
  }
}

export class NodeHttp implements HttpPort {
  get(url: string, timeoutMs: number, signal?: AbortSignal): Promise<HttpResult> {
    return new Promise((resolve) => {
      const s = signal ? AbortSignal.any([AbortSignal.timeout(timeoutMs), signal]) : AbortSignal.timeout(timeoutMs);
      const req = http.get(url, { signal: s, headers: { connection: 'close' } }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size <= 1_000_000) chunks.push(c);
        });
        res.on('end', () => resolve({ ok: true, status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => resolve({ ok: false, error: describeNetError(e) }));
      });
      req.on('error', (e) => resolve({ ok: false, error: describeNetError(e) }));
    });
  }
}

function describeNetError(e: Error & { code?: string }): string {
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return 'no answer in time';
  if (e.code === 'ECONNREFUSED') return 'connection refused (nothing listens on that port)';
  if (e.code === 'ECONNRESET') return 'the connection was reset';
  return e.code ? `${e.code}: ${e.message}` : e.message;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      const t = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(t);
        reject(signal.reason);
      }, { once: true });
    }),
};
