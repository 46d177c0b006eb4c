import { Healthcheck } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import { closestMatch } from '../../suggest';
import type { DockerfileModel } from '../model';

const DURATION_FLAGS = ['interval', 'timeout', 'start-period', 'start-interval'];
const FLAGS = [...DURATION_FLAGS, 'retries'];
/** Go's duration syntax, which Docker uses: `30s`, `1m30s`, `1.5h`, `500ms`. */
const DURATION = /^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/;

type MessageId =
  | 'unknownFlag' | 'unknownFlagDidYouMean' | 'missingValue' | 'badDuration' | 'missingUnit' | 'tooShort' | 'zeroDuration'
  | 'badRetries' | 'zeroRetries' | 'missingType' | 'unknownType' | 'missingCommand' | 'noneArguments';

export const rule = defineRule<DockerfileModel, MessageId>(
  {
    id: 'DF53',
    name: 'healthcheck-options',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c11-l2'],
    sources: [],
    messages: {
      unknownFlag: '`--{flag}` is not a HEALTHCHECK option, and the build stops with "Unknown flag": use `--interval`, `--timeout`, `--start-period`, `--start-interval` or `--retries`.',
      unknownFlagDidYouMean: '`--{flag}` is not a HEALTHCHECK option, and the build stops with "Unknown flag". Did you mean `--{suggestion}`?',
      missingValue: '`--{flag}` needs a value, e.g. `--{flag}={example}`.',
      badDuration: '`{value}` is not a duration: write it like `30s`, `1m30s` or `500ms`.',
      missingUnit: '`--{flag}={value}` has no unit, so the build fails ("missing unit in duration"): write `{value}s` for seconds (or `ms`, `m`, `h`).',
      tooShort: '`--{flag}={value}` is shorter than the 1ms Docker accepts, and the build fails: use a realistic value such as `{example}`.',
      zeroDuration: '`--{flag}={value}` means "use the default" to BuildKit but stops the classic builder ("cannot be less than 1ms"): leave the option out instead.',
      badRetries: '`--retries={value}` must be a whole number of at least 1 (how many failed checks in a row make the container unhealthy).',
      zeroRetries: '`--retries=0` does not turn retries off: BuildKit stores 0, which Docker replaces with the default of 3, and the classic builder rejects it. Write the number of failures in a row you want, at least 1.',
      missingType: 'HEALTHCHECK needs `CMD <command>` to run, or `NONE` to turn off a health check inherited from the base image.',
      unknownType: '`{type}` is not a HEALTHCHECK type, and the build stops: write `CMD` before the command, or `NONE`.',
      missingCommand: '`HEALTHCHECK CMD` needs a command to run, and the build stops without one: e.g. `HEALTHCHECK CMD ["wget", "-q", "--spider", "http://localhost:8080/"]`.',
      noneArguments: '`HEALTHCHECK NONE` takes no arguments, and the build stops with "HEALTHCHECK NONE takes no arguments": remove `{extra}`.',
    },
    docs: {
      summary: 'HEALTHCHECK has a type (`CMD …` or `NONE`), known options, durations with units and at least one retry.',
      rationale:
        'A health check is set up with `HEALTHCHECK [options] CMD <command>` (or `HEALTHCHECK NONE` to switch off an inherited one). Its options are easy to get subtly wrong, and most mistakes only show up when the image is built: `--interval=30` has no unit (Docker wants Go durations such as `30s`, `1m30s`, `500ms`), durations under a millisecond are refused, `--retries` must be a whole number of at least 1, an option name such as `--intervall` is unknown, `CMD` needs a command, and `NONE` takes nothing after it. `--interval=0`/`--retries=0` mean "use the default" to BuildKit but are rejected by the classic builder, so they are reported too. The defaults are 30s interval, 30s timeout, 0s start period and 3 retries. The safe fix corrects a misspelt option name; a missing unit gets a suggestion to add `s`. `--start-interval` needs Docker Engine 25 or newer.',
      examples: {
        bad: 'FROM nginx:1.27-alpine\nHEALTHCHECK --interval=30 --timeout=3s CMD ["wget", "-q", "--spider", "http://localhost/"]\n',
        good: 'FROM nginx:1.27-alpine\nHEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD ["wget", "-q", "--spider", "http://localhost/"]\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      if (!(instruction instanceof Healthcheck)) continue;
      const args = instruction.getArguments();
      if (args.length === 0) {
        report({ messageId: 'missingType', range: instruction.getInstructionRange() });
        continue;
      }
      const type = args[0].getValue().toUpperCase();
      if (type === 'NONE') {
        if (args.length > 1) {
          const range = { start: args[1].getRange().start, end: args[args.length - 1].getRange().end };
          report({ messageId: 'noneArguments', range, data: { extra: model.lines.textOf(range) } });
        }
        continue;
      }
      if (type !== 'CMD') {
        report({ messageId: 'unknownType', range: args[0].getRange(), data: { type: args[0].getValue() } });
        continue;
      }
      if (args.length === 1) report({ messageId: 'missingCommand', range: args[0].getRange() });
      for (const flag of instruction.getFlags()) {
        const name = flag.getName();
        const value = flag.getValue();
        const nameRange = flag.getNameRange();
        if (!FLAGS.includes(name)) {
          const suggestion = closestMatch(name, FLAGS, 2);
          if (suggestion) {
            report({ messageId: 'unknownFlagDidYouMean', range: nameRange, data: { flag: name, suggestion }, fix: { title: `Write --${suggestion}`, edits: [{ range: nameRange, newText: suggestion }] } });
          } else {
            report({ messageId: 'unknownFlag', range: nameRange, data: { flag: name } });
          }
          continue;
        }
        const valueRange = flag.getValueRange();
        if (value === null || value === '' || !valueRange) {
          report({ messageId: 'missingValue', range: flag.getRange(), data: { flag: name, example: name === 'retries' ? '3' : '30s' } });
          continue;
        }
        if (value.includes('$')) continue;
        if (name === 'retries') {
          if (!/^\d+$/.test(value)) report({ messageId: 'badRetries', range: valueRange, data: { value } });
          else if (Number(value) === 0) report({ messageId: 'zeroRetries', range: valueRange, data: { value } });
          continue;
        }
        const example = name === 'timeout' ? '5s' : name === 'start-interval' ? '2s' : '30s';
        if (/^\d+(\.\d+)?$/.test(value) && Number(value) !== 0) {
          const withUnit = { title: `Write ${value}s`, edits: [{ range: valueRange, newText: `${value}s` }] };
          report({ messageId: 'missingUnit', range: valueRange, data: { flag: name, value }, suggestions: [withUnit] });
          continue;
        }
        const ms = durationMs(value);
        if (ms === undefined) report({ messageId: 'badDuration', range: valueRange, data: { value } });
        else if (ms === 0) report({ messageId: 'zeroDuration', range: valueRange, data: { flag: name, value } });
        else if (ms < 1) report({ messageId: 'tooShort', range: valueRange, data: { flag: name, value, example } });
      }
    }
  },
);

/** Milliseconds of a Go duration string, or undefined when it is not one (`0` alone is allowed, as in Go). */
export function durationMs(value: string): number | undefined {
  if (/^0+(\.0*)?$/.test(value)) return 0;
  if (!DURATION.test(value)) return undefined;
  const factor: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, μs: 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };
  let total = 0;
  for (const [, n, unit] of value.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(n) * factor[unit];
  return total;
}
