import { main } from './cli/main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`docker-course: unexpected failure: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  },
);
