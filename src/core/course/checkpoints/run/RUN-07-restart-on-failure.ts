import { code, containerExists, defineCheckpoint, no, ok, quizCondition, the } from '../define';
import type { Question } from '../types';

const exit137: Question = {
  id: 'exit137',
  kind: 'single',
  prompt: 'A container exited with code 137. What happened?',
  choices: [
    { id: 'a', text: 'The program chose to return 137' },
    { id: 'b', text: 'It was killed with SIGKILL (128 + 9), e.g. by `docker stop` after the timeout or the OOM killer' },
    { id: 'c', text: 'The command was not found' },
    { id: 'd', text: 'Docker could not start the container' },
  ],
  answer: ['b'],
  explain: 'Codes above 128 mean "killed by signal (code − 128)"; 127 is command not found, 125 is a Docker error.',
};

export const checkpoint = defineCheckpoint({
  id: 'RUN-07',
  lessonId: 'c03-l5',
  family: 'RUN',
  kind: 'state',
  title: 'A crash loop bounded by a restart policy',
  summary: '`flaky` has restart policy on-failure:3, RestartCount 3, exit code 3, and you can read exit codes.',
  needsDocker: true,
  names: { flaky: { default: 'flaky', description: 'the crashing container' } },
  params: { retries: '3', exitCode: '3' },
  questions: [exit137],
  conditions: [
    containerExists('flaky', 'Container `flaky` exists', [
      'A restart policy decides what happens when a container\'s process exits.',
      'The lab container exits with code 3 on purpose: `sh -c "echo starting; exit 3"`.',
      'Run `docker run -d --name flaky --restart on-failure:3 course/toolbox sh -c "echo starting; exit 3"`.',
    ]),
    {
      id: 'policy',
      label: '`flaky` restarts on failure at most 3 times',
      expected: 'RestartPolicy `on-failure` with MaximumRetryCount 3',
      after: ['flaky-exists'],
      hints: [
        '`on-failure` restarts only after a non-zero exit, and the number after the colon caps the retries.',
        'The flag is `--restart on-failure:3`.',
        'Run `docker rm -f flaky` and start it again with `--restart on-failure:3`.',
      ],
      async check(ctx) {
        const p = (await the(ctx, 'flaky')).HostConfig.RestartPolicy;
        const want = Number(ctx.param('retries'));
        const got = p?.Name ? `${p.Name}${p.MaximumRetryCount ? `:${p.MaximumRetryCount}` : ''}` : 'none';
        return p?.Name === 'on-failure' && p.MaximumRetryCount === want ? ok(code(got)) : no(code(got));
      },
    },
    {
      id: 'gave-up',
      label: 'It was restarted 3 times and then left stopped',
      expected: 'RestartCount 3, not running',
      after: ['policy'],
      hints: [
        'The engine waits a little longer before each restart, then gives up after the maximum.',
        '`docker inspect -f "{{.RestartCount}} {{.State.Status}}" flaky` shows the count and the state.',
        'Give it a few seconds after starting it; if the count stays 0, the command is exiting with 0.',
      ],
      async check(ctx) {
        const c = await the(ctx, 'flaky');
        const want = Number(ctx.param('retries'));
        const text = `RestartCount ${c.RestartCount}, ${c.State.Status}`;
        return c.RestartCount === want && !c.State.Running && !c.State.Restarting ? ok(text) : no(text);
      },
    },
    {
      id: 'exit-code',
      label: 'Its last exit code was 3',
      expected: 'ExitCode 3',
      after: ['flaky-exists'],
      hints: [
        'The exit code is the number the main process returned; the lab\'s command returns 3.',
        '`docker ps -a` shows "Exited (3)".',
        'Make sure the command is `sh -c "echo starting; exit 3"`.',
      ],
      async check(ctx) {
        const c = await the(ctx, 'flaky');
        return c.State.ExitCode === Number(ctx.param('exitCode')) ? ok(`ExitCode ${c.State.ExitCode}`) : no(`ExitCode ${c.State.ExitCode}`);
      },
    },
    quizCondition(exit137, [
      'Exit codes above 128 encode a signal: 128 + the signal number.',
      'SIGKILL is signal 9; SIGTERM is 15.',
      'Pick the answer that says the process was killed with SIGKILL.',
    ]),
  ],
});
