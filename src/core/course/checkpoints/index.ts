/** The checkpoint registry: one import per checkpoint file, sorted by id. */
import { findLesson } from '../lessonIds';
import type { Checkpoint } from './types';
import { checkpoint as BLD01 } from './bld/BLD-01-first-build';
import { checkpoint as BLD02 } from './bld/BLD-02-cache-order';
import { checkpoint as BLD03 } from './bld/BLD-03-instructions';
import { checkpoint as BLD04 } from './bld/BLD-04-entrypoint-and-cmd';
import { checkpoint as BLD05 } from './bld/BLD-05-build-args';
import { checkpoint as BLD06 } from './bld/BLD-06-oci-labels';
import { checkpoint as BLD07 } from './bld/BLD-07-multi-stage-final';
import { checkpoint as BLD08 } from './bld/BLD-08-test-target';
import { checkpoint as BLD09 } from './bld/BLD-09-dockerignore';
import { checkpoint as BLD10 } from './bld/BLD-10-build-secrets';
import { checkpoint as BLD11 } from './bld/BLD-11-shrink';
import { checkpoint as BLD12 } from './bld/BLD-12-reproducible';
import { checkpoint as BLD13 } from './bld/BLD-13-build-cache';
import { checkpoint as ENV01 } from './env/ENV-01-engine-answers';
import { checkpoint as ENV02 } from './env/ENV-02-online-or-offline';
import { checkpoint as ENV03 } from './env/ENV-03-no-sudo';
import { checkpoint as ENV04 } from './env/ENV-04-resources';
import { checkpoint as ENV05 } from './env/ENV-05-hello-container';
import { checkpoint as IMG01 } from './img/IMG-01-layers';
import { checkpoint as IMG02 } from './img/IMG-02-tags';
import { checkpoint as IMG03 } from './img/IMG-03-save-load';
import { checkpoint as IMG04 } from './img/IMG-04-inspect-live-values';
import { checkpoint as IMG05 } from './img/IMG-05-pin-digest';
import { checkpoint as IMG06 } from './img/IMG-06-choose-a-base';
import { checkpoint as NET01 } from './net/NET-01-user-defined-network';
import { checkpoint as NET02 } from './net/NET-02-alias';
import { checkpoint as NET03 } from './net/NET-03-segmented-tiers';
import { checkpoint as NET04 } from './net/NET-04-publish-localhost';
import { checkpoint as NET05 } from './net/NET-05-none-and-host';
import { checkpoint as NET06 } from './net/NET-06-internal-network';
import { checkpoint as NET07 } from './net/NET-07-reverse-proxy';
import { checkpoint as NET08 } from './net/NET-08-load-balancing';
import { checkpoint as NET09 } from './net/NET-09-fix-broken-network';
import { checkpoint as NET10 } from './net/NET-10-overlay';
import { checkpoint as RUN01 } from './run/RUN-01-container-is-a-process';
import { checkpoint as RUN02 } from './run/RUN-02-lifecycle';
import { checkpoint as RUN03 } from './run/RUN-03-web-server';
import { checkpoint as RUN04 } from './run/RUN-04-graceful-stop';
import { checkpoint as RUN05 } from './run/RUN-05-exec-into-web';
import { checkpoint as RUN06 } from './run/RUN-06-copy-out';
import { checkpoint as RUN07 } from './run/RUN-07-restart-on-failure';
import { checkpoint as RUN08 } from './run/RUN-08-resource-limits';
import { checkpoint as RUN09 } from './run/RUN-09-inspect-live-values';
import { checkpoint as RUN10 } from './run/RUN-10-namespaces-and-cgroups';
import { checkpoint as STO01 } from './sto/STO-01-copy-on-write';
import { checkpoint as STO02 } from './sto/STO-02-three-mounts';
import { checkpoint as STO03 } from './sto/STO-03-volume-lifecycle';
import { checkpoint as STO04 } from './sto/STO-04-data-survives';
import { checkpoint as STO05 } from './sto/STO-05-dev-bind-mount';
import { checkpoint as STO06 } from './sto/STO-06-bind-mount-owner';
import { checkpoint as STO07 } from './sto/STO-07-tmpfs-volume';
import { checkpoint as STO08 } from './sto/STO-08-backup-restore';
import { checkpoint as STO09 } from './sto/STO-09-shared-volume';

export const checkpoints: readonly Checkpoint[] = [
  BLD01, BLD02, BLD03, BLD04, BLD05, BLD06, BLD07, BLD08, BLD09, BLD10, BLD11, BLD12, BLD13, ENV01, ENV02, ENV03, ENV04, ENV05, IMG01, IMG02, IMG03, IMG04, IMG05, IMG06, NET01, NET02, NET03, NET04, NET05, NET06, NET07, NET08, NET09, NET10, RUN01, RUN02, RUN03, RUN04, RUN05, RUN06, RUN07, RUN08, RUN09, RUN10, STO01, STO02, STO03, STO04, STO05, STO06, STO07, STO08, STO09,
];

const byId = new Map(checkpoints.map((c) => [c.id, c]));

export function findCheckpoint(id: string): Checkpoint | undefined {
  return byId.get(id.toUpperCase());
}

/** The checkpoints that grade a lesson, in catalogue order. */
export function checkpointsForLesson(lessonId: string): Checkpoint[] {
  return checkpoints.filter((c) => c.lessonId === lessonId);
}

/** Resolves CLI/UI arguments: a lesson id (c03-l2) or a checkpoint id (RUN-03). */
export function resolveTargets(args: readonly string[]): { checkpoints: Checkpoint[]; unknown: string[] } {
  const out: Checkpoint[] = [];
  const unknown: string[] = [];
  for (const a of args) {
    const cp = findCheckpoint(a);
    if (cp) {
      if (!out.includes(cp)) out.push(cp);
      continue;
    }
    const lesson = findLesson(a.toLowerCase());
    const cps = lesson ? checkpointsForLesson(lesson.id) : [];
    if (cps.length === 0) unknown.push(a);
    for (const c of cps) if (!out.includes(c)) out.push(c);
  }
  return { checkpoints: out, unknown };
}
