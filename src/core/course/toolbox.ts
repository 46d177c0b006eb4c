import { packTar } from '../archive/tar';

/**
 * The offline course toolbox (CURRICULUM §1.8): `FROM scratch` plus a static busybox, which gives a
 * shell, httpd, wget, nslookup and nc in about 2 MB. Built locally by "Docker Course: Build Course
 * Toolbox", so labs run when no registry can be reached.
 */
export const TOOLBOX_IMAGE = 'course/toolbox:1';
/** The offline stand-in for `hello-world`: the toolbox plus a greeting (c00-l2). */
export const HELLO_IMAGE = 'course/hello:1';
/** The lesson that introduces the toolbox; its label goes on both images. */
export const TOOLBOX_LESSON = 'c00-l2';
/**
 * Labels on both images: the lesson that builds them, and a marker that they are course infrastructure that
 * every offline lab after c00-l2 needs, so lesson resets and prunes can leave them alone.
 */
export const TOOLBOX_LABELS: Readonly<Record<string, string>> = { 'docker-course.lesson': TOOLBOX_LESSON, 'docker-course.course-image': 'true' };

/** First line of the greeting the hello image prints; ENV-05 looks for it in the container's logs. */
export const HELLO_GREETING = 'Hello from the Docker Course toolbox!';

export const HELLO_TEXT = `${HELLO_GREETING}
This message shows that your Docker engine can create and run containers.

What just happened:
 1. The docker client sent your "docker run" request to the Docker daemon (dockerd).
 2. The daemon found the image ${HELLO_IMAGE} in its local store, so nothing was pulled.
    (Online, "docker run hello-world" would have downloaded that image from Docker Hub first.)
 3. The daemon asked containerd to start a container; runc created the namespaces and
    cgroups and started this program inside them.
 4. The program printed this text to its standard output, which Docker captured as logs
    and streamed back to your terminal. Then the program ended, and so did the container.

Next: "docker ps -a" lists the stopped container; "docker logs hello" prints this again.
`;

export const TOOLBOX_DOCKERFILE = `# The Docker Course toolbox: a static busybox on an empty image.
FROM scratch
COPY busybox /bin/busybox
# One symlink per busybox applet: sh, httpd, wget, nslookup, nc, ps, ...
RUN ["/bin/busybox", "--install", "-s", "/bin"]
CMD ["sh"]
`;

/** The hello image's Dockerfile, on top of the toolbox image (named so tests can build their own copy). */
export function helloDockerfile(base: string = TOOLBOX_IMAGE): string {
  return `FROM ${base}\nCOPY hello.txt /etc/hello.txt\nCMD ["cat", "/etc/hello.txt"]\n`;
}

const encoder = new TextEncoder();

/** The build context of the toolbox image: its Dockerfile and the busybox binary, as a tar archive. */
export function toolboxContext(busybox: Uint8Array): Uint8Array {
  return packTar([
    { name: 'Dockerfile', content: encoder.encode(TOOLBOX_DOCKERFILE) },
    { name: 'busybox', content: busybox, mode: 0o755 },
  ]);
}

/** The build context of the hello image (built on top of the toolbox). */
export function helloContext(base: string = TOOLBOX_IMAGE): Uint8Array {
  return packTar([
    { name: 'Dockerfile', content: encoder.encode(helloDockerfile(base)) },
    { name: 'hello.txt', content: encoder.encode(HELLO_TEXT) },
  ]);
}

/** Docker's architecture names for the ELF machine numbers a busybox can be built for. */
const ELF_MACHINES: Record<number, string> = { 3: '386', 8: 'mips', 20: 'ppc', 21: 'ppc64le', 22: 's390x', 40: 'arm', 62: 'amd64', 183: 'arm64', 243: 'riscv64' };

export type ElfInfo =
  | { kind: 'elf'; arch: string; isStatic: boolean }
  | { kind: 'not-elf'; reason: string };

/**
 * Reads just enough of an ELF header to tell the architecture and whether the program is statically
 * linked (no PT_INTERP program header: nothing for a dynamic loader to do). Debian's `busybox` package
 * installs a dynamically linked /bin/busybox, which cannot run in an empty image; `busybox-static` does not.
 */
