import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { HELLO_IMAGE, TOOLBOX_IMAGE } from '../../core/course/images';
import { busyboxCandidates, chooseBusybox } from '../../core/course/toolbox';
import { DockerSession, resolveLocalEndpoint } from '../../docker/client';
import { buildCourseImages } from '../../docker/toolbox';
import { dockerHostSetting } from '../config';
import type { CourseContext } from './common';

/** The first bytes of a file (enough for its ELF header and program headers), or undefined when unreadable. */
function head(path: string): Uint8Array | undefined {
  try {
    const fd = fs.openSync(path, 'r');
    try {
      const buf = Buffer.alloc(64 * 1024);
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      return buf.subarray(0, n);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

function daemonProblem(e: unknown, where: string): string {
  const code = (e as { code?: unknown }).code;
  if (code === 'ENOENT') return `No Docker engine answers at ${where}: Docker is not running, or not installed. Start Docker Desktop or the docker service, then run Build Course Toolbox again.`;
  if (code === 'EACCES') return `Permission denied on ${where}: your user may not use the Docker socket. On Linux add yourself to the docker group (lesson c00-l1) and log in again.`;
  if (code === 'ECONNREFUSED') return `The Docker engine at ${where} refused the connection: it is not running there. Start it, then try again.`;
  return `The Docker engine at ${where} did not answer (${e instanceof Error ? e.message : String(e)}). Check that Docker is running, then try again.`;
}

/**
 * Build Course Toolbox: builds `course/toolbox:1` (FROM scratch + this machine's static busybox) and
 * `course/hello:1` on the local engine, with progress, so the course's labs work with no registry.
 */
export async function buildToolbox(ctx: CourseContext): Promise<void> {
  const host = dockerHostSetting();
  const session = new DockerSession(resolveLocalEndpoint(host ? { host } : undefined));
  const where = session.describe;
  const client = session.client;
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Docker Course: building the course toolbox', cancellable: true }, async (progress, token) => {
    const abort = new AbortController();
    token.onCancellationRequested(() => abort.abort());
    progress.report({ message: `asking the Docker engine at ${where}…` });
    let arch: string;
    try {
      await client.ping({ abortSignal: session.signal(abort.signal, 3000) } as never);
      arch = (await client.version()).Arch;
    } catch (e) {
      ctx.log.warn('Build Course Toolbox: engine unreachable', e);
      void vscode.window.showErrorMessage(`Docker Course: ${daemonProblem(e, where)}`);
      return;
    }
    const choice = chooseBusybox(busyboxCandidates(ctx.extension.extensionUri.fsPath, arch), arch, head, process.platform);
    if (choice.kind === 'none') {
      ctx.log.warn(`Build Course Toolbox: ${choice.message}`);
      const open = await vscode.window.showErrorMessage(`Docker Course: ${choice.message}`, 'Open Lesson c00-l2');
      if (open) await vscode.commands.executeCommand('dockerCourse.openLesson', 'c00-l2');
      return;
    }
    ctx.log.info(`Build Course Toolbox: using ${choice.path} (${arch}) on ${where}`);
    let report: Awaited<ReturnType<typeof buildCourseImages>>;
    try {
      report = await buildCourseImages(session, {
        busyboxPath: choice.path,
        signal: abort.signal,
        onOutput: (line) => {
          ctx.log.info(line);
          if (/^Step \d+\/\d+/.test(line)) progress.report({ message: line });
        },
      });
    } catch (e) {
      if (abort.signal.aborted) return;
      ctx.log.error('Build Course Toolbox failed', e);
      void vscode.window.showErrorMessage(`Docker Course: building the course images failed: ${e instanceof Error ? e.message : String(e)}. The Docker Course log has the build output.`);
      return;
    }
    ctx.log.info(`Build Course Toolbox: built ${report.built.map((b) => `${b.tag} = ${b.imageId}`).join(', ')}; tagged ${report.tagged.join(', ')}`);
    void vscode.window.showInformationMessage(`Built ${TOOLBOX_IMAGE} from ${choice.path}, ${HELLO_IMAGE} and the offline stand-ins (${report.built.length} images, ${report.tagged.length} extra tags). Offline labs can now run; try \`docker run --rm ${HELLO_IMAGE}\` in a terminal.`);
  });
}
