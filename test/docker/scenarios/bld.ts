/**
 * BLD (chapters C04 and C05): reference solutions and broken setups, with the lab Dockerfiles written into
 * the group's workspace (the checks re-lint them) and built from the same files under per-run tags.
 * BuildKit is reached through the engine API (`version=2`), as the machine's client has no buildx plugin:
 * it builds from an uploaded context and cache mounts work, but secret mounts need a client session, so the
 * secret lab's image is built without its `--mount=type=secret` flag (the workspace Dockerfile keeps it).
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { isIgnored, parseDockerignore } from '../../../src/core/lint/dockerfile/dockerignore';
import { TOOLBOX_IMAGE } from '../../../src/core/course/images';
import type { Rig } from '../support/rig';
import type { Group } from '../support/scenario';
import { labFiles, lessonLabel } from './images';

const TB = TOOLBOX_IMAGE;
const APP_SRC = {
  'src/index.html': '<!doctype html><title>Driftwood</title><h1>Driftwood</h1><p>No bookmarks yet</p>\n',
  'src/VERSION': '0.1.0\n',
  'src/cgi-bin/health': '#!/bin/sh\nprintf "Content-Type: application/json\\r\\n\\r\\n"\necho \'{"status":"ok"}\'\n',
};

const firstBuild = `# Driftwood app image: a static page plus a CGI script served by busybox httpd.
FROM ${TB}
WORKDIR /app
COPY src/ /app/src/
RUN chmod 0755 /app/src/cgi-bin/*
EXPOSE 8080
CMD ["httpd", "-f", "-vv", "-p", "8080", "-h", "/app/src"]
`;

const cacheFiles = {
  'requirements.txt': 'Flask==3.0.3\ngunicorn==22.0.0\n',
  'app.py': 'print("driftwood")\n',
  'src/index.html': '<h1>Driftwood</h1>\n',
  'tools/install-deps': '#!/bin/sh\nset -eu\nmkdir -p /app/deps\nwhile read -r requirement; do\n  [ -n "$requirement" ] || continue\n  echo "installing $requirement"\n  echo "$requirement" > "/app/deps/$(echo "$requirement" | cut -d= -f1)"\ndone < "$1"\n',
  Dockerfile: `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt /app/\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py /app/\nCOPY src/ /app/src/\nEXPOSE 8080\nCMD ["gunicorn", "--bind", "0.0.0.0:8080", "app:app"]\n`,
};
const cacheSolution = `FROM ${TB}\nWORKDIR /app\nCOPY requirements.txt tools/install-deps /app/\nRUN sh /app/install-deps /app/requirements.txt\nCOPY app.py /app/\nCOPY src/ /app/src/\nEXPOSE 8080\nCMD ["httpd", "-f", "-vv", "-p", "8080", "-h", "/app/src"]\n`;
const cacheStarter = `FROM ${TB}\nWORKDIR /app\nCOPY . /app/\nRUN sh tools/install-deps requirements.txt\nEXPOSE 8080\nCMD ["httpd", "-f", "-vv", "-p", "8080", "-h", "/app/src"]\n`;

const instrFiles = { 'www/index.html': '<h1>Bookmarks</h1>\n', 'data/bookmarks.txt': 'https://docs.docker.com\nhttps://example.org\nhttps://docs.docker.com\n' };
const instrSolution = `FROM ${TB}\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nENV APP_HOME=/app\nWORKDIR /app\nCOPY www/ /app/www/\nCOPY data/bookmarks.txt /app/data/\nWORKDIR /app/data\nRUN sort bookmarks.txt | uniq > /app/www/top.txt\nWORKDIR /app\nEXPOSE 8080\nCMD ["httpd", "-f", "-vv", "-p", "8080", "-h", "/app/www"]\n`;
const instrStarter = `FROM ${TB}\nENV APP_HOME=/app\nWORKDIR app\nADD www/ www/\nADD data/bookmarks.txt data/\nRUN cd data && sort bookmarks.txt | uniq > ../www/top.txt\nEXPOSE 8080:80\nCMD ["httpd", "-f", "-vv", "-p", "8080", "-h", "/app/www"]\n`;

const CLI = `#!/bin/sh
set -eu
store="\${DRIFTWOOD_STORE:-/var/lib/driftwood/bookmarks.txt}"
if [ "$#" -eq 0 ]; then echo "driftwood-cli: no command given (try --help)" >&2; exit 2; fi
command="$1"; shift
case "$command" in
  list) if [ -s "$store" ]; then cat "$store"; else echo "(no bookmarks yet)"; fi ;;
  add) mkdir -p "$(dirname "$store")"; echo "$1" >> "$store"; echo "saved $1" ;;
  --help) echo "usage: driftwood-cli <command> [arguments]" ;;
  *) echo "driftwood-cli: unknown command '$command'" >&2; exit 2 ;;
esac
`;
const cliSolution = `FROM ${TB}\nCOPY driftwood-cli /usr/local/bin/driftwood-cli\nRUN chmod 0755 /usr/local/bin/driftwood-cli\nENTRYPOINT ["/usr/local/bin/driftwood-cli"]\nCMD ["list"]\n`;
const cliStarter = `FROM ${TB}\nCOPY driftwood-cli /usr/local/bin/driftwood-cli\nRUN chmod 0755 /usr/local/bin/driftwood-cli\nENTRYPOINT driftwood-cli\nCMD ["--help"]\n`;

const TOKEN = 'course-demo-token-7c1f';
const argsSolution = `FROM ${TB}\nARG VERSION=0.0.0\nLABEL version=$VERSION\nENV APP_VERSION=$VERSION\nWORKDIR /app\nCOPY assets/ /app/assets/\nCOPY www/ /app/www/\nRUN echo "$APP_VERSION" > /app/www/VERSION\nEXPOSE 8080\nCMD ["httpd", "-f", "-vv", "-p", "8080", "-h", "/app/www"]\n`;
const argsStarter = `ARG VERSION=0.0.0\nFROM ${TB}\nARG BUILD_TOKEN\nLABEL version=$VERSION\nENV APP_VERSION=$VERSION\nWORKDIR /app\nRUN test -n "$BUILD_TOKEN" && mkdir -p /app/assets && echo "assets fetched with a token" > /app/assets/manifest.txt\nCOPY www/ /app/www/\nRUN echo "$APP_VERSION" > /app/www/VERSION\nEXPOSE 8080\nCMD ["httpd", "-f", "-vv", "-p", "8080", "-h", "/app/www"]\n`;

const ociDockerfile = `FROM ${TB}
ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="Driftwood app" \\
      org.opencontainers.image.source="https://example.com/driftwood" \\
      org.opencontainers.image.version="\${VERSION}" \\
      org.opencontainers.image.revision="\${REVISION}"
WORKDIR /app
COPY src/ /app/src/
RUN chmod 0755 /app/src/cgi-bin/*
USER 65534:65534
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/cgi-bin/health"]
CMD ["httpd", "-f", "-vv", "-p", "8080", "-h", "/app/src"]
`;

const msFiles = {
  'build.sh': '#!/bin/sh\nset -eu\nmkdir -p "$2/www"\nversion=$(cat "$1/VERSION")\nfor page in "$1"/*.html; do sed "s/@VERSION@/$version/g" "$page" > "$2/www/$(basename "$page")"; done\necho "built version $version into $2/www"\n',
  'test.sh': '#!/bin/sh\nset -eu\ntest -s "$1/www/index.html"\n! grep -l "@VERSION@" "$1"/www/*.html\necho "PASS: all pages built and stamped"\n',
  'src/index.html': '<h1>Driftwood @VERSION@</h1>\n',
  'src/VERSION': '2.0.0\n',
};
const msSolution = `FROM ${TB} AS build
WORKDIR /src
COPY build.sh test.sh ./
COPY src/ ./src/
RUN sh build.sh /src/src /out

FROM build AS test
LABEL stage=test
RUN sh test.sh /out

FROM scratch AS final
COPY --from=build /bin/busybox /bin/busybox
COPY --from=build /out/www /www
USER 65534:65534
EXPOSE 8080
CMD ["/bin/busybox", "httpd", "-f", "-p", "8080", "-h", "/www"]
`;
const msStarter = `FROM ${TB} AS build
WORKDIR /src
COPY . .
RUN sh build.sh /src/src /out && sh test.sh /out

FROM scratch
COPY --from=build / /
USER 65534:65534
EXPOSE 8080
CMD ["/bin/busybox", "httpd", "-f", "-p", "8080", "-h", "/out/www"]
`;

const ctxDockerfile = `FROM ${TB}\nWORKDIR /app\nCOPY . .\nUSER 65534:65534\nEXPOSE 8080\nCMD ["httpd", "-f", "-p", "8080", "-h", "/app/www"]\n`;
const ctxIgnore = '.git\n.env\n.env.*\nlogs/\n*.log\nDockerfile\n.dockerignore\n';

const FETCH = '#!/bin/sh\nset -eu\nmkdir -p "$2" "$3"\ntoken=""\nif [ -s /run/secrets/api_token ]; then token=$(cat /run/secrets/api_token); fi\nif [ -z "$token" ] && [ -n "${API_TOKEN:-}" ]; then token=$API_TOKEN; fi\nwhile read -r ref version; do\n  [ -n "$ref" ] || continue\n  name=${ref#*:}\n  [ -f "$2/$name-$version.pkg" ] || echo "$name $version" > "$2/$name-$version.pkg"\n  cp "$2/$name-$version.pkg" "$3/"\ndone < "$1"\n';
const secretDockerfile = (mount: string) => `FROM ${TB}
WORKDIR /app
COPY fetch-deps.sh deps.txt ./
RUN --mount=type=cache,id=driftwood-deps-test,target=/var/cache/deps ${mount}\\
    sh fetch-deps.sh deps.txt /var/cache/deps /app/vendor
COPY www/ ./www/
USER 65534:65534
EXPOSE 8080
CMD ["httpd", "-f", "-p", "8080", "-h", "/app/www"]
`;
const secretStarter = `FROM ${TB}\nARG API_TOKEN\nWORKDIR /app\nCOPY fetch-deps.sh deps.txt ./\nRUN sh fetch-deps.sh deps.txt /var/cache/deps /app/vendor && rm -rf /var/cache/deps\nCOPY www/ ./www/\nUSER 65534:65534\nEXPOSE 8080\nCMD ["httpd", "-f", "-p", "8080", "-h", "/app/www"]\n`;
const secretFiles = { 'fetch-deps.sh': FETCH, 'deps.txt': 'public:requests 2.32.3\nprivate:driftwood-core 1.4.0\n', 'www/index.html': '<h1>Driftwood</h1>\n' };

const fat = `FROM ${TB}\nWORKDIR /app\nRUN mkdir -p /opt/sdk\nRUN dd if=/dev/urandom of=/opt/sdk/sdk.bin bs=1M count=6\nRUN md5sum /opt/sdk/sdk.bin | cut -c1-12 > /app/build-id\nRUN rm -rf /opt/sdk\nCOPY www/ ./www/\nUSER 65534:65534\nCMD ["httpd", "-f", "-p", "8080", "-h", "/app/www"]\n`;
const slim = `FROM ${TB}\nWORKDIR /app\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN mkdir -p /opt/sdk \\\n && dd if=/dev/urandom of=/opt/sdk/sdk.bin bs=1M count=6 \\\n && md5sum /opt/sdk/sdk.bin | cut -c1-12 > /app/build-id \\\n && rm -rf /opt/sdk\nCOPY www/ ./www/\nUSER 65534:65534\nCMD ["httpd", "-f", "-p", "8080", "-h", "/app/www"]\n`;

const reproSolution = `FROM ${TB}\nARG REVISION=unknown\nLABEL org.opencontainers.image.revision="\${REVISION}"\nCOPY www/ /app/www/\nUSER 65534:65534\nEXPOSE 8080\nCMD ["httpd", "-f", "-p", "8080", "-h", "/app/www"]\n`;
const reproStarter = `FROM ${TB}\nARG REVISION=unknown\nLABEL org.opencontainers.image.revision="\${REVISION}"\nWORKDIR /app\nCOPY www/ ./www/\nRUN date > /app/www/built-at.txt\nUSER 65534:65534\nEXPOSE 8080\nCMD ["httpd", "-f", "-p", "8080", "-h", "/app/www"]\n`;

const bkSolution = `FROM ${TB}\nENV APP_ENV=production\nCOPY www/ /www/\nUSER 65534:65534\nEXPOSE 8080\nCMD ["httpd", "-f", "-p", "8080", "-h", "/www"]\n`;

/** Builds `tag` from a lab folder's files (the Dockerfile named `dockerfile` becomes the build's Dockerfile). */
function fromLab(files: { name: string; data: string; mode?: number }[], dockerfile: string) {
  return files.filter((f) => f.name !== 'Dockerfile' || dockerfile === 'Dockerfile').map((f) => (f.name === dockerfile ? { ...f, name: 'Dockerfile' } : f));
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('git', ['-c', 'user.name=Course Test', '-c', 'user.email=course@example.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd });
  return stdout.trim();
}

async function cliSetup(r: Rig, dockerfile: string): Promise<void> {
  const files = labFiles(r, 'labs/c04-l4', { Dockerfile: dockerfile, 'driftwood-cli': CLI });
  await r.build(r.n('learner/cli:1'), files, { labels: lessonLabel('c04-l4'), buildkit: true });
  await r.dockerOpt({ allowFail: true }, 'run', '--name', r.n('cli-test'), '--label', 'docker-course.lesson=c04-l4', r.n('learner/cli:1'), 'add', 'https://docs.docker.com');
}

async function ociSetup(r: Rig, revision: (head: string) => string): Promise<void> {
  labFiles(r, 'driftwood', { 'app/Dockerfile': ociDockerfile, ...Object.fromEntries(Object.entries(APP_SRC).map(([k, v]) => [`app/${k}`, v])) });
  await git(r.workspace(), 'init', '-q');
  await git(r.workspace(), 'add', '-A');
  await git(r.workspace(), 'commit', '-q', '-m', 'Driftwood');
  const head = await git(r.workspace(), 'rev-parse', 'HEAD');
  const files = [{ name: 'Dockerfile', data: ociDockerfile }, ...Object.entries(APP_SRC).map(([name, data]) => ({ name, data, mode: data.startsWith('#!') ? 0o755 : undefined }))];
  await r.build(r.n('learner/app:1'), files, { labels: lessonLabel('c04-l6'), buildArgs: { VERSION: '0.1.0', REVISION: revision(head) }, buildkit: true });
}

/** The lab folder of c05-l3 with a Git history, a secret and a log, sent to the builder minus what `.dockerignore` excludes. */
async function ctxSetup(r: Rig, withIgnore: boolean): Promise<void> {
  const files: Record<string, string> = { Dockerfile: ctxDockerfile, '.env': 'API_KEY=do-not-ship\n', 'logs/dev.log': 'debug\n', 'www/index.html': '<h1>Driftwood</h1>\n' };
  if (withIgnore) files['.dockerignore'] = ctxIgnore;
  labFiles(r, 'labs/c05-l3', files);
  const dir = path.join(r.workspace(), 'labs/c05-l3');
  await git(dir, 'init', '-q');
  const all: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) all.push(p);
    }
  };
  walk('');
  const patterns = withIgnore ? parseDockerignore(ctxIgnore) : [];
  const context = all.filter((p) => p === 'Dockerfile' || !isIgnored(patterns, p)).map((name) => ({ name, data: fs.readFileSync(path.join(dir, name)) }));
  await r.build(r.n('learner/ctx:1'), context, { labels: lessonLabel('c05-l3'), buildkit: true });
}

