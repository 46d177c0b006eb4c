/**
 * Builds the course images locally, so labs and probes never need a registry (CURRICULUM §1.8):
 * course/toolbox (FROM scratch + a static busybox), course/hello, and stand-ins for postgres, nginx and
 * redis. Used by the "Docker Course: Build course toolbox" command, the CLI and the real-engine tests.
 */
import * as fs from 'node:fs';
import { Readable } from 'node:stream';
import {
  COURSE_IMAGE_LABEL,
  HELLO_GREETING,
  HELLO_IMAGE,
  STAND_IN_TAGS,
  TOOLBOX_IMAGE,
  TOOLBOX_REPO,
  TOOLBOX_VERSION,
} from '../core/course/images';
import { PortError } from '../core/course/checkpoints/types';
import { writeTar, type TarInput } from '../core/util/tar';
import { deadline, type DockerSession } from './client';

export const DEFAULT_BUSYBOX_PATHS = ['/bin/busybox', '/usr/bin/busybox', '/usr/lib/busybox/busybox-static'];

export interface BuildOptions {
  tag: string;
  files: TarInput[];
  labels?: Record<string, string>;
  buildArgs?: Record<string, string>;
  target?: string;
  noCache?: boolean;
  /** Use the engine's built-in BuildKit (API `version=2`); the default is the classic builder. */
  buildkit?: boolean;
  /** Overall deadline; there is no inactivity timeout (a slow RUN step is not an error). */
  timeoutMs?: number;
  signal?: AbortSignal;
  onOutput?: (line: string) => void;
}

export interface BuildResult {
  imageId: string;
  output: string;
}

export class BuildError extends Error {
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(message);
    this.name = 'BuildError';
  }
}

/** Sends an in-memory context to POST /build and follows the stream to the end. */
export async function buildImage(session: DockerSession, o: BuildOptions): Promise<BuildResult> {
  const tar = Buffer.from(writeTar(o.files));
  const query: Record<string, string> = { t: o.tag, rm: '1', forcerm: '1' };
  if (o.labels) query.labels = JSON.stringify(o.labels);
  if (o.buildArgs) query.buildargs = JSON.stringify(o.buildArgs);
  if (o.target) query.target = o.target;
  if (o.noCache) query.nocache = '1';
  if (o.buildkit) query.version = '2';
  const signal = deadline(o.timeoutMs ?? 5 * 60_000, o.signal);
  const modem = (session.client as unknown as { modem: { dial(opts: Record<string, unknown>, cb: (e: unknown, s: NodeJS.ReadableStream) => void): void } }).modem;
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => {
    modem.dial(
      {
        path: '/build?',
        method: 'POST',
        file: Readable.from([tar]),
        options: query,
        isStream: true,
        abortSignal: signal,
        statusCodes: { 200: true, 400: 'bad parameter', 500: 'server error' },
      },
      (err, s) => (err ? reject(err) : resolve(s)),
    );
  }).catch((e: unknown) => {
    throw new PortError(session.failure(e, `building ${o.tag}`));
  });
  let output = '';
  let imageId = '';
  let error: string | undefined;
  let buffered = '';
  const handle = (line: string) => {
    if (!line.trim()) return;
    let msg: { stream?: string; error?: string; errorDetail?: { message?: string }; aux?: { ID?: string } | string; id?: string };
    try {
      msg = JSON.parse(line);
    } catch {
      return;
    }
    if (msg.stream) {
      output += msg.stream;
      o.onOutput?.(msg.stream);
    }
    if (msg.error || msg.errorDetail) error = msg.errorDetail?.message ?? msg.error;
    if (msg.aux && typeof msg.aux === 'object' && msg.aux.ID) imageId = msg.aux.ID;
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      lines.forEach(handle);
    }
    handle(buffered);
  } catch (e) {
    throw new PortError(session.failure(e, `building ${o.tag}`));
  }
  if (error) throw new BuildError(`Building ${o.tag} failed: ${error.trim()}`, output);
  if (!imageId) {
    const m = /Successfully built ([0-9a-f]{12,})/.exec(output);
    if (m) imageId = m[1];
  }
  if (!imageId) throw new BuildError(`Building ${o.tag} finished without an image id`, output);
  return { imageId, output };
}

