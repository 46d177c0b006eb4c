import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import { substituteArgs, type DockerfileModel } from '../model';
import { stageChain, valuesInScope } from '../variables';

const NON_ROOT = '10001:10001';

export const rule = defineRule<DockerfileModel, 'rootUser' | 'rootUserInherited'>(
  {
    id: 'DF06',
    name: 'last-user-not-root',
    target: 'dockerfile',
    category: 'security',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l6', 'c10-l2'],
    sources: ['hadolint:DL3002'],
    messages: {
      rootUser:
        '`USER {user}` is the last USER of the final image, so the container runs as root: a bug in the app then gives an attacker root inside the container. Switch to an unprivileged user after the steps that need root, e.g. `USER ' +
        NON_ROOT +
        '`.',
      rootUserInherited:
        '`USER {user}` in stage `{stage}` is the last USER the final image inherits, so the container runs as root: add an unprivileged `USER` (e.g. `USER ' +
        NON_ROOT +
        '`) at the end of the final stage.',
    },
    docs: {
      summary: 'The final image does not end with `USER root` (or `USER 0`).',
      rationale:
        'Whatever user the image ends with is the user its container process runs as. Root in a container is the same root as on the host kernel, held back only by namespaces, capabilities and seccomp; a remote-code-execution bug in a process running as root hands over far more than one running as an ordinary user, and files written to volumes end up owned by root. Install packages as root, then switch with `USER` to an unprivileged account (a numeric id such as `10001:10001` works even if it is not in `/etc/passwd`; see DF52). Only the image you ship is judged: the final stage and the stages it is built `FROM`. A builder stage that ends as root is fine, because nothing runs from it; hadolint (DL3002) reports those too. A Dockerfile that never sets `USER` is not reported here, because the base image decides. The suggestion replaces the user with `' +
        NON_ROOT +
        '`; check that the app can still read its files and write where it needs to (`COPY --chown`).',
      examples: {
        bad: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER root\nCMD ["id"]\n',
        good: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER 10001:10001\nCMD ["id"]\n',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    const final = model.finalStage;
    // A snippet without FROM is judged as one stage.
    const chain = final ? stageChain(final) : [undefined];
    for (const stage of chain) {
      const last = lastUser(model, stage?.instructions ?? model.instructions);
      if (!last) continue;
      const args = last.getArguments();
      if (args.length === 0) return;
      const written = model.lines.textOf({ start: args[0].getRange().start, end: args[args.length - 1].getRange().end });
      const value = written.includes('$') ? (stage ? substituteArgs(written, valuesInScope(model, stage, last)) : undefined) : written;
      if (value === undefined || !isRoot(value)) return;
      const range = { start: args[0].getRange().start, end: args[args.length - 1].getRange().end };
      report({
        messageId: stage === final || !stage ? 'rootUser' : 'rootUserInherited',
        range,
        data: { user: written, stage: stage?.name ?? String(stage?.index ?? 0) },
        suggestions: [{ title: `Run as the unprivileged user ${NON_ROOT}`, edits: [{ range, newText: NON_ROOT }] }],
      });
      return;
    }
  },
);

function lastUser(model: DockerfileModel, instructions: readonly Instruction[]): Instruction | undefined {
  let last: Instruction | undefined;
  for (const i of instructions) if (model.keyword(i) === 'USER') last = i;
  return last;
}

function isRoot(user: string): boolean {
  const name = user.trim().replace(/^["']|["']$/g, '').split(':')[0];
  return name === 'root' || /^0+$/.test(name);
}
