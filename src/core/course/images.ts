/**
 * Course images: built locally by "Docker Course: Build course toolbox" (src/docker/toolbox.ts), so every
 * lab and every probe works without a registry (CURRICULUM §1.8).
 */
export const TOOLBOX_REPO = 'course/toolbox';
export const TOOLBOX_VERSION = '1';
/** The probe image: FROM scratch + a static busybox (sh, httpd, nslookup, wget, nc, ip). */
export const TOOLBOX_IMAGE = `${TOOLBOX_REPO}:${TOOLBOX_VERSION}`;
/** c00-l2's offline stand-in for hello-world. */
export const HELLO_IMAGE = 'course/hello:1';
/** The greeting both hello-world and course/hello print. */
export const HELLO_GREETING = 'Hello from Docker!';
/** Label on course images (not lesson objects: Reset Lesson leaves them alone). */
export const COURSE_IMAGE_LABEL = 'docker-course.image';
/** The label on every object a lab or a probe creates. */
export const LESSON_LABEL = 'docker-course.lesson';
export const PROBE_LABEL = 'docker-course.probe';

/** Local tags that let lab commands run unchanged offline. */
export const STAND_IN_TAGS: readonly { tag: string; of: 'toolbox' | 'hello' | 'db' | 'proxy' | 'queue'; why: string }[] = [
  { tag: `${TOOLBOX_REPO}:latest`, of: 'toolbox', why: 'labs write `docker run course/toolbox …`' },
  { tag: 'busybox:1.36', of: 'toolbox', why: 'labs that use a pinned busybox' },
  { tag: 'course/hello:latest', of: 'hello', why: '`docker run course/hello` in c00-l2' },
  { tag: 'course/db-standin:1', of: 'db', why: 'offline stand-in for postgres (healthcheck, data at /var/lib/postgresql/data)' },
  { tag: 'course/proxy-standin:1', of: 'proxy', why: 'offline stand-in for nginx as a reverse proxy (GET only)' },
  { tag: 'course/queue-standin:1', of: 'queue', why: 'offline stand-in for redis (an nc listener)' },
];