export async function tagImage(session: DockerSession, image: string, tag: string, signal?: AbortSignal): Promise<void> {
  const i = tag.lastIndexOf(':');
  const [repo, t] = i > tag.lastIndexOf('/') ? [tag.slice(0, i), tag.slice(i + 1)] : [tag, 'latest'];
  try {
    await session.client.getImage(image).tag({ repo, tag: t, abortSignal: session.signal(signal) } as { repo: string; tag: string });
  } catch (e) {
    throw new PortError(session.failure(e, `tagging ${image} as ${tag}`));
  }
}

/** True when the file is an ELF executable without a dynamic loader (so it runs in a FROM scratch image). */
export function isStaticElf(buf: Uint8Array): boolean {
  if (buf.length < 64 || buf[0] !== 0x7f || buf[1] !== 0x45 || buf[2] !== 0x4c || buf[3] !== 0x46) return false;
  const is64 = buf[4] === 2;
  const le = buf[5] === 1;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const u16 = (o: number) => view.getUint16(o, le);
  const u32 = (o: number) => view.getUint32(o, le);
  const phoff = is64 ? Number(view.getBigUint64(0x20, le)) : u32(0x1c);
  const phentsize = u16(is64 ? 0x36 : 0x2a);
  const phnum = u16(is64 ? 0x38 : 0x2c);
  for (let i = 0; i < phnum; i++) {
    const off = phoff + i * phentsize;
    if (off + 4 > buf.length) return false;
    if (u32(off) === 3) return false; // PT_INTERP: needs a dynamic loader
  }
  return true;
}

export function findBusybox(candidates: readonly string[] = DEFAULT_BUSYBOX_PATHS): { path?: string; problem?: string } {
  for (const p of candidates) {
    try {
      const buf = fs.readFileSync(p);
      if (isStaticElf(buf)) return { path: p };
    } catch {
      continue;
    }
  }
  return {
    problem: `No statically linked busybox was found (looked at ${candidates.join(', ')}). On Debian or Ubuntu install it with \`sudo apt-get install busybox-static\`; elsewhere download a static busybox for your CPU and pass its path.`,
  };
}

const DB_ENTRY = `#!/bin/sh
# Offline stand-in for postgres: keeps its data where postgres does, answers on 5432 over HTTP for its healthcheck.
set -e
DATA=/var/lib/postgresql/data
mkdir -p "$DATA"
[ -f "$DATA/PG_VERSION" ] || echo "course-standin 1" > "$DATA/PG_VERSION"
echo "db stand-in ready, data in $DATA"
exec httpd -f -p 5432 -h "$DATA"
`;

const PROXY_FORWARD = `#!/bin/sh
# One HTTP/1.0 request from nc: forward GETs to $UPSTREAM (default app:8080), GET only.
read -r method path proto
while read -r line; do
  line=$(printf '%s' "$line" | tr -d '\\r')
  [ -z "$line" ] && break
done
path=$(printf '%s' "$path" | tr -d '\\r')
upstream="http://\${UPSTREAM:-app:8080}$path"
if [ "$method" != "GET" ]; then
  printf 'HTTP/1.0 405 Method Not Allowed\\r\\nContent-Type: text/plain\\r\\n\\r\\nthe course proxy stand-in forwards GET only\\n'
elif body=$(wget -q -O - "$upstream" 2>/dev/null); then
  printf 'HTTP/1.0 200 OK\\r\\nContent-Type: text/plain\\r\\n\\r\\n%s\\n' "$body"
else
  printf 'HTTP/1.0 502 Bad Gateway\\r\\nContent-Type: text/plain\\r\\n\\r\\nupstream %s did not answer\\n' "$upstream"
fi
`;

const PROXY_ENTRY = `#!/bin/sh
echo "proxy stand-in forwarding :8080 to \${UPSTREAM:-app:8080}"
exec nc -ll -p 8080 -e /usr/local/bin/forward
`;

