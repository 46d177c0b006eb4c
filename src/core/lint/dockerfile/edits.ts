import type { Instruction } from 'dockerfile-ast';
import type { TextEdit } from '../../text/text';
import type { DockerfileModel } from './model';

/** Deletes whole lines `startLine`…`endLine` (0-based, inclusive) with their line break. */
export function deleteLines(model: DockerfileModel, startLine: number, endLine: number): TextEdit {
  const last = model.lines.lineCount - 1;
  if (endLine < last) return { range: { start: { line: startLine, character: 0 }, end: { line: endLine + 1, character: 0 } }, newText: '' };
  // The last line has no break after it: take the one before it instead.
  const start = startLine > 0 ? { line: startLine - 1, character: model.lines.lineLength(startLine - 1) } : { line: 0, character: 0 };
  return { range: { start, end: { line: endLine, character: model.lines.lineLength(endLine) } }, newText: '' };
}

/** Deletes an instruction's lines (all of them, continuation and heredoc lines included). */
export function deleteInstruction(model: DockerfileModel, instruction: Instruction): TextEdit {
  const r = instruction.getRange();
  return deleteLines(model, r.start.line, r.end.line);
}

/** Inserts `text` as a new line before `line`, with that line's indentation and the file's line break. */
export function insertLineBefore(model: DockerfileModel, line: number, text: string): TextEdit {
  const indent = /^[ \t]*/.exec(model.lines.lineText(line))?.[0] ?? '';
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${text}${model.lines.eol}` };
}

/** Inserts `text` as a new line after the last line of `instruction`. */
export function insertLineAfter(model: DockerfileModel, instruction: Instruction, text: string): TextEdit {
  const end = instruction.getRange().end.line;
  const at = { line: end, character: model.lines.lineLength(end) };
  return { range: { start: at, end: at }, newText: `${model.lines.eol}${text}` };
}