export function inspectElf(bytes: Uint8Array): ElfInfo {
  if (bytes.length < 52 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) return { kind: 'not-elf', reason: 'it is not a Linux (ELF) program' };
  const is64 = bytes[4] === 2;
  const little = bytes[5] === 1;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number) => view.getUint16(o, little);
  const u32 = (o: number) => view.getUint32(o, little);
  const machine = u16(0x12);
  const phoff = is64 ? Number(view.getBigUint64(0x20, little)) : u32(0x1c);
  const phentsize = u16(is64 ? 0x36 : 0x2a);
  const phnum = u16(is64 ? 0x38 : 0x2c);
  if (phoff + phentsize * phnum > bytes.length) return { kind: 'not-elf', reason: 'the file is truncated' };
  let isStatic = true;
  for (let i = 0; i < phnum; i++) if (u32(phoff + i * phentsize) === 3) isStatic = false; // PT_INTERP
  const arch = ELF_MACHINES[machine] ?? `elf-machine-${machine}`;
  return { kind: 'elf', arch: machine === 21 && !little ? 'ppc64' : arch, isStatic };
}

/** Where a static busybox may be found, best first: a copy bundled with the extension, then the host's. */
export function busyboxCandidates(extensionRoot: string, daemonArch: string): string[] {
  return [`${extensionRoot}/media/toolbox/busybox-${daemonArch}`, '/bin/busybox', '/usr/bin/busybox', '/usr/sbin/busybox', '/usr/local/bin/busybox'];
}

export type BusyboxChoice =
  | { kind: 'found'; path: string }
  | { kind: 'none'; message: string; rejected: string[] };

/**
 * Picks the first candidate that is a static busybox for the daemon's architecture. `read` returns
 * the first bytes of a file (the ELF header is enough), or undefined when it does not exist.
 */
export function chooseBusybox(candidates: readonly string[], daemonArch: string, read: (path: string) => Uint8Array | undefined, platform: string): BusyboxChoice {
  const rejected: string[] = [];
  for (const path of candidates) {
    const bytes = read(path);
    if (!bytes) continue;
    const elf = inspectElf(bytes);
    if (elf.kind !== 'elf') rejected.push(`${path}: ${elf.reason}`);
    else if (!elf.isStatic) rejected.push(`${path}: dynamically linked, so it cannot run in an empty image`);
    else if (elf.arch !== daemonArch) rejected.push(`${path}: built for ${elf.arch}, but the Docker engine runs ${daemonArch}`);
    else return { kind: 'found', path };
  }
  return { kind: 'none', message: noBusyboxMessage(platform, daemonArch, rejected), rejected };
}

function noBusyboxMessage(platform: string, daemonArch: string, rejected: readonly string[]): string {
  const found = rejected.length ? ` Checked: ${rejected.join('; ')}.` : '';
  const install =
    platform === 'linux'
      ? 'On Debian or Ubuntu run `sudo apt-get install busybox-static` (Fedora: `sudo dnf install busybox`), then run Build Course Toolbox again.'
      : `This computer has no static Linux busybox for ${daemonArch}, and Docker Desktop keeps its own inside its virtual machine, so the toolbox cannot be built here.`;
  return `The course toolbox needs a statically linked busybox for ${daemonArch}, and none was found.${found} ${install} You do not need the toolbox when a registry is reachable: keep the course in online mode (setting "dockerCourse.course.mode") and the labs pull small official images instead.`;
}

/** Splits a Docker JSON-lines progress stream; returns the complete events and the unfinished tail. */
export function splitJsonLines(buffered: string): { events: unknown[]; rest: string } {
  const lines = buffered.split('\n');
  const rest = lines.pop() ?? '';
  const events: unknown[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (!t) continue;
    try {
      events.push(JSON.parse(t));
    } catch {
      events.push({ stream: t });
    }
  }
  return { events, rest };
}

export type BuildEvent = { kind: 'step'; text: string } | { kind: 'error'; text: string } | { kind: 'other' };

/** Reads one event of the legacy builder's stream: a `Step n/m : …` line, an error, or noise. */
export function readBuildEvent(event: unknown): BuildEvent {
  const e = (event ?? {}) as { stream?: unknown; error?: unknown; errorDetail?: { message?: unknown } };
  if (typeof e.error === 'string') return { kind: 'error', text: typeof e.errorDetail?.message === 'string' ? e.errorDetail.message : e.error };
  if (typeof e.stream === 'string') {
    const text = e.stream.trim();
    if (/^Step \d+\/\d+ :/.test(text)) return { kind: 'step', text };
  }
  return { kind: 'other' };
}
