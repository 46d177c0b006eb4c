/** Learner images the labs build, made once per run (FROM the locally built toolbox). */
import { TOOLBOX_IMAGE } from '../../../src/core/course/images';
import type { Rig } from '../support/rig';

const built = new Map<string, Promise<unknown>>();

function once(key: string, f: () => Promise<unknown>): Promise<unknown> {
  let p = built.get(key);
  if (!p) {
    p = f();
    built.set(key, p);
  }
  return p;
}

export const WEB_INDEX = '<!doctype html><title>learner web</title><h1>Hello from learner/web:1</h1>\n';

/** learner/web:1 — busybox httpd on 8080 in exec form, as lesson c03-l2 builds it. */
export function webImage(r: Rig): Promise<unknown> {
  return once('web', () =>
    r.build('learner/web:1', [
      { name: 'Dockerfile', data: `FROM ${TOOLBOX_IMAGE}\nCOPY index.html /www/index.html\nEXPOSE 8080\nCMD ["httpd","-f","-p","8080","-h","/www"]\n` },
      { name: 'index.html', data: WEB_INDEX },
    ]),
  );
}

/** Writes a lab folder into the group's workspace and returns the same files as a build context. */
export function labFiles(r: Rig, rel: string, files: Record<string, string>): { name: string; data: string; mode?: number }[] {
  r.write(rel, files);
  return Object.entries(files).map(([name, data]) => ({ name, data, mode: data.startsWith('#!') ? 0o755 : undefined }));
}

/** The lesson label an image gets from `docker build --label docker-course.lesson=…`. */
export const lessonLabel = (lessonId: string): Record<string, string> => ({ 'docker-course.lesson': lessonId });

/** Waits until a published container port answers 200 at `path`. */
export async function answers(r: Rig, name: string, path = '/', port = '8080/tcp'): Promise<string> {
  let url = '';
  await r.until(`${name} answering ${path}`, async () => {
    const hostPort = (await r.inspect(name))?.NetworkSettings.Ports?.[port]?.[0]?.HostPort;
    if (!hostPort) return false;
    url = `http://127.0.0.1:${hostPort}${path}`;
    return fetch(url).then((x) => x.status === 200, () => false);
  });
  return url;
}
