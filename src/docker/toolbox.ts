import { Readable } from 'node:stream';
import type Docker from 'dockerode';
import { HELLO_IMAGE, TOOLBOX_IMAGE, TOOLBOX_LABELS, helloContext, readBuildEvent, splitJsonLines, toolboxContext } from '../core/course/toolbox';

export interface ToolboxBuildOptions {
  /** Called with a short line for each build step ("Step 2/4 : COPY busybox /bin/busybox"). */
  onProgress?: (line: string) => void;
  signal?: AbortSignal;
  /** Image names; the course's names by default (tests use their own). */
  toolboxTag?: string;
  helloTag?: string;
  labels?: Readonly<Record<string, string>>;
}

export interface ToolboxBuildResult {
  toolboxId: string;
  helloId: string;
}

/**
 * Builds an image from an in-memory tar context through the Engine API (the classic builder: no BuildKit
 * or buildx needed), waits for the end of the stream, and returns the new image's id.
 */
export async function buildFromContext(client: Docker, context: Uint8Array, tag: string, labels: Readonly<Record<string, string>>, o: ToolboxBuildOptions & { dockerfile?: string } = {}): Promise<string> {
  const stream = (await client.buildImage(Readable.from([Buffer.from(context)]), {
    t: tag,
    labels: { ...labels },
    rm: true,
    forcerm: true,
    ...(o.dockerfile ? { dockerfile: o.dockerfile } : {}),
    abortSignal: o.signal,
  } as Docker.ImageBuildOptions)) as NodeJS.ReadableStream;
  await new Promise<void>((resolve, reject) => {
    let buffered = '';
    let failure: string | undefined;
    const onAbort = () => reject(new Error('The toolbox build was cancelled.'));
    o.signal?.addEventListener('abort', onAbort, { once: true });
    const handle = (events: unknown[]) => {
      for (const e of events) {
        const ev = readBuildEvent(e);
        if (ev.kind === 'step') o.onProgress?.(ev.text);
        else if (ev.kind === 'error') failure ??= ev.text;
      }
    };
    stream.on('data', (chunk: Buffer | string) => {
      const split = splitJsonLines(buffered + chunk.toString());
      buffered = split.rest;
      handle(split.events);
    });
    stream.on('error', (err: Error) => {
      o.signal?.removeEventListener('abort', onAbort);
      reject(err);
    });
    stream.on('end', () => {
      o.signal?.removeEventListener('abort', onAbort);
      handle(splitJsonLines(buffered + '\n').events);
      if (failure) reject(new Error(`Building ${tag} failed: ${failure}`));
      else resolve();
    });
  });
  const info = await client.getImage(tag).inspect();
  return info.Id;
}

/**
 * Builds the offline course toolbox (`course/toolbox:1`, FROM scratch + the given static busybox) and
 * the hello image on top of it (`course/hello:1`), both labelled for lesson c00-l2. Needs no registry.
 */
export async function buildCourseToolbox(client: Docker, busybox: Uint8Array, o: ToolboxBuildOptions = {}): Promise<ToolboxBuildResult> {
  const toolboxTag = o.toolboxTag ?? TOOLBOX_IMAGE;
  const helloTag = o.helloTag ?? HELLO_IMAGE;
  const labels = o.labels ?? TOOLBOX_LABELS;
  const toolboxId = await buildFromContext(client, toolboxContext(busybox), toolboxTag, labels, o);
  // Built FROM the toolbox's image id, not its tag, so the pair stays consistent even if something else
  // re-tags the toolbox name on a shared engine between the two builds.
  const helloId = await buildFromContext(client, helloContext(toolboxId), helloTag, labels, o);
  return { toolboxId, helloId };
}
