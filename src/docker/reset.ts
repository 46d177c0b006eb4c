/**
 * Reset Lesson: lists, then removes, only objects labelled `docker-course.lesson=<lessonId>`. Anything
 * without that label (the learner's other work, other projects on a shared daemon) is never touched.
 */
import { LESSON_LABEL } from '../core/course/images';
import { PortError } from '../core/course/checkpoints/types';
import type { DockerSession } from './client';

export interface ResetPlan {
  lessonId: string;
  containers: { id: string; name: string; state: string }[];
  networks: { id: string; name: string }[];
  volumes: { name: string }[];
}

export function describePlan(p: ResetPlan): string[] {
  return [
    ...p.containers.map((c) => `container ${c.name} (${c.state})`),
    ...p.networks.map((n) => `network ${n.name}`),
    ...p.volumes.map((v) => `volume ${v.name}`),
  ];
}

export async function planReset(session: DockerSession, lessonId: string, signal?: AbortSignal): Promise<ResetPlan> {
  const label = `${LESSON_LABEL}=${lessonId}`;
  const filters = { label: [label] };
  try {
    const [containers, networks, volumes] = await Promise.all([
      session.client.listContainers({ all: true, filters, abortSignal: session.signal(signal) } as object),
      session.client.listNetworks({ filters, abortSignal: session.signal(signal) } as object),
      session.client.listVolumes({ filters, abortSignal: session.signal(signal) } as object),
    ]);
    // Check the label again on our side: the plan must never contain an object without it.
    return {
      lessonId,
      containers: containers.filter((c) => c.Labels?.[LESSON_LABEL] === lessonId).map((c) => ({ id: c.Id, name: (c.Names?.[0] ?? c.Id).replace(/^\//, ''), state: c.State })),
      networks: networks.filter((n) => n.Labels?.[LESSON_LABEL] === lessonId).map((n) => ({ id: n.Id, name: n.Name })),
      volumes: (volumes.Volumes ?? []).filter((v) => v.Labels?.[LESSON_LABEL] === lessonId).map((v) => ({ name: v.Name })),
    };
  } catch (e) {
    throw new PortError(session.failure(e, `listing the objects of lesson ${lessonId}`));
  }
}

/** Removes what the plan lists; returns what could not be removed, with the engine's reason. */
export async function applyReset(session: DockerSession, plan: ResetPlan, signal?: AbortSignal): Promise<{ removed: string[]; problems: string[] }> {
  const removed: string[] = [];
  const problems: string[] = [];
  const attempt = async (what: string, f: () => Promise<unknown>) => {
    try {
      await f();
      removed.push(what);
    } catch (e) {
      problems.push(`${what}: ${session.failure(e).apiMessage ?? session.failure(e).message}`);
    }
  };
  for (const c of plan.containers) await attempt(`container ${c.name}`, () => session.client.getContainer(c.id).remove({ force: true, v: true, abortSignal: session.signal(signal) } as object));
  for (const n of plan.networks) await attempt(`network ${n.name}`, () => session.client.getNetwork(n.id).remove({ abortSignal: session.signal(signal) } as object));
  for (const v of plan.volumes) await attempt(`volume ${v.name}`, () => session.client.getVolume(v.name).remove({ abortSignal: session.signal(signal) } as object));
  return { removed, problems };
}
