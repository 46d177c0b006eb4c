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
