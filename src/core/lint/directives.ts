import type { Range } from '../text/text';
import type { Finding } from './types';

/** Where a suppression comment came from; each tool's ids are matched through the rule's `sources`. */
export type DirectiveTool = 'docker-course' | 'hadolint' | 'buildkit' | 'dclint';

export interface SuppressionId {
  id: string;
  range: Range;
}

export interface Directive {
  tool: DirectiveTool;
  scope: 'next' | 'file';
  ids: SuppressionId[];
  /** The comment itself. */
  range: Range;
  /** For `next`: the line whose findings are suppressed (the next instruction or YAML entry). */
  targetLine?: number;
  /** For `next` in YAML: the last line of the node, so findings anywhere in it are covered. */
  targetEndLine?: number;
}

interface CommentSyntax {
  tool: DirectiveTool;
  scope: 'next' | 'file' | 'both';
  pattern: RegExp;
}

// Each pattern captures an optional `global` marker and the id list; a `-- reason` tail is allowed.
const SYNTAXES: CommentSyntax[] = [
  { tool: 'docker-course', scope: 'both', pattern: /^#\s*(?:docker-course|dockerCourse)\s+(global\s+|file\s+)?ignore\s*=\s*([^\s#]+(?:\s*,\s*[^\s#,]+)*)/ },
  { tool: 'hadolint', scope: 'both', pattern: /^#\s*hadolint\s+(global\s+)?ignore\s*=\s*([^\s#]+(?:\s*,\s*[^\s#,]+)*)/ },
  { tool: 'buildkit', scope: 'both', pattern: /^#\s*check\s*=\s*(?:[a-z]+=[^;]*;)*()skip\s*=\s*([^;\s]+)/ },
  { tool: 'dclint', scope: 'both', pattern: /^#\s*dclint\s+(disable-file|disable-line|disable-next-line|disable)\b\s*(.*)$/ },
];

/**
 * Reads suppression comments from one comment line.
 * `column` is where the `#` starts; ranges of the ids are reported so unused ones can be pointed at.
 */
export function parseDirectiveComment(commentText: string, line: number, column: number, isFileHeader: boolean): Directive | undefined {
  for (const syntax of SYNTAXES) {
    const m = syntax.pattern.exec(commentText);
    if (!m) continue;
    let scope: 'next' | 'file';
    let list = m[2] ?? '';
    if (syntax.tool === 'dclint') {
      scope = m[1] === 'disable-file' ? 'file' : 'next';
      list = list.replace(/\s+--.*$/, '').trim();
      if (list === '') list = '*';
      if (m[1] === 'disable' && !isFileHeader) scope = 'next';
    } else if (syntax.tool === 'buildkit') {
      // `# check=skip=…` in the directive block at the top applies to the file; elsewhere to the next instruction.
      scope = isFileHeader ? 'file' : 'next';
    } else {
      scope = m[1] ? 'file' : 'next';
    }
    const listStart = commentText.indexOf(list, m.index + m[0].length - list.length);
    const ids: SuppressionId[] = [];
    const re = /[^\s,]+/g;
    let idMatch: RegExpExecArray | null;
    while ((idMatch = re.exec(list))) {
      const start = column + listStart + idMatch.index;
      ids.push({ id: idMatch[0], range: { start: { line, character: start }, end: { line, character: start + idMatch[0].length } } });
    }
    return {
      tool: syntax.tool,
      scope,
      ids,
      range: { start: { line, character: column }, end: { line, character: column + commentText.length } },
    };
  }
  return undefined;
}

/** True when `id` (as a learner wrote it in a directive of `tool`) names the rule behind `finding`. */
export function idMatches(tool: DirectiveTool, id: string, finding: Finding): boolean {
  const lower = id.toLowerCase();
  if (lower === '*' || (tool === 'buildkit' && lower === 'all')) return true;
  switch (tool) {
    case 'docker-course':
      return lower === finding.ruleId.toLowerCase() || lower === finding.ruleName.toLowerCase() || sourceMatches(finding, lower);
    case 'hadolint':
      return finding.sources.some((s) => s.toLowerCase() === `hadolint:${lower}`);
    case 'buildkit':
      return finding.sources.some((s) => s.toLowerCase() === `buildkit:${lower}`);
    case 'dclint':
      return finding.sources.some((s) => s.toLowerCase() === `dclint:${lower}`);
  }
}

function sourceMatches(finding: Finding, lowerId: string): boolean {
  return finding.sources.some((s) => s.toLowerCase().endsWith(`:${lowerId}`));
}
