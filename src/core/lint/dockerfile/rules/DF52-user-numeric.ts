import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import { substituteArgs, type DockerfileModel } from '../model';
import { isWindowsStage, stageChain, valuesInScope } from '../variables';

export const rule = defineRule<DockerfileModel, 'userName'>(
  {
    id: 'DF52',
    name: 'user-numeric',
    target: 'dockerfile',
    category: 'security',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c10-l2'],
    sources: ['hadolint:DL3066'],
    messages: {
      userName:
        '`USER {user}` names the user. Kubernetes can only enforce `runAsNonRoot` for a numeric user (with a name it refuses to start the pod), and volumes and `ps` on the host only ever show numbers: write the id instead, e.g. `USER 10001:10001` (`id -u {name}` in the image tells you the current one).',
    },
    docs: {
      summary: 'The final image\'s USER is a numeric uid (and gid), not a name.',
      rationale:
        'A user name is looked up in the image\'s `/etc/passwd` when the container starts, so the outside world cannot tell from the image config who the process will be. Kubernetes\' `runAsNonRoot: true` is the common example: it only accepts an image whose user is numeric and non-zero, and refuses to start a pod whose image says `USER app`, because `app` could map to uid 0. Numeric ids also match what you see on the host (file owners on bind mounts and volumes, `ps`), and work even where the name does not exist (`scratch`, distroless). Create the user with a fixed id (`adduser -D -u 10001 app`) and write `USER 10001:10001`. Only the user the final image ends with is checked; `root` is DF06\'s business, names that come from an ARG without a default are skipped, and so are Windows images, whose accounts (`ContainerUser`) are names by design.',
      examples: {
        bad: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER app\n',
        good: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER 10001:10001\n',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    const final = model.finalStage;
    // Windows containers run as named accounts (ContainerUser); runAsNonRoot does not apply to them.
    if (final && isWindowsStage(model, final)) return;
    // A snippet without FROM is judged as one stage.
    const chain = final ? stageChain(final) : [undefined];
    for (const stage of chain) {
      let last: Instruction | undefined;
      for (const i of stage?.instructions ?? model.instructions) if (model.keyword(i) === 'USER') last = i;
      if (!last) continue;
      const args = last.getArguments();
      if (args.length === 0) return;
      const range = { start: args[0].getRange().start, end: args[args.length - 1].getRange().end };
      const written = model.lines.textOf(range);
      const value = written.includes('$') ? (stage ? substituteArgs(written, valuesInScope(model, stage, last)) : undefined) : written;
      if (value === undefined) return;
      const name = value.trim().replace(/^["']|["']$/g, '').split(':')[0];
      if (name === '' || /^\d+$/.test(name) || name === 'root') return;
      report({ messageId: 'userName', range, data: { user: written, name } });
      return;
    }
  },
);
