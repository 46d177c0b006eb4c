import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { exposeEntries } from '../instructions';

const MAX_PORT = 65535;

export const rule = defineRule<DockerfileModel, 'outOfRange' | 'reversedRange' | 'notANumber'>(
  {
    id: 'DF24',
    name: 'expose-port-range',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c04-l3', 'c07-l3'],
    sources: ['hadolint:DL3011'],
    messages: {
      outOfRange: 'Port `{port}` does not exist: TCP and UDP ports go from 0 to 65535. Use the port your application actually listens on.',
      reversedRange: 'The range `{port}` runs backwards: write the lower port first (`{fixed}`).',
      notANumber: '`{port}` is not a port: EXPOSE takes numbers (`8080`), ranges (`8000-8010`) or variables, each optionally followed by `/tcp`, `/udp` or `/sctp`.',
    },
    docs: {
      summary: 'EXPOSE lists real port numbers (0–65535) or ranges of them.',
      rationale:
        '`EXPOSE` records which ports the application inside listens on; `docker run -P` and readers of the image rely on it. Port numbers are 16-bit, so anything above 65535 is a typo (often an extra digit), and a word such as `http` is not understood at all; the build fails or the metadata is wrong. Make the number match what the program listens on: an `EXPOSE 8080` in front of a server bound to port 3000 misleads everyone who runs the image. Variables (`EXPOSE ${PORT}`) are accepted because their value is only known at build time; host mappings like `8080:80` are DF46\'s business.',
      examples: {
        bad: 'FROM node:20-slim\nEXPOSE 80000\nUSER 1000\nHEALTHCHECK CMD ["node", "healthcheck.js"]\nCMD ["node", "server.js"]\n',
        good: 'FROM node:20-slim\nEXPOSE 8000\nUSER 1000\nHEALTHCHECK CMD ["node", "healthcheck.js"]\nCMD ["node", "server.js"]\n',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      if (model.keyword(instruction) !== 'EXPOSE') continue;
      for (const e of exposeEntries(model, instruction)) {
        const port = e.port;
        if (port.includes('$') || port.includes(':')) continue;
        const range = model.rangeOf(e.portStart, e.portEnd);
        const single = /^\d+$/.exec(port);
        const span = /^(\d+)-(\d+)$/.exec(port);
        if (single) {
          if (Number(port) > MAX_PORT) report({ messageId: 'outOfRange', range, data: { port } });
        } else if (span) {
          const [from, to] = [Number(span[1]), Number(span[2])];
          if (from > MAX_PORT || to > MAX_PORT) report({ messageId: 'outOfRange', range, data: { port } });
          else if (from > to) report({ messageId: 'reversedRange', range, data: { port, fixed: `${to}-${from}` } });
        } else {
          report({ messageId: 'notANumber', range: port === '' ? model.rangeOf(e.start, e.end) : range, data: { port: port || e.text } });
        }
      }
    }
  },
);
