import type { Instruction } from 'dockerfile-ast';
import type { Range } from '../../text/text';
import type { DockerfileModel } from './model';
import type { ShellCommand, ShellWord } from './shell';

export interface RunCommand {
  instruction: Instruction;
  command: ShellCommand;
}

/** Every simple command of every RUN (shell form, exec form, heredocs, `sh -c` bodies), in document order. */
export function* runCommands(model: DockerfileModel, instructions: readonly Instruction[] = model.instructions): Generator<RunCommand> {
  for (const instruction of instructions) {
    if (model.keyword(instruction) !== 'RUN') continue;
    const script = model.shellScript(instruction);
    if (!script) continue;
    for (const command of script.commands) yield { instruction, command };
  }
}

export function wordRange(model: DockerfileModel, w: ShellWord | { start: number; end: number }): Range {
  return model.rangeOf(w.start, w.end);
}

export function commandRange(model: DockerfileModel, c: ShellCommand): Range {
  return model.rangeOf(c.start, c.end);
}

export function wordValue(w: ShellWord): string {
  return w.value ?? w.raw;
}

/** The first positional argument (the subcommand): `apt-get -y install x` → `install`. */
export function subcommand(c: ShellCommand): ShellWord | undefined {
  return c.args.find((w) => !wordValue(w).startsWith('-'));
}

export function isSubcommand(c: ShellCommand, name: string, ...subs: string[]): boolean {
  if (c.name !== name) return false;
  const sub = subcommand(c);
  return sub !== undefined && subs.includes(wordValue(sub));
}

/** Arguments after the subcommand that are not options: the packages of `apt-get install -y a b`. */
export function operandsAfter(c: ShellCommand, sub: ShellWord): ShellWord[] {
  const i = c.args.indexOf(sub);
  return c.args.slice(i + 1).filter((w) => !wordValue(w).startsWith('-'));
}

export function keywordRange(instruction: Instruction): Range {
  return instruction.getInstructionRange();
}

/** Text from the first argument to the end of the instruction, or '' when there is none. */
export function argumentsText(model: DockerfileModel, instruction: Instruction): string {
  const r = instruction.getArgumentsRange();
  return r ? model.lines.textOf(r) : '';
}

export function stageInstructions(model: DockerfileModel, keyword: string): Instruction[] {
  return model.instructions.filter((i) => model.keyword(i) === keyword);
}
