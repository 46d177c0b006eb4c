// Bundles the extension and the CLI. `vscode` is provided by the editor at run time;
// ssh2's optional native addons (cpu-features, sshcrypto.node) are loaded inside try/catch
// by ssh2 itself, so they are left out of the bundle and the pure-JS fallbacks are used.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';

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
  // web-tree-sitter's ES module locates itself through import.meta.url, which a CommonJS bundle lacks.
  define: { DOCKER_COURSE_VERSION: JSON.stringify(version), 'import.meta.url': 'importMetaUrl' },
  banner: { js: "var importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js' }),
  esbuild.build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: "#!/usr/bin/env node\nvar importMetaUrl = require('url').pathToFileURL(__filename).href;" } }),
]);

// The shell parser's WebAssembly files travel next to the bundles (src/core/lint/dockerfile/shell.ts finds them there).
mkdirSync('dist', { recursive: true });
copyFileSync('node_modules/web-tree-sitter/tree-sitter.wasm', 'dist/tree-sitter.wasm');
copyFileSync('node_modules/tree-sitter-bash/tree-sitter-bash.wasm', 'dist/tree-sitter-bash.wasm');
