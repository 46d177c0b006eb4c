// Bundles the extension and the CLI. `vscode` is provided by the editor at run time;
// ssh2's optional native addons (cpu-features, sshcrypto.node) are loaded inside try/catch
// by ssh2 itself, so they are left out of the bundle and the pure-JS fallbacks are used.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode', 'cpu-features'],
  loader: { '.node': 'empty' },
  define: { DOCKER_COURSE_VERSION: JSON.stringify(version) },
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js' }),
  esbuild.build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);
