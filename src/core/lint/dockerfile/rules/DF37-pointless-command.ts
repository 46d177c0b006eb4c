import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { runCommands, wordRange } from '../util';

/** Commands that do nothing useful in a build step, and why. */
const WHY: Record<string, string> = {
  ssh: 'a build step has nobody to log in and nothing to log in to; bring code in with COPY, or use `RUN --mount=type=ssh` to reach private repositories',
  vim: 'nobody can type into an editor during a build; change files with COPY, `sed` or a heredoc',
  shutdown: 'there is no init system to shut down; the step ends when its command exits',
  service: 'a service started in a RUN stops when the step ends and is not running in the container; start the process with CMD or ENTRYPOINT',
  ps: 'it only lists the processes of this short-lived build step, and its output ends up in the build log',
  free: 'it only reports the memory of the build machine at build time, into the build log',
  top: 'it waits for input that a build never sends and only shows the build step itself',
  kill: 'the processes of a RUN end with the step anyway; a server started for the step is better run in the foreground of a single command',
  mount: 'mounts made in a RUN are gone at the next step (and need privileges a build does not have); use `RUN --mount` or `docker run -v`',
  ifconfig: 'network settings made during the build do not carry into containers; configure networking with `docker network` and `-p`',
};

export const rule = defineRule<DockerfileModel, 'pointless'>(
  {
    id: 'DF37',
    name: 'pointless-command',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: [],
    sources: ['hadolint:DL3001'],
    messages: {
      pointless: '`{cmd}` in a RUN: {why}.',
    },
    docs: {
      summary: 'RUN does not use interactive or system-management commands (`ssh`, `vim`, `service`, `shutdown`, `ps`, `top`, …).',
      rationale:
        "A RUN executes one command in a throwaway container and saves the files it changed; processes, mounts, network settings and anything shown on screen are gone when the step ends. Commands made for a running machine or a person at a keyboard (`ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`) therefore do nothing lasting, hang waiting for input, or only work by accident. They usually mean a VM habit: starting services belongs in CMD/ENTRYPOINT (one process per container), editing files in COPY or `sed`, inspection in `docker exec` against a running container. Installing these tools is not reported, only running them.",
      examples: {
        bad: 'FROM python:3.12-slim\nRUN service ssh start\nUSER 10001\nCMD ["python", "-m", "http.server", "8080"]\n',
        good: 'FROM python:3.12-slim\nUSER 10001\nCMD ["python", "-m", "http.server", "8080"]\n',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const { command } of runCommands(model)) {
      const why = WHY[command.name];
      if (why === undefined || command.words[0].value === undefined) continue;
      report({ messageId: 'pointless', range: wordRange(model, command.words[0]), data: { cmd: command.name, why } });
    }
  },
);