async function reproSetup(r: Rig, dockerfile: string, pauseMs = 0): Promise<void> {
  const files = labFiles(r, 'labs/c05-l6', { Dockerfile: dockerfile, 'www/index.html': '<h1>Driftwood 1.4.0</h1>\n' });
  for (const t of ['a', 'b']) {
    await r.build(r.n(`learner/repro:${t}`), files, { labels: lessonLabel('c05-l6'), buildkit: true, noCache: true, buildArgs: { REVISION: 'fixed' } });
    // `date` counts seconds: two builds within one second would write the same time, which a learner's never do.
    if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

export const groups: Group[] = [
  {
    name: 'bld-first',
    async setup(r) {
      const files = labFiles(r, 'driftwood/app', { Dockerfile: firstBuild, ...APP_SRC });
      await r.build(r.n('learner/app:1'), files, { labels: lessonLabel('c04-l1') });
    },
    checks: [
      { id: 'BLD-01', expect: 'pass' },
      { id: 'BLD-01', name: 'bld-first-before-lesson', input: () => ({ lessonStartMs: Date.now() + 3_600_000 }), expect: { fail: 'built-in-lesson', actual: /^created .*, the lesson started / } },
    ],
  },
  {
    name: 'bld-first-unlabelled',
    async setup(r) {
      const files = labFiles(r, 'driftwood/app', { Dockerfile: firstBuild.replace('WORKDIR /app', 'WORKDIR app'), ...APP_SRC });
      await r.build(r.n('learner/app:1'), files);
    },
    checks: [
      { id: 'BLD-01', expect: { fail: 'lesson-label', actual: /^no `docker-course\.lesson` label/ } },
      { id: 'BLD-01', name: 'bld-first-relative-workdir', expect: { fail: 'lint-clean', actual: /driftwood\/app\/Dockerfile:3 DF05/ } },
    ],
  },
  {
    name: 'bld-cache',
    async setup(r) {
      const files = labFiles(r, 'labs/c04-l2', { ...cacheFiles, 'Dockerfile.toolbox': cacheSolution });
      await r.build(r.n('learner/cache:1'), fromLab(files, 'Dockerfile.toolbox'), { labels: lessonLabel('c04-l2') });
    },
    checks: [{ id: 'BLD-02', expect: 'pass' }],
  },
  {
    name: 'bld-cache-starter',
    async setup(r) {
      const files = labFiles(r, 'labs/c04-l2', { ...cacheFiles, Dockerfile: cacheFiles.Dockerfile.replace('COPY requirements.txt /app/\n', 'COPY . /app/\n').replace('COPY app.py /app/\nCOPY src/ /app/src/\n', ''), 'Dockerfile.toolbox': cacheStarter });
      await r.build(r.n('learner/cache:1'), fromLab(files, 'Dockerfile.toolbox'), { labels: lessonLabel('c04-l2') });
    },
    checks: [
      { id: 'BLD-02', expect: { fail: 'order', actual: /^nothing is copied after install step `RUN sh tools\/install-deps requirements\.txt`/ } },
      { id: 'BLD-02', name: 'bld-cache-starter-lint', expect: { fail: 'lint-clean', actual: /labs\/c04-l2\/Dockerfile:\d+ DF21/ } },
    ],
  },
  {
    name: 'bld-instr',
    async setup(r) {
      const files = labFiles(r, 'labs/c04-l3', { Dockerfile: instrSolution, ...instrFiles });
      await r.build(r.n('learner/app:3'), files, { labels: lessonLabel('c04-l3'), buildkit: true });
    },
    checks: [{ id: 'BLD-03', expect: 'pass' }],
  },
  {
    name: 'bld-instr-starter',
    async setup(r) {
      const files = labFiles(r, 'labs/c04-l3', { Dockerfile: instrStarter, ...instrFiles });
      await r.build(r.n('learner/app:3'), files, { labels: lessonLabel('c04-l3') });
    },
    checks: [
      { id: 'BLD-03', expect: { fail: 'exposed', actual: /^ExposedPorts `80\/tcp`$/ } },
      { id: 'BLD-03', name: 'bld-instr-starter-add', expect: { fail: 'no-add', actual: /^2 ADD steps: / } },
    ],
  },
  {
    name: 'bld-cli',
    async setup(r) {
      await cliSetup(r, cliSolution);
    },
    checks: [{ id: 'BLD-04', expect: 'pass' }],
  },
  {
    name: 'bld-cli-shell-form',
    async setup(r) {
      await cliSetup(r, cliStarter);
    },
    checks: [{ id: 'BLD-04', expect: { fail: 'exec-entrypoint', actual: /^Entrypoint `\["\/bin\/sh","-c","driftwood-cli"\]` \(shell form\)$/ } }],
  },
  {
    name: 'bld-args',
    async setup(r) {
      const files = labFiles(r, 'labs/c04-l5', { Dockerfile: argsSolution, 'www/index.html': '<h1>Driftwood</h1>\n', 'assets/manifest.txt': 'assets fetched before the build\n' });
      await r.build(r.n('learner/app:1.2.3'), files, { labels: lessonLabel('c04-l5'), buildArgs: { VERSION: '1.2.3', BUILD_TOKEN: TOKEN }, buildkit: true });
    },
    checks: [{ id: 'BLD-05', expect: 'pass' }],
  },
  {
    name: 'bld-args-leaky',
    async setup(r) {
      const files = labFiles(r, 'labs/c04-l5', { Dockerfile: argsStarter, 'www/index.html': '<h1>Driftwood</h1>\n' });
      await r.build(r.n('learner/app:1.2.3'), files, { labels: lessonLabel('c04-l5'), buildArgs: { VERSION: '1.2.3', BUILD_TOKEN: TOKEN }, buildkit: true });
    },
    checks: [
      { id: 'BLD-05', expect: { fail: 'token-absent', actual: /^the token appears in \d history lines?$/ } },
      { id: 'BLD-05', name: 'bld-args-leaky-version', expect: { fail: 'version-label', actual: /^`version` is empty/ } },
    ],
  },
  {
    name: 'bld-oci',
    async setup(r) {
      await ociSetup(r, (head) => head);
    },
    checks: [{ id: 'BLD-06', expect: 'pass' }],
  },
  {
    name: 'bld-oci-stale-revision',
    async setup(r) {
      await ociSetup(r, () => 'unknown');
    },
    checks: [{ id: 'BLD-06', expect: { fail: 'revision-is-head', actual: /^revision=`unknown`, HEAD is `[0-9a-f]{40}`$/ } }],
  },
  {
    name: 'bld-multistage',
    async setup(r) {
      const files = labFiles(r, 'labs/c05-l2', { 'offline.Dockerfile': msSolution, ...msFiles });
      const ctx = fromLab(files, 'offline.Dockerfile');
      await r.build(r.n('learner/app:test'), ctx, { labels: lessonLabel('c05-l2'), target: 'test', buildkit: true });
      await r.build(r.n('learner/app:2'), ctx, { labels: lessonLabel('c05-l2'), buildkit: true });
    },
    checks: [
      { id: 'BLD-07', expect: 'pass', input: { mode: 'offline' } },
      { id: 'BLD-08', expect: 'pass' },
    ],
  },
  {
    name: 'bld-multistage-naive',
    async setup(r) {
      const files = labFiles(r, 'labs/c05-l2', { 'offline.Dockerfile': msStarter, ...msFiles });
      const ctx = fromLab(files, 'offline.Dockerfile');
      await r.build(r.n('learner/app:2'), ctx, { labels: lessonLabel('c05-l2'), buildkit: true });
      await r.build(r.n('learner/app:test'), ctx, { labels: lessonLabel('c05-l2'), buildkit: true });
    },
    checks: [
      { id: 'BLD-07', expect: { fail: 'no-toolchain', actual: /^found `\/src\/build\.sh`$/ }, input: { mode: 'offline' } },
      { id: 'BLD-08', expect: { fail: 'stage-label', actual: /^no `stage` label/ } },
    ],
  },
  {
    name: 'bld-ctx',
    async setup(r) {
      await ctxSetup(r, true);
    },
    checks: [{ id: 'BLD-09', expect: 'pass' }],
  },
  {
    name: 'bld-ctx-no-ignore',
    async setup(r) {
      await ctxSetup(r, false);
    },
    checks: [
      { id: 'BLD-09', expect: { fail: 'dockerignore', actual: /^no `labs\/c05-l3\/\.dockerignore`/ } },
      { id: 'BLD-09', name: 'bld-ctx-no-ignore-image', expect: { fail: 'not-in-image', actual: /^`\/app\/\.git` and `\/app\/\.env` are in the image$/ } },
    ],
  },
  {
    name: 'bld-secret',
    async setup(r) {
      const token = 'c0ffee00c0ffee00c0ffee00c0ffee00';
      labFiles(r, 'labs/c05-l4', { 'offline.Dockerfile': secretDockerfile('--mount=type=secret,id=api_token '), 'secrets/api_token.txt': `${token}\n`, ...secretFiles });
      const ctx = [{ name: 'Dockerfile', data: secretDockerfile('') }, ...Object.entries(secretFiles).map(([name, data]) => ({ name, data }))];
      await r.build(r.n('learner/deps:1'), ctx, { labels: lessonLabel('c05-l4'), buildkit: true });
    },
    checks: [{ id: 'BLD-10', expect: 'pass', input: { mode: 'offline' } }],
  },
  {
    name: 'bld-secret-build-arg',
    async setup(r) {
      const token = 'feedbeeffeedbeeffeedbeeffeedbeef';
      const files = labFiles(r, 'labs/c05-l4', { 'offline.Dockerfile': secretStarter, 'secrets/api_token.txt': `${token}\n`, ...secretFiles });
      await r.build(r.n('learner/deps:1'), fromLab(files.filter((f) => !f.name.startsWith('secrets/')), 'offline.Dockerfile'), { labels: lessonLabel('c05-l4'), buildArgs: { API_TOKEN: token }, buildkit: true });
    },
    checks: [
      { id: 'BLD-10', expect: { fail: 'not-in-history', actual: /^the token is in 1 history line$/ }, input: { mode: 'offline' } },
      { id: 'BLD-10', name: 'bld-secret-build-arg-mount', expect: { fail: 'secret-mount', actual: /^`labs\/c05-l4\/offline\.Dockerfile`: no RUN with `--mount=type=secret`$/ }, input: { mode: 'offline' } },
    ],
  },
  {
    name: 'bld-shrink',
    async setup(r) {
      const files = labFiles(r, 'labs/c05-l5', { 'fat-offline.Dockerfile': fat, 'slim-offline.Dockerfile': slim, 'www/index.html': '<h1>Driftwood</h1>\n' });
      await r.build(r.n('learner/app:fat'), fromLab(files, 'fat-offline.Dockerfile'), { labels: lessonLabel('c05-l5'), buildkit: true });
      await r.build(r.n('learner/app:slim'), fromLab(files, 'slim-offline.Dockerfile'), { labels: lessonLabel('c05-l5'), buildkit: true });
    },
    checks: [{ id: 'BLD-11', expect: 'pass' }],
  },
  {
    name: 'bld-shrink-unchanged',
    async setup(r) {
      const files = labFiles(r, 'labs/c05-l5', { 'fat-offline.Dockerfile': fat, 'slim-offline.Dockerfile': fat, 'www/index.html': '<h1>Driftwood</h1>\n' });
      await r.build(r.n('learner/app:fat'), fromLab(files, 'fat-offline.Dockerfile'), { labels: lessonLabel('c05-l5'), buildkit: true });
      await r.build(r.n('learner/app:slim'), fromLab(files, 'slim-offline.Dockerfile'), { labels: lessonLabel('c05-l5'), buildkit: true });
    },
    checks: [{ id: 'BLD-11', expect: { fail: 'half', actual: /^slim is 100% of fat/ } }],
  },
  {
    name: 'bld-repro',
    async setup(r) {
      await reproSetup(r, reproSolution);
    },
    checks: [{ id: 'BLD-12', expect: 'pass', input: { mode: 'offline' } }],
  },
  {
    name: 'bld-repro-clock',
    async setup(r) {
      await reproSetup(r, reproStarter, 1100);
    },
    checks: [{ id: 'BLD-12', expect: { fail: 'same-result', actual: /^different images .*; layer \d of \d already differs$/ }, input: { mode: 'offline' } }],
  },
  {
    name: 'bld-buildkit',
    async setup(r) {
      // The page names this run, so the first build makes fresh cache records that the second one reuses.
      const files = labFiles(r, 'labs/c05-l1', { Dockerfile: bkSolution, 'www/index.html': `<h1>Driftwood</h1><p>${r.runId}</p>\n` });
      await r.build(r.n('learner/bk:1'), files, { labels: lessonLabel('c05-l1'), buildkit: true });
      await r.build(r.n('learner/bk:1'), files, { labels: lessonLabel('c05-l1'), buildkit: true });
      const edited = labFiles(r, 'labs/c05-l1', { 'www/index.html': `<h1>Driftwood</h1><p>Edited ${r.runId}</p>\n` });
      await r.build(r.n('learner/bk:1'), [...files.filter((f) => f.name !== 'www/index.html'), ...edited], { labels: lessonLabel('c05-l1'), buildkit: true });
    },
    checks: [{ id: 'BLD-13', expect: 'pass' }],
  },
  {
    name: 'bld-buildkit-syntax-line',
    async setup(r) {
      const files = labFiles(r, 'labs/c05-l1', { Dockerfile: `# syntax=docker/dockerfile:1\n${bkSolution}`, 'www/index.html': '<h1>Driftwood</h1>\n' });
      // The legacy builder ignores the directive (BuildKit would try to pull its frontend), so this builds offline.
      await r.build(r.n('learner/bk:1'), files, { labels: lessonLabel('c05-l1') });
    },
    checks: [{ id: 'BLD-13', expect: { fail: 'no-syntax-line', actual: /^`labs\/c05-l1\/Dockerfile` starts with `# syntax=docker\/dockerfile:1`$/ } }],
  },
  {
    name: 'bld-buildkit-legacy',
    async setup(r) {
      const files = labFiles(r, 'labs/c05-l1', { Dockerfile: bkSolution, 'www/index.html': '<h1>Driftwood</h1>\n' });
      await r.build(r.n('learner/bk:1'), files, { labels: lessonLabel('c05-l1') });
    },
    checks: [{ id: 'BLD-13', expect: { notCheckable: 'buildkit', why: /legacy builder/ } }],
  },
];
