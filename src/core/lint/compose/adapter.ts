import { isMap, isPair, isSeq, type Node as YamlNode } from 'yaml';
import type { Range } from '../../text/text';
import { lintWith, type CommentLine, type LintOutput, type TargetAdapter } from '../engine';
import type { FileContext, LintConfig, Rule } from '../types';
import { ComposeModel } from './model';

export type ComposeRule = Rule<ComposeModel>;

/** A key (with its value) or a list item that starts a line: what `ignore` comments attach to. */
interface Span {
  start: number;
  line: number;
  endLine: number;
  children: Span[];
}

const spans = new WeakMap<ComposeModel, Span[]>();

export function composeAdapter(rules: readonly ComposeRule[]): TargetAdapter<ComposeModel> {
  return {
    target: 'compose',
    rules,
    parse: (text: string, config: LintConfig, files: FileContext) => new ComposeModel(text, config, files),
    comments: commentLines,
    suppressionTarget(model, commentLine) {
      const top = spansOf(model);
      const trailing = hasContentBefore(model, commentLine);
      // A comment at the end of a line covers the entry written on that line; on a line of its own, the next entry.
      const span = trailing ? firstStartingOn(top, commentLine) : firstStartingAfter(top, commentLine);
      if (span) return { line: span.line, endLine: span.endLine };
      return trailing ? { line: commentLine, endLine: commentLine } : undefined;
    },
    anchorOf(model, range: Range) {
      let found: Span | undefined;
      let level = spansOf(model);
      const line = range.start.line;
      for (;;) {
        const next = level.find((s) => s.line <= line && line <= s.endLine);
        if (!next) break;
        found = next;
        level = next.children;
      }
      if (!found) return range;
      return { start: { line: found.line, character: 0 }, end: { line: found.endLine, character: model.lines.lineLength(found.endLine) } };
    },
  };
}

function spansOf(model: ComposeModel): Span[] {
  let s = spans.get(model);
  if (!s) {
    s = model.doc?.contents ? collect(model, model.doc.contents as YamlNode, 0) : [];
    spans.set(model, s);
  }
  return s;
}

/** Spans of the entries of a collection (recursively), written in block style at the start of a line. */
function collect(model: ComposeModel, node: YamlNode, depth: number): Span[] {
  if (depth > 300 || !(isMap(node) || isSeq(node))) return [];
  const out: Span[] = [];
  for (const item of node.items as unknown[]) {
    let start: number | undefined;
    let value: YamlNode | null = null;
    let endNode: YamlNode | null = null;
    if (isPair(item)) {
      const k = item.key as YamlNode | null;
      start = k?.range?.[0];
      value = item.value as YamlNode | null;
      endNode = value?.range ? value : k;
    } else if (item && (item as YamlNode).range) {
      value = item as YamlNode;
      start = value.range![0];
      endNode = value;
    }
    if (start === undefined || !endNode) continue;
    const pos = model.position(start);
    const before = model.lines.lineText(pos.line).slice(0, pos.character);
    const children = value ? collect(model, value, depth + 1) : [];
    if (!/^[\s-]*$/.test(before)) {
      // Not at the start of its line (a flow collection, `- key: v`'s later keys stay inside the item): keep only the children.
      out.push(...children);
      continue;
    }
    const endLine = model.position(model.contentEnd(endNode)).line;
    out.push({ start, line: pos.line, endLine: Math.max(pos.line, endLine), children });
  }
  return out;
}

function firstStartingAfter(level: Span[], line: number): Span | undefined {
  for (const s of level) {
    if (s.line > line) return s;
    if (s.endLine > line) {
      const inner = firstStartingAfter(s.children, line);
      if (inner) return inner;
    }
  }
  return undefined;
}

function firstStartingOn(level: Span[], line: number): Span | undefined {
  for (const s of level) {
    if (s.line === line) return s;
    if (s.line < line && s.endLine >= line) return firstStartingOn(s.children, line);
  }
  return undefined;
}

function hasContentBefore(model: ComposeModel, line: number): boolean {
  const text = model.lines.lineText(line);
  const col = commentColumn(model, line, text);
  return col !== undefined && text.slice(0, col).trim() !== '';
}

/** Column of the `#` that starts a comment on a line, if any (a `#` inside quotes or a block scalar is text). */
function commentColumn(model: ComposeModel, line: number, text: string): number | undefined {
  const lineStart = model.lines.offsetAt({ line, character: 0 });
  let from = 0;
  for (;;) {
    const i = text.indexOf('#', from);
    if (i < 0) return undefined;
    if ((i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t') && !insideQuoted(model, lineStart + i)) return i;
    from = i + 1;
  }
}

function insideQuoted(model: ComposeModel, offset: number): boolean {
  const r = model.quotedRanges;
  let lo = 0;
  let hi = r.length - 1;
  // Ranges are in document order and do not overlap; find the last one starting before the offset.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (r[mid][0] <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && offset < r[hi][1];
}

function commentLines(model: ComposeModel): CommentLine[] {
  const out: CommentLine[] = [];
  let header = true;
  for (let line = 0; line < model.lines.lineCount; line++) {
    const text = model.lines.lineText(line);
    if (!text.includes('#')) {
      if (text.trim() !== '' && text.trim() !== '---') header = false;
      continue;
    }
    const col = commentColumn(model, line, text);
    if (col === undefined) {
      if (text.trim() !== '') header = false;
      continue;
    }
    const before = text.slice(0, col).trim();
    if (before !== '' && before !== '---') header = false;
    out.push({ line, column: col, text: text.slice(col).trimEnd(), isFileHeader: header });
  }
  return out;
}

export function lintComposeWith(rules: readonly ComposeRule[], text: string, config?: LintConfig, files?: FileContext): LintOutput<ComposeModel> {
  return lintWith(composeAdapter(rules), text, config, files);
}
