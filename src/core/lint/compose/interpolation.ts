/**
 * Compose variable interpolation (`$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
 * `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}`, `$$` for a literal dollar), as the compose specification
 * describes it. Pure: the values come from the caller (a `.env` file beside the compose file).
 */

export interface VariableUse {
  name: string;
  /** Offsets in the string (of the whole `${…}` or `$NAME`). */
  start: number;
  end: number;
  /** `:-`, `-`, `:?`, `?`, `:+`, `+`, or '' for a bare reference. */
  operator: string;
  /** The text after the operator (default, error message or alternative). */
  argument?: string;
}

export interface InterpolationProblem {
  start: number;
  end: number;
  kind: 'unterminated' | 'badName' | 'badOperator';
}

export interface Interpolated {
  /** True when the string contains at least one `$` expression (a `$$` escape alone does not count). */
  hasVariables: boolean;
  uses: VariableUse[];
  problems: InterpolationProblem[];
  /** The value after substitution, or undefined when a variable is neither set in `.env` nor defaulted. */
  value: string | undefined;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Parses and substitutes a string; `env` holds the variables known to be set. */
export function interpolate(input: string, env: ReadonlyMap<string, string>): Interpolated {
  const out: Interpolated = { hasVariables: false, uses: [], problems: [], value: '' };
  if (!input.includes('$')) {
    out.value = input;
    return out;
  }
  const r = substitute(input, 0, input.length, env, out);
  out.value = r;
  return out;
}

function substitute(s: string, from: number, to: number, env: ReadonlyMap<string, string>, out: Interpolated): string | undefined {
  let result: string | undefined = '';
  let i = from;
  while (i < to) {
    const c = s[i];
    if (c !== '$') {
      if (result !== undefined) result += c;
      i++;
      continue;
    }
    const next = s[i + 1];
    if (next === '$') {
      if (result !== undefined) result += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      const close = matchingBrace(s, i + 2, to);
      if (close < 0) {
        out.problems.push({ start: i, end: to, kind: 'unterminated' });
        out.hasVariables = true;
        return undefined;
      }
      out.hasVariables = true;
      const body = s.slice(i + 2, close);
      const m = NAME.exec(body);
      if (!m) {
        out.problems.push({ start: i, end: close + 1, kind: 'badName' });
        result = undefined;
        i = close + 1;
        continue;
      }
      const name = m[0];
      const rest = body.slice(name.length);
      const op = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0] ?? '';
      if (rest !== '' && op === '') {
        out.problems.push({ start: i, end: close + 1, kind: 'badOperator' });
        result = undefined;
        i = close + 1;
        continue;
      }
      const argStart = i + 2 + name.length + op.length;
      const use: VariableUse = { name, start: i, end: close + 1, operator: op };
      if (op) use.argument = s.slice(argStart, close);
      out.uses.push(use);
      const value = env.get(name);
      const set = value !== undefined;
      const nonEmpty = set && value !== '';
      let piece: string | undefined;
      switch (op) {
        case '':
          piece = value;
          break;
        case ':-':
          piece = nonEmpty ? value : substitute(s, argStart, close, env, out);
          break;
        case '-':
          piece = set ? value : substitute(s, argStart, close, env, out);
          break;
        case ':?':
        case '?':
          piece = value;
          break;
        case ':+':
          piece = nonEmpty ? substitute(s, argStart, close, env, out) : set ? '' : undefined;
          break;
        case '+':
          piece = set ? substitute(s, argStart, close, env, out) : undefined;
          break;
      }
      if (piece === undefined || result === undefined) result = undefined;
      else result += piece;
      i = close + 1;
      continue;
    }
    const m = NAME.exec(s.slice(i + 1, Math.min(to, i + 257)));
    if (m) {
      out.hasVariables = true;
      out.uses.push({ name: m[0], start: i, end: i + 1 + m[0].length, operator: '' });
      const value = env.get(m[0]);
      if (value === undefined || result === undefined) result = undefined;
      else result += value;
      i += 1 + m[0].length;
      continue;
    }
    // A lone `$` (before a space, a digit, the end): compose keeps it as it is.
    if (result !== undefined) result += c;
    i++;
  }
  return result;
}

function matchingBrace(s: string, from: number, to: number): number {
  let depth = 1;
  for (let i = from; i < to; i++) {
    if (s[i] === '$' && s[i + 1] === '{') {
      depth++;
      i++;
    } else if (s[i] === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** True when a string would be changed by interpolation (it holds `$NAME` or `${…}`, not only `$$`). */
export function hasInterpolation(s: string): boolean {
  if (!s.includes('$')) return false;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '$') continue;
    const n = s[i + 1];
    if (n === '$') {
      i++;
      continue;
    }
    if (n === '{' || (n !== undefined && /[A-Za-z_]/.test(n))) return true;
  }
  return false;
}

/**
 * Reads a `.env` file as Compose does: `KEY=VALUE` lines, optional `export `, `#` comments,
 * single quotes (literal), double quotes (with `\n` escapes), and ` #` comments after unquoted values.
 */
export function parseDotEnv(text: string): Map<string, string> {
  const env = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (!m) continue;
    let value = m[2] ?? '';
    if (value.startsWith("'")) {
      const end = value.indexOf("'", 1);
      value = end > 0 ? value.slice(1, end) : value.slice(1);
    } else if (value.startsWith('"')) {
      const end = value.indexOf('"', 1);
      value = (end > 0 ? value.slice(1, end) : value.slice(1)).replace(/\\n/g, '\n').replace(/\\"/g, '"');
    } else {
      value = value.replace(/\s+#.*$/, '').trim();
    }
    env.set(m[1], value);
  }
  return env;
}
