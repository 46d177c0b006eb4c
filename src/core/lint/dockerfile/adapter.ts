import type { Range } from '../../text/text';
import { lintWith, type CommentLine, type LintOutput, type TargetAdapter } from '../engine';
import type { FileContext, LintConfig, Rule } from '../types';
import { DockerfileModel } from './model';

export type DockerfileRule = Rule<DockerfileModel>;

export function dockerfileAdapter(rules: readonly DockerfileRule[]): TargetAdapter<DockerfileModel> {
  return {
    target: 'dockerfile',
    rules,
    parse: (text: string, config: LintConfig, files: FileContext) => new DockerfileModel(text, config, files),
    comments: commentLines,
    suppressionTarget(model, commentLine) {
      const next = model.instructions.find((i) => i.getRange().start.line > commentLine);
      if (!next) return undefined;
      const line = next.getRange().start.line;
      return { line, endLine: line };
    },
    anchorOf(model, range: Range) {
      const line = range.start.line;
      const owner = model.instructions.find((i) => i.getRange().start.line <= line && i.getRange().end.line >= line);
      return owner ? owner.getRange() : range;
    },
  };
}

function commentLines(model: DockerfileModel): CommentLine[] {
  const covered = new Set<number>();
  for (const i of model.instructions) {
    const r = i.getRange();
    for (let l = r.start.line; l <= r.end.line; l++) covered.add(l);
  }
  const out: CommentLine[] = [];
  let header = true;
  for (let line = 0; line < model.lines.lineCount; line++) {
    if (covered.has(line)) {
      header = false;
      continue;
    }
    const text = model.lines.lineText(line);
    const column = text.search(/\S/);
    if (column < 0 || text[column] !== '#') {
      if (column >= 0) header = false;
      continue;
    }
    const comment = text.slice(column).trimEnd();
    const isDirective = /^#\s*[a-zA-Z]+\s*=/.test(comment);
    out.push({ line, column, text: comment, isFileHeader: header && isDirective });
    if (!isDirective) header = false;
  }
  return out;
}

export function lintDockerfileWith(rules: readonly DockerfileRule[], text: string, config?: LintConfig, files?: FileContext): LintOutput<DockerfileModel> {
  return lintWith(dockerfileAdapter(rules), text, config, files);
}
