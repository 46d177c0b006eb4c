import { defineCheckpoint, no, ok } from '../define';
import { reachEngine } from './ENV-01-engine-answers';

export const checkpoint = defineCheckpoint({
  id: 'ENV-03',
  lessonId: 'c00-l1',
  family: 'ENV',
  kind: 'state',
  title: 'You can use Docker without sudo',
  summary: 'The course, running as you, reaches the Docker socket (DOCKER_HOST, the current context, the default or the Desktop socket).',
  needsDocker: false,
  conditions: [
    {
      id: 'socket-as-user',
      label: 'Your own user can talk to the Docker socket',
      expected: 'a ping as your user succeeds, without sudo',
      hints: [
        'The Docker socket is owned by root and the docker group; whoever can use it controls the engine.',
        'On Linux, `ls -l /var/run/docker.sock` shows the group; `id` shows whether you are in it.',
        'Run `sudo usermod -aG docker $USER`, log out and back in (or `newgrp docker`), then check again. Or set up rootless Docker.',
      ],
      async check(ctx) {
        const r = await reachEngine(ctx);
        const who = ctx.ports.host.uid === undefined ? 'as your user' : ctx.ports.host.uid === 0 ? 'as root (uid 0)' : `as uid ${ctx.ports.host.uid}`;
        return r.version ? ok(`reached ${ctx.ports.docker.describe} ${who}`) : no(r.problem ?? 'the socket did not answer');
      },
    },
  ],
});
