import { TOOLBOX_IMAGE } from '../../images';
import { code, defineCheckpoint, findImage, no, ok } from '../define';
import type { RegistryProbe } from '../types';

/** A tiny, well-known reference; only its manifest is asked for, nothing is downloaded. */
export const REGISTRY_PROBE_REF = 'hello-world:latest';

export const checkpoint = defineCheckpoint({
  id: 'ENV-02',
  lessonId: 'c00-l2',
  family: 'ENV',
  kind: 'state',
  title: 'Online or offline: the course knows where images come from',
  summary: 'Probes a registry with a short deadline and records online or offline mode; offline, the course toolbox must be built locally.',
  needsDocker: true,
  names: { toolbox: { default: TOOLBOX_IMAGE, description: 'the course toolbox image' } },
  params: { timeoutMs: '4000' },
  offline: 'Offline, labs use course/toolbox and course/hello, built locally by "Build course toolbox".',
  conditions: [
    {
      id: 'registry-probe',
      label: 'The course knows whether your engine can reach a registry',
      expected: 'online or offline (either is fine)',
      hints: [
        'Images come from a registry (Docker Hub by default) unless they are already on your engine.',
        'The check asks the registry for the manifest of hello-world with a short deadline; "no such host" means no network path.',
        'Nothing to fix: offline mode uses locally built course images instead of pulled ones.',
      ],
      async check(ctx) {
        const r: RegistryProbe = await ctx.memo('registry', () => ctx.ports.docker.registryProbe(REGISTRY_PROBE_REF, Number(ctx.param('timeoutMs')), { signal: ctx.signal }));
        ctx.fact('mode', r.state);
        return ok(r.state === 'online' ? `online: ${r.detail}` : `offline: ${r.detail}`);
      },
    },
    {
      id: 'lab-images',
      label: 'Images for the first labs are available',
      expected: `online, or ${code(TOOLBOX_IMAGE)} built on this engine`,
      after: ['registry-probe'],
      hints: [
        'Without a registry, every image must be built or loaded locally.',
        `The labs use ${code(TOOLBOX_IMAGE)}: a tiny image with a static busybox (a shell, httpd, wget, nslookup).`,
        'Run "Docker Course: Build course toolbox" (or `docker-course toolbox`), then check again.',
      ],
      async check(ctx) {
        const r: RegistryProbe = await ctx.memo('registry', () => ctx.ports.docker.registryProbe(REGISTRY_PROBE_REF, Number(ctx.param('timeoutMs')), { signal: ctx.signal }));
        const toolbox = ctx.name('toolbox');
        const img = await findImage(ctx, toolbox);
        if (img) return ok(`${code(toolbox)} is on this engine (${r.state})`);
        if (r.state === 'online') return ok(`online: images can be pulled (${code(toolbox)} is not built yet, which is fine)`);
        return no(`offline, and ${code(toolbox)} is not on this engine`);
      },
    },
  ],
});
