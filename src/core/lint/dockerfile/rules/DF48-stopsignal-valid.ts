import { defineRule } from '../../rule';
import { closestMatch } from '../../suggest';
import type { DockerfileModel } from '../model';

/** Linux signal names as Docker accepts them (with or without `SIG`, any case). */
const SIGNALS = [
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL', 'PROF', 'PWR',
  'QUIT', 'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'USR1', 'USR2', 'VTALRM', 'WINCH',
  'XCPU', 'XFSZ', 'RTMIN', 'RTMAX',
  ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `RTMAX-${14 - i}`),
];
const KNOWN = new Set(SIGNALS);

export const rule = defineRule<DockerfileModel, 'unknownSignal' | 'unknownSignalDidYouMean' | 'badNumber' | 'arguments'>(
  {
    id: 'DF48',
    name: 'stopsignal-valid',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c03-l3'],
    sources: [],
    messages: {
      unknownSignal: '`{signal}` is not a signal Docker knows, so the build stops with "invalid signal": use a name such as `SIGTERM`, `SIGINT` or `SIGQUIT`, or a number from 1 to 64.',
      unknownSignalDidYouMean: '`{signal}` is not a signal Docker knows, so the build stops with "invalid signal". Did you mean `{suggestion}`?',
      badNumber: 'Linux signals are numbered 1 to 64, so `{signal}` cannot be delivered: `docker stop` would fail to signal the container. Use a name such as `SIGTERM`, which is also easier to read.',
      arguments: 'STOPSIGNAL takes exactly one signal, e.g. `STOPSIGNAL SIGTERM`.',
    },
    docs: {
      summary: 'STOPSIGNAL names one real signal (`SIGTERM`, `TERM`, `SIGQUIT`, a number 1–64) or a variable.',
      rationale:
        '`docker stop` sends the image\'s stop signal (SIGTERM unless `STOPSIGNAL` says otherwise), waits for the grace period, then kills the process. Some programs shut down cleanly on a different signal, nginx on `SIGQUIT` for instance, and `STOPSIGNAL` tells Docker which one to send. A misspelt name such as `SIGTREM` stops the build with "invalid signal", and a number outside 1–64 is accepted by the build but cannot be delivered later. Names may be written with or without `SIG`, in any case; numbers must be between 1 and 64; variables are accepted. A suggestion fixes a misspelt name. Remember that a different signal only helps if the program handles it (lesson c03-l3).',
      examples: { bad: 'FROM nginx:1.27-alpine\nSTOPSIGNAL SIGQUITE\n', good: 'FROM nginx:1.27-alpine\nSTOPSIGNAL SIGQUIT\n' },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      if (model.keyword(instruction) !== 'STOPSIGNAL') continue;
      const args = instruction.getArguments();
      if (args.length !== 1) {
        report({ messageId: 'arguments', range: args.length ? { start: args[0].getRange().start, end: args[args.length - 1].getRange().end } : instruction.getInstructionRange() });
        continue;
      }
      const signal = args[0].getValue().replace(/^(["'])(.*)\1$/, '$2');
      const range = args[0].getRange();
      if (signal.includes('$')) continue;
      if (/^\d+$/.test(signal)) {
        const n = Number(signal);
        if (n < 1 || n > 64) report({ messageId: 'badNumber', range, data: { signal } });
        continue;
      }
      const upper = signal.toUpperCase();
      if (KNOWN.has(upper.startsWith('SIG') ? upper.slice(3) : upper)) continue;
      const suggestion = closestMatch(upper.startsWith('SIG') ? upper : `SIG${upper}`, SIGNALS.map((s) => `SIG${s}`), 2);
      if (suggestion) {
        report({ messageId: 'unknownSignalDidYouMean', range, data: { signal, suggestion }, suggestions: [{ title: `Use ${suggestion}`, edits: [{ range, newText: suggestion }] }] });
      } else {
        report({ messageId: 'unknownSignal', range, data: { signal } });
      }
    }
  },
);
