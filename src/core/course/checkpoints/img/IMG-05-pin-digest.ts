import { DockerfileModel } from '../../../lint/dockerfile/model';
import { cannot, code, defineCheckpoint, list, no, ok, workspaceText } from '../define';
import type { CheckContext } from '../types';

interface FromLine {
  written: string;
  /** Repository as written, registry host included, without tag or digest. */
  repo: string;
  tag?: string;
  digest?: string;
}

/** The base of the final stage (following `FROM <stage>` back to an image). */
export function baseFromLine(text: string): FromLine | undefined {
  const model = new DockerfileModel(text);
  let stage = model.stages.at(-1);
  while (stage?.parent) stage = stage.parent;
  if (!stage || stage.image.isScratch) return undefined;
  const ref = stage.image.resolved ?? stage.image.written;
  const [nameTag, digest] = ref.split('@');
  const slash = nameTag.lastIndexOf('/');
  const colon = nameTag.lastIndexOf(':');
  const hasTag = colon > slash;
  return { written: ref, repo: hasTag ? nameTag.slice(0, colon) : nameTag, tag: hasTag ? nameTag.slice(colon + 1) : undefined, digest };
}

async function from(ctx: CheckContext): Promise<FromLine | string> {
  const rel = ctx.param('dockerfile');
  const text = await workspaceText(ctx, rel);
  if (text === undefined) return `no ${code(rel)} in the course folder`;
  return baseFromLine(text) ?? `${code(rel)} has no FROM line that names an image`;
}

const OFFLINE_WHY =
  'Offline, no image on this engine came from a registry, so there is no registry digest to pin (an image ID is not a digest). The lesson accepts the version tag offline; pin the digest when you have a registry.';

export const checkpoint = defineCheckpoint({
  id: 'IMG-05',
  lessonId: 'c02-l2',
  family: 'IMG',
  kind: 'state',
  title: 'Pin the base image by digest',
  summary: 'The FROM line of `labs/c02-l2/Dockerfile` names a digest, and that digest is one of the base image\'s RepoDigests. Needs a registry: offline it is not checkable.',
  needsDocker: true,
  params: { dockerfile: 'labs/c02-l2/Dockerfile' },
  offline: 'Digests are given by registries. Offline (or when the base was built locally and has no RepoDigests) the check reports "not checkable" instead of failing; it never pulls.',
  conditions: [
    {
      id: 'from-digest',
      label: 'The FROM line pins a digest',
      expected: '`FROM name:tag@sha256:…`',
      hints: [
        'A tag can be moved to another image at any time; a digest names exactly one manifest, forever.',
        '`docker images --digests` (or `docker image inspect --format "{{index .RepoDigests 0}}"`) shows the digest of the base you pulled.',
        'Write `FROM busybox:1.36@sha256:<digest>` with the digest from RepoDigests, save and build again.',
      ],
      async check(ctx) {
        if (ctx.input.mode === 'offline') return cannot(OFFLINE_WHY);
        const f = await from(ctx);
        if (typeof f === 'string') return no(f);
        if (f.digest) return ok(code(`FROM ${f.written}`));
        const tagged = `${f.repo}:${f.tag ?? 'latest'}`;
        const img = await ctx.ports.docker.inspectImage(tagged, { signal: ctx.signal });
        if (!img?.RepoDigests?.length) {
          return cannot(`${code(tagged)} on this engine ${img ? 'was built or tagged locally and has no RepoDigests' : 'is not in the local store'}. ${OFFLINE_WHY}`);
        }
        return no(`${code(`FROM ${f.written}`)} has no digest (your ${code(tagged)} has ${list(img.RepoDigests)})`);
      },
    },
    {
      id: 'digest-matches',
      label: 'The pinned digest belongs to the base image you have',
      expected: 'the digest listed in the base image\'s RepoDigests',
      after: ['from-digest'],
      hints: [
        'A digest is checked on pull: a wrong or mistyped one makes the build fail with "manifest unknown".',
        'Compare your FROM line with `docker image inspect --format "{{json .RepoDigests}}" busybox:1.36`.',
        'Copy the digest from RepoDigests (everything after the `@`) into the FROM line.',
      ],
      async check(ctx) {
        const f = (await from(ctx)) as FromLine;
        const img = await ctx.ports.docker.inspectImage(`${f.repo}@${f.digest}`, { signal: ctx.signal });
        const want = `${f.repo}@${f.digest}`;
        const listed = (img?.RepoDigests ?? []).some((d) => d === want || d.endsWith(`/${want}`) || d.split('@')[1] === f.digest);
        if (img && listed) return ok(`${code(f.digest!)} is a RepoDigest of ${img.RepoTags?.length ? list(img.RepoTags) : code(img.Id.slice(7, 19))}`);
        const tagged = f.tag ? await ctx.ports.docker.inspectImage(`${f.repo}:${f.tag}`, { signal: ctx.signal }) : undefined;
        return no(`no image on this engine has ${code(f.digest!)}${tagged ? `; ${code(`${f.repo}:${f.tag}`)} has ${list(tagged.RepoDigests ?? [])}` : ''}`);
      },
    },
  ],
});
