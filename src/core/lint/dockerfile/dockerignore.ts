/**
 * `.dockerignore`: how Docker reads it and decides which paths of the build context are left out,
 * plus the starter files the editor offers to create. Pure: no file access here.
 *
 * Docker's rules, as documented for the build context:
 * - one pattern per line; lines whose first character is `#` are comments; blank lines are skipped;
 * - surrounding blanks are trimmed; a leading `!` turns the pattern into an exception (re-includes);
 * - each pattern is cleaned like a path: `./a`, `/a` and `a/` all mean `a`, `a//b/../c` means `a/c`;
 * - `*` matches any run of characters except `/`, `?` one character except `/`, `[a-z]` a class,
 *   `**` any number of directories (including none), `\` escapes the next character (Go's `path.Match`
 *   syntax, so a class is negated with `[^…]`, not gitignore's `[!…]`);
 * - patterns are matched against the whole path from the context root (`*.log` does not reach `logs/a.log`);
 * - a path is also left out when one of its parent directories matches (`build` covers `build/app`);
 * - the last pattern that matches decides, so an exception can undo an earlier exclusion.
 */
export interface IgnorePattern {
  /** The cleaned pattern, without `!`. */
  pattern: string;
  /** The line as written (trimmed), for messages. */
  text: string;
  /** 1-based line number in the ignore file. */
  line: number;
  /** True for `!pattern` lines (exceptions). */
  negated: boolean;
  regex: RegExp;
}

export function parseDockerignore(text: string): IgnorePattern[] {
  const out: IgnorePattern[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  lines.forEach((raw, i) => {
    if (raw.startsWith('#')) return;
    let pattern = raw.trim();
    if (pattern === '') return;
    const negated = pattern.startsWith('!');
    if (negated) pattern = pattern.slice(1).trim();
    if (pattern === '') return;
    pattern = cleanPath(pattern);
    if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    out.push({ pattern, text: raw.trim(), line: i + 1, negated, regex: compilePattern(pattern) });
  });
  return out;
}

/** True when the file has `!` exceptions, which make a static answer unreliable for some checks. */
export function hasExceptions(patterns: readonly IgnorePattern[]): boolean {
  return patterns.some((p) => p.negated);
}

/**
 * The pattern that leaves `path` (relative to the context root) out of the build context,
 * or undefined when the path is sent to the builder.
 */
export function ignoringPattern(patterns: readonly IgnorePattern[], path: string): IgnorePattern | undefined {
  const file = cleanPath(path.replace(/\\/g, '/')).replace(/^\/+/, '');
  if (file === '' || file === '.') return undefined;
  const parts = file.split('/');
  const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  let decidedBy: IgnorePattern | undefined;
  for (const p of patterns) {
    // An exclusion only matters while the path is included, an exception only while it is excluded.
    if (p.negated !== (decidedBy !== undefined)) continue;
    if (candidates.some((c) => p.regex.test(c))) decidedBy = p.negated ? undefined : p;
  }
  return decidedBy;
}

export function isIgnored(patterns: readonly IgnorePattern[], path: string): boolean {
  return ignoringPattern(patterns, path) !== undefined;
}

/** Path cleaning as Go's `path.Clean` does it: one slash between parts, no `.`, `..` resolved, no trailing slash. */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!rooted) parts.push('..');
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** Turns a cleaned pattern into an anchored regular expression with Docker's meaning of `*`, `?`, `**`, `[…]` and `\`. */
export function compilePattern(pattern: string): RegExp {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        // `**` at the end takes everything; elsewhere it takes any number of whole directories.
        re += i + 1 >= pattern.length ? '.*' : '(?:.*/)?';
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '\\' && i + 1 < pattern.length) {
      i++;
      re += escapeRegex(pattern[i]);
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        re += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith('^');
      if (negate) body = body.slice(1);
      re += `[${negate ? '^' : ''}${body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]')}]`;
      i = close;
    } else {
      re += escapeRegex(c);
    }
  }
  return new RegExp(`${re}$`);
}

function escapeRegex(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

export type DockerignoreKind = 'node' | 'python' | 'go' | 'generic';

const COMMON = [
  '# What `docker build` should not send to the builder (created by docker-course).',
  '# Version control and editor folders',
  '.git',
  '.vscode',
  '.idea',
  '**/.DS_Store',
  '# Secrets: pass them at run time or with RUN --mount=type=secret, never in the image',
  '.env',
  '.env.*',
  '*.pem',
  '*.key',
  'id_rsa*',
  '# The build files themselves',
  'Dockerfile*',
  '.dockerignore',
  'compose*.y*ml',
  'docker-compose*.y*ml',
];

const BY_KIND: Record<DockerignoreKind, string[]> = {
  node: ['# Node: dependencies are installed inside the image, logs and coverage are local', '**/node_modules', 'npm-debug.log*', 'yarn-error.log*', 'coverage'],
  python: ['# Python: virtual environments and caches are rebuilt inside the image', '.venv', 'venv', '**/__pycache__', '**/*.py[cod]', '.pytest_cache', '.mypy_cache', '*.egg-info'],
  go: ['# Go: test binaries and coverage output', '*.test', '*.out', 'coverage.*'],
  generic: [],
};

/** A starter `.dockerignore` for a kind of project; the editor offers it when DF22 finds none. */
export function dockerignoreTemplate(kind: DockerignoreKind): string {
  return [...COMMON, ...BY_KIND[kind]].join('\n') + '\n';
}
