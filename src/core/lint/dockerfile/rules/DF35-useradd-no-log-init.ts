import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { insertArgAfter, instructionsBefore } from '../runs';
import type { ShellCommand, ShellWord } from '../shell';
import { runCommands, wordRange, wordValue } from '../util';

/** Short options of useradd that take a value (`-u 1000`, `-u1000`). */
const WITH_VALUE = new Set('bcdefgGkKpRPsuZ'.split(''));
/** Size of one /var/log/lastlog record on 64-bit Linux. */
const LASTLOG_RECORD = 292;

export const rule = defineRule<DockerfileModel, 'noLogInit'>(
  {
    id: 'DF35',
    name: 'useradd-no-log-init',
    target: 'dockerfile',
    category: 'size',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c10-l2'],
    sources: ['hadolint:DL3046'],
    messages: {
      noLogInit:
        '`useradd` with UID {uid} and without `-l` writes a login record at offset UID × 292 bytes of /var/log/lastlog, a file of about {size} that is mostly zeros and that the layer stores in full: add `-l` (`--no-log-init`).',
    },
    docs: {
      summary: '`useradd` with a UID above 65535 uses `-l` (`--no-log-init`).',
      rationale:
        "`useradd` records each new user in `/var/log/lastlog` (and `/var/log/faillog`), which are indexed by UID: the record for UID 1000000 sits about 290 MB into the file. On a normal disk that file is sparse and costs nothing, but image layers are tar archives that store the zeros, so a high UID can add tens or hundreds of megabytes to the image. `-l`/`--no-log-init` skips those records; nothing in a container reads them. The rule reports UIDs above 65535 (from about 19 MB of zeros); hadolint's DL3046 starts at six-digit UIDs. A UID given as `$VAR` is judged by its ARG or ENV default.",
      examples: {
        bad: 'FROM debian:12-slim\nRUN useradd --uid 100000 --create-home app\nUSER 100000\n',
        good: 'FROM debian:12-slim\nRUN useradd --no-log-init --uid 100000 --create-home app\nUSER 100000\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const { instruction, command } of runCommands(model)) {
      if (command.name !== 'useradd') continue;
      const parsed = parseUseradd(command);
      if (parsed.noLogInit || !parsed.uidWord) continue;
      const uid = Number(resolve(model, instruction, parsed.uidWord, parsed.uid));
      if (!Number.isInteger(uid) || uid <= 65535) continue;
      report({
        messageId: 'noLogInit',
        range: wordRange(model, parsed.uidWord),
        data: { uid, size: `${Math.round(((uid + 1) * LASTLOG_RECORD) / 1e6)} MB` },
        fix: { title: 'Add -l (--no-log-init)', edits: [insertArgAfter(model, instruction, command.words[0], '-l')] },
      });
    }
  },
);

/** Reads useradd's options as getopt does: `-lu 100000`, `-u100000`, `--uid=100000`, `--no-log-init`. */
function parseUseradd(c: ShellCommand): { noLogInit: boolean; uid?: string; uidWord?: ShellWord } {
  let noLogInit = false;
  let uid: string | undefined;
  let uidWord: ShellWord | undefined;
  for (let i = 0; i < c.args.length; i++) {
    const w = c.args[i];
    const v = wordValue(w);
    if (v === '--') break;
    if (v === '--no-log-init') noLogInit = true;
    else if (v === '--uid' || v.startsWith('--uid=')) {
      uidWord = v === '--uid' ? c.args[++i] : w;
      uid = v === '--uid' ? uidWord?.value : v.slice(6);
    } else if (/^-[a-zA-Z]/.test(v) && !v.startsWith('--')) {
      for (let k = 1; k < v.length; k++) {
        const flag = v[k];
        if (flag === 'l') noLogInit = true;
        if (!WITH_VALUE.has(flag)) continue;
        const rest = v.slice(k + 1);
        const valueWord = rest ? w : c.args[++i];
        if (flag === 'u') {
          uidWord = valueWord;
          uid = rest || valueWord?.value;
        }
        break;
      }
    }
  }
  return { noLogInit, uid, uidWord };
}

/** A literal UID, or `$NAME` / `${NAME}` resolved through the ARG and ENV defaults in force. */
function resolve(model: DockerfileModel, instruction: Instruction, word: ShellWord, literal: string | undefined): string | undefined {
  if (literal !== undefined) return literal;
  const name = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(word.raw)?.[1];
  if (!name) return undefined;
  let value = model.globalArgs.get(name);
  for (const i of instructionsBefore(model, instruction)) {
    const keyword = model.keyword(i);
    if (keyword !== 'ARG' && keyword !== 'ENV') continue;
    for (const p of (i as Instruction & { getProperties?: () => { getName(): string; getValue(): string | null }[] }).getProperties?.() ?? []) {
      if (p.getName() === name) value = p.getValue() ?? (keyword === 'ARG' ? model.globalArgs.get(name) : undefined);
    }
  }
  return value;
}
