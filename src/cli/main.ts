import * as path from 'node:path';
import { initShellParser } from '../core/lint/dockerfile/shell';
import { UsageError } from './files';
import { parseLintArgs, runLint } from './lintCommand';

declare const DOCKER_COURSE_VERSION: string | undefined;
const VERSION = typeof DOCKER_COURSE_VERSION === 'string' ? DOCKER_COURSE_VERSION : '0.0.0-dev';

export const HELP = `docker-course — the Docker course's linter and checker

Usage:
  docker-course lint [paths, folders or globs…] [--format stylish|json|sarif] [--max-warnings N] [--exit-zero]
  docker-course help

lint  Checks Dockerfiles and compose files against the course's best practices.
      Folders are searched for Dockerfile*, *.Dockerfile, Containerfile*, compose*.yaml, docker-compose*.yml.
      Reads .hadolint.yaml (ignored, override, failure-threshold) from the current folder.
      Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 bad usage or nothing to lint.
`;

export async function main(argv: string[], io = { out: (s: string) => console.log(s), err: (s: string) => console.error(s), cwd: process.cwd() }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        await initShellParser();
        return runLint(parseLintArgs(rest, io.cwd, VERSION), io.out, io.err);
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
        throw new UsageError(`Unknown command "${command}". Commands: lint, help.`);
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
