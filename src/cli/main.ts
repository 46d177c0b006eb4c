import * as path from 'node:path';
import { initShellParser } from '../core/lint/dockerfile/shell';
import { UsageError } from './files';
import { parseCheckArgs, runCheck, runDoctor } from './checkCommand';
import { parseLintArgs, runLint } from './lintCommand';
import { runToolbox } from './toolboxCommand';

declare const DOCKER_COURSE_VERSION: string | undefined;
const VERSION = typeof DOCKER_COURSE_VERSION === 'string' ? DOCKER_COURSE_VERSION : '0.0.0-dev';

export const HELP = `docker-course — the Docker course's linter and checker

Usage:
  docker-course lint [paths, folders or globs…] [--format stylish|json|sarif] [--max-warnings N] [--exit-zero]
  docker-course check <lesson|checkpoint>… [--json] [--answer ID=VALUE]… [--name LESSON_NAME=YOUR_NAME]…
                     [--param KEY=VALUE]… [--since TIME|30m|2h] [--workspace DIR] [--host URL] [--timeout MS]
  docker-course doctor [--json] [--host URL]
  docker-course toolbox [--busybox PATH]
  docker-course help

lint  Checks Dockerfiles and compose files against the course's best practices.
      Folders are searched for Dockerfile*, *.Dockerfile, Containerfile*, compose*.yaml, docker-compose*.yml.
      Reads .hadolint.yaml (ignored, override, failure-threshold) from the current folder.
      Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 bad usage or nothing to lint.

check   Grades your lab work against your own Docker engine, one line per condition:
        status, expected, actual, and the first hint. A lesson (c03-l2) runs all its checkpoints.
        --answer answers a live-value or quiz question (pid=12345); --name tells the check your own
        name for a lab object (web=my-web); --since bounds the events it reads (default: the last 24 h).
        Exit codes: 0 every condition passed, 1 something failed or could not be checked here,
        2 bad usage, 3 Docker could not be reached (nothing was graded).

doctor  Shows which Docker endpoint is used and why, the engine and API version, this platform,
        and whether images can be pulled (online) or not (offline). Exit 3 when Docker is unreachable.

toolbox Builds the course images locally (course/toolbox, course/hello and the offline stand-ins),
        so labs and checks work without a registry. Needs a static busybox (Debian: busybox-static).
`;

export async function main(argv: string[], io = { out: (s: string) => console.log(s), err: (s: string) => console.error(s), cwd: process.cwd() }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        await initShellParser();
        return runLint(parseLintArgs(rest, io.cwd, VERSION), io.out, io.err);
      case 'check':
        return await runCheck(parseCheckArgs(rest, io.cwd), io.out, io.err);
      case 'doctor':
        return await runDoctor(rest, io.out);
      case 'toolbox':
        return await runToolbox(rest, io.out, io.err);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(HELP);
        return command === undefined ? 2 : 0;
      case '--version':
      case 'version':
        io.out(VERSION);
        return 0;
      default:
        throw new UsageError(`Unknown command "${command}". Commands: lint, check, doctor, toolbox, help.`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`docker-course: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

export const cliRoot = path.resolve(__dirname, '..');
