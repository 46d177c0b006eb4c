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
