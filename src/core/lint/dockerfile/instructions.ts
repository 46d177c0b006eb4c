import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from './model';

/** One `EXPOSE` entry split into its parts, with document offsets (quotes around the entry excluded). */
export interface ExposeEntry {
  text: string;
  start: number;
  end: number;
  /** Everything before the first `/`: `80`, `8000-8010`, `8080:80`, `${PORT}`. */
  port: string;
  portStart: number;
  portEnd: number;
  /** After the `/`, as written; undefined when there is none. */
  protocol?: string;
  protocolStart: number;
}

export function exposeEntries(model: DockerfileModel, instruction: Instruction): ExposeEntry[] {
  const out: ExposeEntry[] = [];
  for (const arg of instruction.getArguments()) {
    const r = arg.getRange();
    let start = model.offset(r.start);
    let end = model.offset(r.end);
    let text = model.text.slice(start, end);
    const quoted = /^(["'])(.*)\1$/s.exec(text);
    if (quoted) {
      text = quoted[2];
      start += 1;
      end -= 1;
    }
    if (text.includes('\n')) continue;
    const slash = text.indexOf('/');
    const port = slash < 0 ? text : text.slice(0, slash);
    out.push({
      text,
      start,
      end,
      port,
      portStart: start,
      portEnd: start + port.length,
      protocol: slash < 0 ? undefined : text.slice(slash + 1),
      protocolStart: slash < 0 ? end : start + slash + 1,
    });
  }
  return out;
}

/** A COPY/ADD path argument: its value without quotes, the range of that value, and of the whole argument. */
export interface PathArgument {
  value: string;
  /** Offsets of the value inside any quotes. */
  start: number;
  end: number;
}

/**
 * The path arguments of a COPY or ADD (sources then destination), in shell or JSON form, without flags;
 * undefined for here-documents, whose sources are inline text, and for malformed flags.
 */
export function copyArguments(model: DockerfileModel, instruction: Instruction): PathArgument[] | undefined {
  const heredocs = (instruction as Instruction & { getHeredocs?: () => unknown[] }).getHeredocs?.() ?? [];
  if (heredocs.length > 0) return undefined;
  // `COPY --from build …` (no `=`) is malformed: the parser would count the flag's value as a source.
  const flags = (instruction as Instruction & { getFlags?: () => { getValue(): string | null }[] }).getFlags?.() ?? [];
  if (flags.some((f) => f.getValue() === null)) return undefined;
  const json = (instruction as Instruction & { getJSONStrings?: () => { getJSONValue(): string; getRange(): import('../../text/text').Range }[] }).getJSONStrings?.() ?? [];
  if (json.length > 0) {
    return json.map((s) => {
      const r = s.getRange();
      return { value: s.getJSONValue(), start: model.offset(r.start) + 1, end: model.offset(r.end) - 1 };
    });
  }
  return instruction.getArguments().map((a) => {
    const start = model.offset(a.getRange().start);
    const end = model.offset(a.getRange().end);
    const raw = model.text.slice(start, end);
    const quoted = /^(["'])(.*)\1$/s.exec(raw);
    return quoted ? { value: quoted[2], start: start + 1, end: end - 1 } : { value: raw, start, end };
  });
}
