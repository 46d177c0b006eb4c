import { Healthcheck, type Instruction } from 'dockerfile-ast';
import type { TextEdit } from '../../../text/text';
import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';

const KEYWORDS = new Set(['CMD', 'ENTRYPOINT', 'RUN', 'SHELL', 'VOLUME', 'HEALTHCHECK']);

export const rule = defineRule<DockerfileModel, 'singleQuotes'>(
  {
    id: 'DF47',
    name: 'json-single-quotes',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l3', 'c04-l4'],
    sources: ['dockerfile-utils:JSON_IN_SINGLE_QUOTES'],
    messages: {
      singleQuotes:
        'JSON needs double quotes, so Docker does not read `{text}` as a list: it runs the whole text through `/bin/sh -c` (or, for VOLUME, takes it as a path), which fails or does something else. Write `{fixed}`.',
    },
    docs: {
      summary: 'The exec (JSON) form of CMD, ENTRYPOINT, RUN, SHELL, VOLUME and HEALTHCHECK uses double quotes.',
      rationale:
        'Docker decides between the exec form and the shell form by trying to read the arguments as a JSON array. JSON strings need double quotes, so `CMD [\'node\', \'server.js\']` is not JSON; Docker silently falls back to the shell form and runs `/bin/sh -c "[\'node\', \'server.js\']"`, which fails with a puzzling "not found" (or, in an image without a shell, cannot start at all). For `VOLUME` the text becomes a strange path. The safe fix swaps the single quotes for double quotes when the strings contain no quotes or backslashes of their own; otherwise rewrite it by hand.',
      examples: {
        bad: "FROM node:20-slim\nUSER 1000\nENTRYPOINT ['node', 'server.js']\n",
        good: 'FROM node:20-slim\nUSER 1000\nENTRYPOINT ["node", "server.js"]\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      const keyword = model.keyword(instruction);
      if (!KEYWORDS.has(keyword)) continue;
      const span = argumentSpan(model, instruction);
      if (!span) continue;
      const text = model.text.slice(span.start, span.end);
      if (!text.startsWith('[') || !text.endsWith(']') || !text.includes("'") || isJson(text)) continue;
      const quotes = singleQuotedArray(text);
      if (!quotes) continue;
      const fixable = quotes.safe;
      const fixed = fixable ? convert(text, quotes.positions) : '["…", "…"]';
      const edits: TextEdit[] = quotes.positions.map((p) => ({ range: model.rangeOf(span.start + p, span.start + p + 1), newText: '"' }));
      report({
        messageId: 'singleQuotes',
        range: model.rangeOf(span.start, span.end),
        data: { text: oneLine(text), fixed: oneLine(fixed) },
        fix: fixable ? { title: 'Use double quotes', edits } : undefined,
      });
    }
  },
);

/** Offsets of the arguments after any flags (and, for HEALTHCHECK, after `CMD`). */
function argumentSpan(model: DockerfileModel, instruction: Instruction): { start: number; end: number } | undefined {
  let args = instruction.getArguments();
  if (instruction instanceof Healthcheck) {
    if (args[0]?.getValue().toUpperCase() !== 'CMD') return undefined;
    args = args.slice(1);
  }
  if (args.length === 0) return undefined;
  return { start: model.offset(args[0].getRange().start), end: model.offset(args[args.length - 1].getRange().end) };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads `['a', "b", …]` where at least one element is single-quoted; returns the offsets of the single
 * quotes to swap, and whether swapping them keeps every string's meaning (no `"` or `\` inside).
 */
function singleQuotedArray(text: string): { positions: number[]; safe: boolean } | undefined {
  const positions: number[] = [];
  let safe = true;
  let i = 1;
  const skipSpace = () => {
    while (i < text.length && /[\s\\]/.test(text[i])) i++;
  };
  skipSpace();
  if (text[i] === ']') return undefined;
  for (;;) {
    const quote = text[i];
    if (quote !== "'" && quote !== '"') return undefined;
    const close = text.indexOf(quote, i + 1);
    if (close < 0) return undefined;
    const content = text.slice(i + 1, close);
    if (quote === "'") {
      positions.push(i, close);
      if (/["\\]/.test(content)) safe = false;
    }
    i = close + 1;
    skipSpace();
    if (text[i] === ']') break;
    if (text[i] !== ',') return undefined;
    i++;
    skipSpace();
  }
  return positions.length > 0 && i === text.length - 1 ? { positions, safe } : undefined;
}

function convert(text: string, positions: number[]): string {
  const chars = text.split('');
  for (const p of positions) chars[p] = '"';
  return chars.join('');
}

function oneLine(text: string): string {
  return text.replace(/\s*\\?\r?\n\s*/g, ' ');
}
