/** Chapters of the course, in order; each is one VS Code walkthrough. */
export interface ChapterInfo {
  id: string;
  title: string;
}

export const chapters: readonly ChapterInfo[] = [
  { id: 'c00', title: "Setup and orientation" },
  { id: 'c01', title: "Foundations: what a container is" },
  { id: 'c02', title: "Images: the build artifact" },
  { id: 'c03', title: "Running containers" },
  { id: 'c04', title: "Dockerfiles: authoring images" },
  { id: 'c05', title: "Building well: BuildKit and multi-stage" },
  { id: 'c06', title: "Storage: data and the filesystem" },
  { id: 'c07', title: "Networking" },
  { id: 'c08', title: "Docker Compose" },
  { id: 'c09', title: "Registries and distribution" },
  { id: 'c10', title: "Security" },
  { id: 'c11', title: "Observability and operations" },
  { id: 'c12', title: "From one host to many: the ecosystem" },
  { id: 'c13', title: "Containers for AI/ML" },
  { id: 'c14', title: "Capstone" },
];

/**
 * Every lesson's identity, in course order. `concept` lessons are read and checked by a quiz;
 * `optional` lessons are deeper dives a learner may skip. The full lesson data (goals, labs,
 * checkpoints) lives in the chapter files beside this one and is keyed by these ids.
 */
export interface LessonId {
  id: string;
  chapter: string;
  title: string;
  concept: boolean;
  optional: boolean;
}

