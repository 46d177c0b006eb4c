import { Copy, From, type Flag, type Instruction } from 'dockerfile-ast';
import type { Range } from '../../text/text';
import type { DockerfileModel, Stage } from './model';

/** A place that names another stage (or an image) by text: `FROM x`, `COPY --from=x`, `RUN --mount=…,from=x`. */
export interface StageReference {
  kind: 'from' | 'copy' | 'mount';
  instruction: Instruction;
  /** The stage the instruction belongs to (for FROM: the stage it starts). */
  stage: Stage | undefined;
  value: string;
  range: Range;
}

export function stageReferences(model: DockerfileModel): StageReference[] {
  const out: StageReference[] = [];
  for (const instruction of model.instructions) {
    const stage = model.stageOf(instruction);
    if (instruction instanceof From) {
      const range = instruction.getImageRange();
      const value = instruction.getImage();
      if (range && value) out.push({ kind: 'from', instruction, stage, value, range });
    } else if (instruction instanceof Copy) {
      const from = instruction.getFromFlag();
      const range = from?.getValueRange();
      if (from && range) out.push({ kind: 'copy', instruction, stage, value: from.getValue() ?? '', range });
    } else if (model.keyword(instruction) === 'RUN') {
      for (const flag of flagsOf(instruction)) {
        if (flag.getName() !== 'mount') continue;
        const option = flag.getOption('from');
        const range = option?.getValueRange();
        if (option && range) out.push({ kind: 'mount', instruction, stage, value: option.getValue() ?? '', range });
      }
    }
  }
  return out;
}

export function flagsOf(instruction: Instruction): Flag[] {
  return (instruction as Instruction & { getFlags?: () => Flag[] }).getFlags?.() ?? [];
}

/** The stage called `name` (case-insensitive, as BuildKit matches), among `stages`, the last such when names repeat. */
export function stageNamed(stages: readonly Stage[], name: string): Stage | undefined {
  const lower = name.toLowerCase();
  for (let i = stages.length - 1; i >= 0; i--) if (stages[i].name?.toLowerCase() === lower) return stages[i];
  return undefined;
}
