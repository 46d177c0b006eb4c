import { code, findVolume, foreignReason, type Found } from '../define';
import type { ContainerInspect, MountPoint, VolumeInspect } from '../engineApi';
import type { CheckContext } from '../types';

/** The volume the lesson calls `key`, by the learner's name, unless it belongs to a compose project. */
export async function ownVolume(ctx: CheckContext, key: string): Promise<Found<VolumeInspect>> {
  const name = ctx.name(key);
  const v = await findVolume(ctx, name);
  if (!v) return { note: `no volume named ${code(name)}` };
  const foreign = foreignReason(v.Labels);
  if (foreign) return { note: `no volume named ${code(name)} of your own (there is one, but ${foreign})` };
  return { value: v, note: `volume ${code(name)}` };
}

/** The mount of a container at `destination`, if any. */
export const mountAt = (c: ContainerInspect, destination: string): MountPoint | undefined => c.Mounts.find((m) => m.Destination === destination);

export function describeMount(m: MountPoint): string {
  const what = m.Type === 'volume' ? `volume ${code(m.Name ?? '?')}` : m.Type === 'bind' ? `bind ${code(m.Source)}` : m.Type;
  return `${what} → ${code(m.Destination)} (${m.RW ? 'read-write' : 'read-only'})`;
}

/** A 64-hex-character name: what Docker gives an anonymous volume. */
export const isAnonymous = (name: string): boolean => /^[0-9a-f]{64}$/.test(name);