export const lessonIds: readonly LessonId[] = [
  { id: 'c00-l1', chapter: 'c00', title: "Install and verify the engine", concept: false, optional: false },
  { id: 'c00-l2', chapter: 'c00', title: "First container and offline mode", concept: false, optional: false },
  { id: 'c00-l3', chapter: 'c00', title: "Course workspace", concept: false, optional: false },
  { id: 'c01-l1', chapter: 'c01', title: "A container is a process", concept: true, optional: false },
  { id: 'c01-l2', chapter: 'c01', title: "Containers vs VMs", concept: true, optional: false },
  { id: 'c01-l3', chapter: 'c01', title: "Namespaces and cgroups", concept: false, optional: true },
  { id: 'c01-l4', chapter: 'c01', title: "Image vs container; the architecture under `docker`", concept: false, optional: false },
  { id: 'c01-l5', chapter: 'c01', title: "Why containers; security framing", concept: true, optional: false },
  { id: 'c02-l1', chapter: 'c02', title: "Layers and the union filesystem", concept: false, optional: false },
  { id: 'c02-l2', chapter: 'c02', title: "Tags vs digests; manifests", concept: false, optional: false },
  { id: 'c02-l3', chapter: 'c02', title: "The local store: pull, list, tag, remove, save, load", concept: false, optional: false },
  { id: 'c02-l4', chapter: 'c02', title: "Inspect what an image runs and hides", concept: false, optional: false },
  { id: 'c02-l5', chapter: 'c02', title: "Choosing a base", concept: false, optional: false },
  { id: 'c02-l6', chapter: 'c02', title: "Registry naming and Docker Hub", concept: true, optional: false },
  { id: 'c03-l1', chapter: 'c03', title: "Lifecycle", concept: false, optional: false },
  { id: 'c03-l2', chapter: 'c03', title: "Anatomy of `docker run`", concept: false, optional: false },
  { id: 'c03-l3', chapter: 'c03', title: "PID 1 and signals", concept: false, optional: false },
  { id: 'c03-l4', chapter: 'c03', title: "exec, attach, logs, cp", concept: false, optional: false },
  { id: 'c03-l5', chapter: 'c03', title: "Restart policies and exit codes", concept: false, optional: false },
  { id: 'c03-l6', chapter: 'c03', title: "Resource limits", concept: false, optional: false },
  { id: 'c03-l7', chapter: 'c03', title: "Runtime config and inspection", concept: false, optional: false },
  { id: 'c04-l1', chapter: 'c04', title: "The Dockerfile model and build context", concept: false, optional: false },
  { id: 'c04-l2', chapter: 'c04', title: "Layer cache and instruction order", concept: false, optional: false },
  { id: 'c04-l3', chapter: 'c04', title: "RUN forms, COPY vs ADD, WORKDIR, ENV, EXPOSE", concept: false, optional: false },
  { id: 'c04-l4', chapter: 'c04', title: "CMD vs ENTRYPOINT", concept: false, optional: false },
  { id: 'c04-l5', chapter: 'c04', title: "ARG vs ENV; build args", concept: false, optional: false },
  { id: 'c04-l6', chapter: 'c04', title: "Metadata: LABEL, USER, HEALTHCHECK preview", concept: false, optional: false },
  { id: 'c04-l7', chapter: 'c04', title: "Containerize a real app (Driftwood app; Python variant)", concept: false, optional: false },
  { id: 'c05-l1', chapter: 'c05', title: "BuildKit", concept: false, optional: false },
  { id: 'c05-l2', chapter: 'c05', title: "Multi-stage builds and targets", concept: false, optional: false },
  { id: 'c05-l3', chapter: 'c05', title: ".dockerignore", concept: false, optional: false },
  { id: 'c05-l4', chapter: 'c05', title: "Cache mounts and build secrets", concept: false, optional: false },
  { id: 'c05-l5', chapter: 'c05', title: "Shrinking images", concept: false, optional: false },
  { id: 'c05-l6', chapter: 'c05', title: "Reproducible builds", concept: false, optional: true },
  { id: 'c06-l1', chapter: 'c06', title: "Writable layer and copy-on-write", concept: false, optional: false },
  { id: 'c06-l2', chapter: 'c06', title: "Volumes vs bind mounts vs tmpfs", concept: false, optional: false },
  { id: 'c06-l3', chapter: 'c06', title: "Named-volume lifecycle", concept: false, optional: false },
  { id: 'c06-l4', chapter: 'c06', title: "Bind mounts in development", concept: false, optional: false },
  { id: 'c06-l5', chapter: 'c06', title: "Volume drivers", concept: false, optional: true },
  { id: 'c06-l6', chapter: 'c06', title: "Backup, restore, migration; DB persistence", concept: false, optional: false },
  { id: 'c06-l7', chapter: 'c06', title: "Storage performance", concept: true, optional: true },
  { id: 'c07-l1', chapter: 'c07', title: "Default bridge vs user-defined networks", concept: false, optional: false },
  { id: 'c07-l2', chapter: 'c07', title: "Embedded DNS, aliases, multi-network", concept: false, optional: false },
  { id: 'c07-l3', chapter: 'c07', title: "Publishing ports", concept: false, optional: false },
  { id: 'c07-l4', chapter: 'c07', title: "host and none modes; macvlan/ipvlan", concept: false, optional: true },
  { id: 'c07-l5', chapter: 'c07', title: "Network isolation and internal networks", concept: false, optional: false },
  { id: 'c07-l6', chapter: 'c07', title: "Reverse proxy and load balancing (Driftwood proxy)", concept: false, optional: false },
  { id: 'c07-l7', chapter: 'c07', title: "Legacy links and env-based config", concept: true, optional: false },
  { id: 'c07-l8', chapter: 'c07', title: "Troubleshooting and performance", concept: false, optional: false },
  { id: 'c07-l9', chapter: 'c07', title: "Overlay networks (first look)", concept: false, optional: true },
  { id: 'c08-l1', chapter: 'c08', title: "Why Compose; the file model; image vs build", concept: false, optional: false },
  { id: 'c08-l2', chapter: 'c08', title: "Dependencies and the startup-order trap", concept: false, optional: false },
  { id: 'c08-l3', chapter: 'c08', title: "Environment and .env interpolation", concept: false, optional: false },
  { id: 'c08-l4', chapter: 'c08', title: "Volumes and networks in Compose", concept: false, optional: false },
  { id: 'c08-l5', chapter: 'c08', title: "Compose commands: up, down, logs, exec, build, scale, ps", concept: false, optional: false },
  { id: 'c08-l6', chapter: 'c08', title: "Profiles", concept: false, optional: false },
  { id: 'c08-l7', chapter: 'c08', title: "Override files; dev vs prod; the dev loop", concept: false, optional: false },
  { id: 'c08-l8', chapter: 'c08', title: "Multi-container patterns: web + DB, queue, microservices", concept: false, optional: false },
  { id: 'c09-l1', chapter: 'c09', title: "How registries work; Hub, private and self-hosted", concept: false, optional: false },
  { id: 'c09-l2', chapter: 'c09', title: "Tagging strategy for releases", concept: false, optional: false },
  { id: 'c09-l3', chapter: 'c09', title: "Auth, rate limits, pull strategies, caching, cleanup", concept: true, optional: false },
  { id: 'c09-l4', chapter: 'c09', title: "Multi-architecture images with buildx", concept: false, optional: true },
  { id: 'c09-l5', chapter: 'c09', title: "Signing and provenance", concept: false, optional: false },
  { id: 'c09-l6', chapter: 'c09', title: "Vulnerability scanning", concept: false, optional: false },
  { id: 'c09-l7', chapter: 'c09', title: "Automated builds and CI/CD", concept: true, optional: false },
  { id: 'c10-l1', chapter: 'c10', title: "Threat model of a shared kernel", concept: true, optional: false },
  { id: 'c10-l2', chapter: 'c10', title: "Running as non-root", concept: false, optional: false },
  { id: 'c10-l3', chapter: 'c10', title: "Linux capabilities", concept: false, optional: false },
  { id: 'c10-l4', chapter: 'c10', title: "seccomp, AppArmor, SELinux", concept: false, optional: false },
  { id: 'c10-l5', chapter: 'c10', title: "Read-only filesystems", concept: false, optional: false },
  { id: 'c10-l6', chapter: 'c10', title: "Secrets done right", concept: false, optional: false },
  { id: 'c10-l7', chapter: 'c10', title: "Rootless Docker and user namespaces", concept: false, optional: true },
  { id: 'c10-l8', chapter: 'c10', title: "Hardening review", concept: false, optional: false },
  { id: 'c11-l1', chapter: 'c11', title: "Logging drivers and disk", concept: false, optional: false },
  { id: 'c11-l2', chapter: 'c11', title: "Healthchecks", concept: false, optional: false },
  { id: 'c11-l3', chapter: 'c11', title: "stats, events, inspection", concept: false, optional: false },
  { id: 'c11-l4', chapter: 'c11', title: "Pruning and disk management", concept: false, optional: false },
  { id: 'c11-l5', chapter: 'c11', title: "The daemon and its storage driver", concept: false, optional: false },
  { id: 'c11-l6', chapter: 'c11', title: "Debugging a crash-looping container", concept: false, optional: false },
  { id: 'c11-l7', chapter: 'c11', title: "Production readiness and tuning", concept: false, optional: false },
  { id: 'c12-l1', chapter: 'c12', title: "The OCI standard", concept: false, optional: false },
  { id: 'c12-l2', chapter: 'c12', title: "containerd and runc underneath", concept: false, optional: false },
  { id: 'c12-l3', chapter: 'c12', title: "Podman and Buildah", concept: false, optional: true },
  { id: 'c12-l4', chapter: 'c12', title: "Swarm, briefly", concept: false, optional: true },
  { id: 'c12-l5', chapter: 'c12', title: "The boundary: when to reach for Kubernetes", concept: true, optional: false },
  { id: 'c12-l6', chapter: 'c12', title: "The production workflow, end to end", concept: true, optional: false },
  { id: 'c13-l1', chapter: 'c13', title: "Python/ML images", concept: false, optional: false },
  { id: 'c13-l2', chapter: 'c13', title: "A model-serving container", concept: false, optional: false },
  { id: 'c13-l3', chapter: 'c13', title: "Training pipeline, Jupyter, MLflow with Compose; large datasets", concept: false, optional: false },
  { id: 'c13-l4', chapter: 'c13', title: "GPUs in `run` and Compose; distributed training", concept: true, optional: false },
  { id: 'c14-l1', chapter: 'c14', title: "Driftwood, production-ready", concept: false, optional: false },
  { id: 'c14-l2', chapter: 'c14', title: "ML application variant", concept: false, optional: true },
];

const byId = new Map(lessonIds.map((l) => [l.id, l]));

export function findLesson(id: string): LessonId | undefined {
  return byId.get(id);
}