const QUEUE_ENTRY = `#!/bin/sh
echo "queue stand-in listening on 6379"
exec nc -ll -p 6379 -e /bin/cat
`;

export interface ToolboxReport {
  built: { tag: string; imageId: string }[];
  tagged: string[];
}

/**
 * Builds course/toolbox and the images made from it, then tags the stand-ins. Safe to run again: the
 * engine's build cache makes a rebuild take about a second.
 */
export async function buildCourseImages(
  session: DockerSession,
  o: { busyboxPath?: string; labels?: Record<string, string>; signal?: AbortSignal; onOutput?: (line: string) => void } = {},
): Promise<ToolboxReport> {
  const found = o.busyboxPath ? { path: o.busyboxPath } : findBusybox();
  if (!found.path) throw new BuildError(found.problem ?? 'no static busybox found', '');
  const busybox = fs.readFileSync(found.path);
  if (!isStaticElf(busybox)) throw new BuildError(`${found.path} is not a statically linked program, so it cannot run in an image built FROM scratch. Install busybox-static.`, '');
  const labels = (what: string) => ({ [COURSE_IMAGE_LABEL]: what, 'org.opencontainers.image.version': TOOLBOX_VERSION, ...o.labels });
  const common = { signal: o.signal, onOutput: o.onOutput };
  const built: { tag: string; imageId: string }[] = [];

  const toolbox = await buildImage(session, {
    ...common,
    tag: TOOLBOX_IMAGE,
    labels: labels('toolbox'),
    files: [
      {
        name: 'Dockerfile',
        data: `FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox","--install","-s","/bin"]\nCMD ["/bin/sh"]\n`,
      },
      { name: 'busybox', data: busybox, mode: 0o755 },
    ],
  });
  built.push({ tag: TOOLBOX_IMAGE, imageId: toolbox.imageId });

  const fromToolbox = async (tag: string, what: string, dockerfile: string, extra: TarInput[] = []) => {
    const r = await buildImage(session, { ...common, tag, labels: labels(what), files: [{ name: 'Dockerfile', data: `FROM ${TOOLBOX_IMAGE}\n${dockerfile}` }, ...extra] });
    built.push({ tag, imageId: r.imageId });
  };
  await fromToolbox(HELLO_IMAGE, 'hello', `CMD ["echo","${HELLO_GREETING} (course/hello, the offline stand-in for hello-world: your engine ran a container from a local image.)"]\n`);
  await fromToolbox(
    'course/db-standin:1',
    'db',
    `COPY entry /usr/local/bin/entry\nHEALTHCHECK --interval=2s --timeout=2s --retries=3 CMD ["wget","-q","-O","/dev/null","http://127.0.0.1:5432/PG_VERSION"]\nEXPOSE 5432\nENTRYPOINT ["/usr/local/bin/entry"]\n`,
    [{ name: 'entry', data: DB_ENTRY, mode: 0o755 }],
  );
  await fromToolbox(
    'course/proxy-standin:1',
    'proxy',
    `COPY forward /usr/local/bin/forward\nCOPY entry /usr/local/bin/entry\nEXPOSE 8080\nENTRYPOINT ["/usr/local/bin/entry"]\n`,
    [
      { name: 'forward', data: PROXY_FORWARD, mode: 0o755 },
      { name: 'entry', data: PROXY_ENTRY, mode: 0o755 },
    ],
  );
  await fromToolbox('course/queue-standin:1', 'queue', `COPY entry /usr/local/bin/entry\nEXPOSE 6379\nENTRYPOINT ["/usr/local/bin/entry"]\n`, [{ name: 'entry', data: QUEUE_ENTRY, mode: 0o755 }]);

  const tagged: string[] = [];
  for (const s of STAND_IN_TAGS) {
    const source = s.of === 'toolbox' ? TOOLBOX_IMAGE : s.of === 'hello' ? HELLO_IMAGE : undefined;
    if (!source || s.tag === source) continue;
    await tagImage(session, source, s.tag, o.signal);
    tagged.push(s.tag);
  }
  return { built, tagged };
}

export { TOOLBOX_IMAGE, TOOLBOX_REPO };
