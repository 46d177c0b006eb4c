import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { deleteLines } from '../edits';

export const rule = defineRule<DockerfileModel, 'emptyLine'>(
  {
    id: 'DF43',
    name: 'empty-continuation',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l3'],
    sources: ['buildkit:NoEmptyContinuation'],
    messages: {
      emptyLine: 'This empty line sits inside the `{keyword}` continued on line {line}. Docker skips it today, but BuildKit warns that it will become an error: remove it (use a `#` comment line if you want a visual break).',
    },
    docs: {
      summary: 'No empty lines inside an instruction continued with `\\`.',
      rationale:
        'A backslash at the end of a line continues the instruction on the next one. An empty line in the middle of such an instruction is silently dropped today, which hides mistakes: it usually means a line was deleted and the backslash above it was left behind, so the following line, perhaps meant as a new instruction, is swallowed into this one. BuildKit warns that empty continuation lines will become an error. Comment lines inside a continuation are fine. The safe fix deletes the empty lines; here-documents (`<<EOF`) are skipped, because empty lines are part of their content.',
      examples: {
        bad: 'FROM debian:12-slim\nRUN apt-get update \\\n\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n && rm -rf /var/lib/apt/lists/*\n',
        good: 'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n && rm -rf /var/lib/apt/lists/*\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      const r = instruction.getRange();
      if (r.start.line === r.end.line || hasHeredoc(instruction)) continue;
      let lastContent = r.end.line;
      while (lastContent > r.start.line && model.lines.lineText(lastContent).trim() === '') lastContent--;
      let continued = endsWithEscape(model.lines.lineText(r.start.line), model.escapeChar);
      for (let line = r.start.line + 1; line < lastContent && continued; line++) {
        const text = model.lines.lineText(line);
        if (text.trim() === '') {
          report({
            messageId: 'emptyLine',
            range: { start: { line, character: 0 }, end: { line, character: text.length } },
            anchor: r,
            data: { keyword: model.keyword(instruction), line: r.start.line + 1 },
            fix: { title: 'Delete the empty continuation line', edits: [deleteLines(model, line, line)] },
          });
        } else if (!text.trimStart().startsWith('#')) {
          continued = endsWithEscape(text, model.escapeChar);
        }
      }
    }
  },
);

function endsWithEscape(line: string, escapeChar: string): boolean {
  return line.trimEnd().endsWith(escapeChar);
}

function hasHeredoc(instruction: Instruction): boolean {
  return ((instruction as Instruction & { getHeredocs?: () => unknown[] }).getHeredocs?.() ?? []).length > 0;
}
