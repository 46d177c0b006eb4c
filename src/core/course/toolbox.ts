/**
 * Choosing the static busybox for the offline course toolbox (CURRICULUM §1.8): `FROM scratch` plus a static
 * busybox gives a shell, httpd, wget, nslookup and nc in about 2 MB. The image names live in images.ts and
 * the builder in src/docker/toolbox.ts.
 */
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
