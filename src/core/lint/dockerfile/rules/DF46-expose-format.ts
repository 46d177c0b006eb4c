import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { exposeEntries } from '../instructions';

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

export const rule = defineRule<DockerfileModel, 'mapping' | 'protocolCase' | 'unknownProtocol'>(
  {
    id: 'DF46',
    name: 'expose-format',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l3', 'c07-l3'],
    sources: ['buildkit:ExposeInvalidFormat', 'buildkit:ExposeProtoCasing'],
    messages: {
      mapping:
        '`EXPOSE {entry}` tries to publish a port, but EXPOSE only documents the port the container listens on; the host side is chosen when the container runs (`docker run -p {publish}`). Keep just the container port: `EXPOSE {port}`.',
      protocolCase: 'Protocols are written in lower case: `{fixed}`.',
      unknownProtocol: '`{protocol}` is not a protocol EXPOSE knows: use `tcp` (the default), `udp` or `sctp`.',
    },
    docs: {
      summary: 'EXPOSE lists container ports with an optional lower-case `/tcp`, `/udp` or `/sctp`, never host addresses or mappings.',
      rationale:
        '`EXPOSE` is metadata about the image: "the program inside listens on 8080". Which host port or address that becomes is decided by whoever runs the container, with `docker run -p 127.0.0.1:8080:8080` or Compose `ports:`, so that the same image can run twice on one host. Writing `EXPOSE 8080:80` or `EXPOSE 127.0.0.1:80` mixes the two up; BuildKit warns that this form will become an error, and only the container port (the last number) is kept anyway, which the safe fix makes explicit. Protocols must be lower case (`80/TCP` is reported and lowercased by the fix), and only `tcp`, `udp` and `sctp` exist.',
      examples: {
        bad: 'FROM nginx:1.27-alpine\nEXPOSE 8080:80\nHEALTHCHECK CMD ["wget", "-q", "--spider", "http://localhost/"]\n',
        good: 'FROM nginx:1.27-alpine\nEXPOSE 80\nHEALTHCHECK CMD ["wget", "-q", "--spider", "http://localhost/"]\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      if (model.keyword(instruction) !== 'EXPOSE') continue;
      for (const e of exposeEntries(model, instruction)) {
        if (e.port.includes(':')) {
          const port = e.port.slice(e.port.lastIndexOf(':') + 1);
          const range = model.rangeOf(e.portStart, e.portEnd);
          report({
            messageId: 'mapping',
            range,
            data: { entry: e.text, port: port || '<port>', publish: e.port },
            sources: ['buildkit:ExposeInvalidFormat'],
            fix: port ? { title: `Keep only the container port ${port}`, edits: [{ range, newText: port }] } : undefined,
          });
        }
        const protocol = e.protocol;
        if (protocol === undefined || protocol.includes('$')) continue;
        const range = model.rangeOf(e.protocolStart, e.end);
        const lower = protocol.toLowerCase();
        if (!PROTOCOLS.has(lower)) {
          report({ messageId: 'unknownProtocol', range, data: { protocol }, sources: [] });
        } else if (protocol !== lower) {
          report({ messageId: 'protocolCase', range, data: { fixed: `${e.port}/${lower}` }, sources: ['buildkit:ExposeProtoCasing'], fix: { title: `Write /${lower}`, edits: [{ range, newText: lower }] } });
        }
      }
    }
  },
);
