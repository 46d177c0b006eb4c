import { defineRule } from '../../rule';
import { contextSources, copyArgs } from '../context';
import type { DockerfileModel } from '../model';

interface SecretKind {
  test: (name: string, segments: string[]) => boolean;
  what: string;
}

const NOT_SECRET = /(\.pub|\.example|\.sample|\.template|\.dist|\.defaults?)$/i;
/** Key-file names that say they hold certificates or public keys (`ca.pem`, `fullchain.pem`, `signing-pubkey.key`). */
const PUBLIC_KEY_NAME = /(^|[-_.])(ca|cacert|ca-bundle|ca-certificates|certs?|certificate|chain|fullchain|pubkey|public)([-_.]|$)/i;
/** A destination with one of these extensions shows the file is public: `COPY repo.key /usr/share/keyrings/repo.gpg`. */
const PUBLIC_DEST = /\.(pub|crt|cer|asc|gpg)$/i;

const KEY_FILE: SecretKind = { test: (n) => /\.(pem|key)$/i.test(n), what: 'private key or certificate file' };

/** File names that usually hold credentials. Checked on the last path segment, folders on any segment. */
const KINDS: SecretKind[] = [
  { test: (n) => /^\.env(\..+)?$/i.test(n) || /\.env$/i.test(n), what: 'environment file with settings and often passwords or API keys' },
  { test: (n) => /^id_(rsa|dsa|ecdsa|ed25519)/i.test(n), what: 'SSH private key' },
  KEY_FILE,
  { test: (n) => /\.(p12|pfx)$/i.test(n), what: 'certificate bundle with its private key' },
  { test: (n) => /^\.npmrc$/i.test(n), what: 'npm configuration, which usually carries a registry token' },
  { test: (n) => /^\.pypirc$/i.test(n), what: 'PyPI configuration with upload credentials' },
  { test: (n) => /^\.netrc$/i.test(n), what: 'login file for FTP/HTTP hosts' },
  { test: (n) => /^credentials/i.test(n), what: 'credentials file' },
  { test: (n) => /^secrets?([._-].*)?$/i.test(n), what: 'secrets file' },
  { test: (_n, segments) => segments.slice(0, -1).some((s) => /^\.?secrets?$/i.test(s)), what: 'file from a secrets folder' },
  { test: (_n, segments) => segments.some((s) => s.toLowerCase() === '.ssh'), what: 'SSH folder (keys, known hosts)' },
  { test: (_n, segments) => segments.some((s) => s.toLowerCase() === '.aws'), what: 'AWS credentials folder' },
  { test: (_n, segments) => segments.some((s) => s.toLowerCase() === '.docker') && /config\.json$/i.test(segments[segments.length - 1] ?? ''), what: 'Docker client config with registry logins' },
];

export const rule = defineRule<DockerfileModel, 'secretFile'>(
  {
    id: 'DF57',
    name: 'no-secret-files',
    target: 'dockerfile',
    category: 'security',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c05-l4', 'c10-l6'],
    sources: [],
    messages: {
      secretFile:
        '`{path}` looks like a {what}. Whatever COPY or ADD puts in a layer can be read by anyone who gets the image, even if a later step deletes it. Give build steps the secret with `RUN --mount=type=secret,id=…` (it is never stored), pass run-time secrets when the container starts, and list the file in `.dockerignore` so it never reaches the builder.',
    },
    docs: {
      summary: 'COPY and ADD do not bring credential files (`.env`, private keys, `.npmrc`, `.aws/`, `.ssh/`, …) into the image.',
      rationale:
        'Images are shared: pushed to registries, pulled by colleagues and CI, cached on servers. Every file in every layer travels with them, and `docker save` or `docker history` make them easy to read; deleting the file in a later step only hides it in the last layer. Build steps that need a token (a private npm registry, a git clone over SSH) should receive it through BuildKit secrets, `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci` or `RUN --mount=type=ssh`, which make it available to that one command without writing it to a layer. Values the application needs at run time belong in environment variables or Docker secrets given when the container starts. Listing these files in `.dockerignore` is the safety net that keeps them out of the build context altogether. Example files (`.env.example`, `*.sample`), public keys (`*.pub`), key files named as certificates (`ca.pem`, `fullchain.pem`) or copied to a public name (`… /etc/apt/keyrings/repo.gpg`, `… key.pub`) are not reported; only sources from the build context are checked.',
      whenNotToUse:
        'A `.pem` or `.key` file can be public under another name (a server certificate, a package-signing key); suppress the finding on that line with a comment saying so.',
      examples: {
        bad: 'FROM node:20-slim\nWORKDIR /app\nCOPY .npmrc package*.json ./\nRUN npm ci\n',
        good: '# syntax=docker/dockerfile:1\nFROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      const c = copyArgs(model, instruction);
      if (!c) continue;
      const publicDest = c.dest !== undefined && PUBLIC_DEST.test(c.dest.value);
      for (const source of contextSources(c)) {
        const kind = secretKind(source.value);
        if (kind === KEY_FILE && (publicDest || PUBLIC_KEY_NAME.test(baseName(source.value)))) continue;
        if (kind) report({ messageId: 'secretFile', range: source.range, data: { path: source.value, what: kind.what } });
      }
    }
  },
);

function baseName(path: string): string {
  return path.replace(/\\/g, '/').replace(/\/+$/, '').split('/').pop() ?? '';
}

function secretKind(path: string): SecretKind | undefined {
  const segments = path
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  const name = segments[segments.length - 1] ?? '';
  if (NOT_SECRET.test(name)) return undefined;
  return KINDS.find((k) => k.test(name, segments));
}
