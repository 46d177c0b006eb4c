import { PortError } from '../core/course/checkpoints/types';
import { DockerSession, probeEngine, resolveLocalEndpoint } from '../docker/client';
import { BuildError, buildCourseImages } from '../docker/toolbox';
import { UsageError } from './files';

/** `docker-course toolbox`: builds the course images; exit 0 built, 1 build failed, 3 Docker unreachable. */
export async function runToolbox(args: string[], write: (s: string) => void, warn: (s: string) => void): Promise<number> {
  let busyboxPath: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--busybox') busyboxPath = args[++i];
    else if (args[i].startsWith('--busybox=')) busyboxPath = args[i].slice(10);
    else throw new UsageError(`Unknown option ${args[i]} for toolbox (it takes --busybox PATH).`);
  }
  const session = new DockerSession(resolveLocalEndpoint());
  const probe = await probeEngine(session);
  if (probe.state === 'unreachable') {
    warn(`docker-course: could not build the course images. ${probe.failure.message}`);
    return 3;
  }
  try {
    const r = await buildCourseImages(session, { busyboxPath });
    for (const b of r.built) write(`built  ${b.tag} (${b.imageId.slice(7, 19)})`);
    for (const t of r.tagged) write(`tagged ${t}`);
    return 0;
  } catch (e) {
    if (e instanceof BuildError) {
      warn(`docker-course: ${e.message}`);
      return 1;
    }
    if (e instanceof PortError) {
      warn(`docker-course: ${e.failure.message}`);
      return 3;
    }
    throw e;
  }
}
