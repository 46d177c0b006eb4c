/**
 * IMG (chapter C02): reference solutions and broken setups. Images are built FROM the locally built
 * toolbox under per-run tags (`learner/layers:1-<run>`), so runs on a shared engine never collide; IMG-05
 * gets its registry digest from a throwaway in-process registry on 127.0.0.1.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TOOLBOX_IMAGE } from '../../../src/core/course/images';
import { IMAGE_LABEL_KEY, type Rig } from '../support/rig';
import { LocalRegistry } from '../support/registry';
import type { Group } from '../support/scenario';
import { answers, labFiles, lessonLabel } from './images';

const SITE = { 'site/index.html': '<!doctype html><title>Layers lab</title><h1>Layers lab</h1>\n' };
const WWW = { 'www/index.html': '<!doctype html><title>Driftwood</title><h1>Driftwood 1.0.0</h1>\n' };

const layersSolution = `FROM ${TOOLBOX_IMAGE}
RUN mkdir -p /opt/toolkit \\
 && dd if=/dev/zero of=/opt/toolkit/toolkit.tar bs=1M count=8 \\
 && rm /opt/toolkit/toolkit.tar
COPY site/ /www/
RUN echo "built for the layers lab" > /www/build.txt
USER 65534:65534
EXPOSE 8080
CMD ["httpd", "-f", "-p", "8080", "-h", "/www"]
`;

const layersStarter = `FROM ${TOOLBOX_IMAGE}
COPY site/ /www/
RUN mkdir -p /opt/toolkit
RUN dd if=/dev/zero of=/opt/toolkit/toolkit.tar bs=1M count=8
RUN rm /opt/toolkit/toolkit.tar
RUN echo "built for the layers lab" > /www/build.txt
USER 65534:65534
EXPOSE 8080
CMD ["httpd", "-f", "-p", "8080", "-h", "/www"]
`;

const appDockerfile = `FROM ${TOOLBOX_IMAGE}
COPY www/ /www/
USER 65534:65534
EXPOSE 8080
CMD ["httpd", "-f", "-p", "8080", "-h", "/www"]
`;

const mystery = `FROM ${TOOLBOX_IMAGE}
LABEL org.opencontainers.image.title="driftwood-status" org.opencontainers.image.version="0.3.1"
ENV STATUS_TITLE="Driftwood status" STATUS_PORT=8088
COPY www/ /srv/status/
COPY build-notes.txt /tmp/build-notes.txt
RUN rm /tmp/build-notes.txt
ARG RELEASE_CHANNEL=internal-beta
RUN echo "channel: \${RELEASE_CHANNEL}" > /srv/status/channel.txt
USER 65534:65534
EXPOSE 8088
HEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8088/"]
ENTRYPOINT ["httpd", "-f", "-p", "8088"]
CMD ["-h", "/srv/status"]
`;

async function layers(r: Rig, dockerfile: string, buildkit: boolean): Promise<void> {
  const files = labFiles(r, 'labs/c02-l1', { Dockerfile: dockerfile, ...SITE });
  await r.build(r.n('learner/layers:1'), files, { labels: lessonLabel('c02-l1'), buildkit });
}

async function appTags(r: Rig, page = WWW): Promise<void> {
  const files = labFiles(r, 'labs/c02-l2', { Dockerfile: appDockerfile, ...page });
  await r.build(r.n('learner/app:1.0.0'), files, { labels: lessonLabel('c02-l2'), buildkit: true });
}

/** The save/remove/load round trip of lesson c02-l3, on a tiny image so the recorded archive stays small. */
async function tinyApp(r: Rig): Promise<string> {
  const tag = r.n('learner/app:1.0.0');
  await r.build(tag, [{ name: 'Dockerfile', data: 'FROM scratch\nCOPY www/ /www/\n' }, { name: 'www/index.html', data: WWW['www/index.html'] }], { labels: lessonLabel('c02-l2') });
  fs.mkdirSync(path.join(r.workspace(), 'labs/c02-l3/artifacts'), { recursive: true });
  await r.docker('save', '-o', path.join(r.workspace(), 'labs/c02-l3/artifacts/app.tar'), tag);
  return tag;
}

async function site(r: Rig, scratchEntrypoint: string): Promise<void> {
  const www = { 'www/index.html': '<!doctype html><title>Driftwood</title><h1>Driftwood</h1>\n' };
  const busybox = labFiles(r, 'labs/c02-l5', { 'Dockerfile.busybox': appDockerfile, ...www });
  await r.build(r.n('learner/site:busybox'), busybox.map((f) => (f.name === 'Dockerfile.busybox' ? { ...f, name: 'Dockerfile' } : f)), { labels: lessonLabel('c02-l5'), buildkit: true });
  const scratch = `FROM scratch\nCOPY --from=${TOOLBOX_IMAGE} /bin/busybox /bin/busybox\nCOPY www/ /www/\nUSER 65534:65534\nEXPOSE 8080\nENTRYPOINT ${scratchEntrypoint}\nCMD ["-h", "/www"]\n`;
  const files = labFiles(r, 'labs/c02-l5', { 'Dockerfile.scratch': scratch, ...www });
  await r.build(r.n('learner/site:scratch'), files.map((f) => (f.name === 'Dockerfile.scratch' ? { ...f, name: 'Dockerfile' } : f)), { labels: lessonLabel('c02-l5'), buildkit: true });
}

let registry: LocalRegistry | undefined;

export const groups: Group[] = [
  {
    name: 'img-layers',
    async setup(r) {
      await layers(r, layersSolution, false);
    },
    checks: [{ id: 'IMG-01', expect: 'pass' }],
  },
  {
    name: 'img-layers-starter',
    async setup(r) {
      await layers(r, layersStarter, true);
    },
    checks: [
      { id: 'IMG-01', expect: { fail: 'layer-count', actual: /^5 layers on top of `course\/toolbox:1`: the toolkit is still created, filled and deleted in separate RUN steps$/ } },
      { id: 'IMG-01', name: 'img-layers-starter-history', expect: { fail: 'history', actual: /The toolkit's `dd` and `rm` are not in the same RUN/ } },
    ],
  },
  {
    name: 'img-tags',
    async setup(r) {
      await appTags(r);
      await r.docker('tag', r.n('learner/app:1.0.0'), r.n('learner/app:1.0'));
      await r.docker('tag', r.n('learner/app:1.0.0'), r.n('learner/app:1'));
      await r.docker('run', '-d', '--init', '--name', r.n('app-v1'), '--label', 'docker-course.lesson=c02-l2', r.n('learner/app:1.0.0'));
    },
    checks: [{ id: 'IMG-02', expect: 'pass' }],
  },
  {
    name: 'img-tags-drift',
    async setup(r) {
      // The short tags were made from an older build; a rebuild moved only 1.0.0. A container runs the untagged name.
      await appTags(r, { 'www/index.html': '<h1>Driftwood 0.9</h1>\n' });
      await r.docker('tag', r.n('learner/app:1.0.0'), r.n('learner/app:1.0'));
      await r.docker('tag', r.n('learner/app:1.0.0'), r.n('learner/app:1'));
      await r.docker('tag', r.n('learner/app:1.0.0'), r.n('learner/app'));
      await appTags(r);
      await r.docker('run', '-d', '--init', '--name', r.n('app-latest'), '--label', 'docker-course.lesson=c02-l2', r.n('learner/app'));
    },
    checks: [
      { id: 'IMG-02', expect: { fail: 'same-id', actual: /^2 different images: / } },
      { id: 'IMG-02', name: 'img-tags-latest', expect: { fail: 'no-latest', actual: /runs `learner\/app-[0-9a-f]+`$/ } },
    ],
  },
  {
    name: 'img-save-load',
    async setup(r) {
      const tag = await tinyApp(r);
      await r.docker('rmi', tag);
      await r.docker('load', '-i', path.join(r.workspace(), 'labs/c02-l3/artifacts/app.tar'));
    },
    checks: [{ id: 'IMG-03', expect: 'pass' }],
  },
  {
    name: 'img-save-only',
    async setup(r) {
      await tinyApp(r);
    },
    checks: [{ id: 'IMG-03', expect: { fail: 'deleted-then-loaded', actual: /^no `delete` of `learner\/app:1\.0\.0-[0-9a-f]+` since the lesson started/ } }],
  },
  {
    name: 'img-mystery',
    async setup(r) {
      const files = labFiles(r, 'labs/c02-l4', { Dockerfile: mystery, 'build-notes.txt': 'staging database: db-staging.internal\n', 'www/index.html': '<h1>Driftwood status</h1>\n' });
      await r.build(r.n('learner/mystery:1'), files, { labels: lessonLabel('c02-l4'), buildkit: true });
    },
    checks: [
      { id: 'IMG-04', expect: 'pass', input: { answers: { user: '65534:65534', entrypoint: 'httpd -f -p 8088', port: '8088' } } },
      { id: 'IMG-04', name: 'img-mystery-wrong-port', expect: { fail: 'port', actual: /you answered `8080`, which does not match/ }, input: { answers: { user: '65534:65534', entrypoint: '["httpd","-f","-p","8088"]', port: '8080' } } },
    ],
  },
  {
    name: 'img-digest',
    async setup(r) {
      registry = new LocalRegistry();
      const host = await registry.start();
      const base = `${host}/course-${r.runId}/base:1`;
      await r.build(base, [{ name: 'Dockerfile', data: `FROM ${TOOLBOX_IMAGE}\nLABEL course.test=digest-base\n` }]);
      await r.docker('push', base);
      const digest = (await r.port.inspectImage(base))!.RepoDigests![0].split('@')[1];
      labFiles(r, 'labs/c02-l2', { Dockerfile: `FROM ${base}@${digest}\nCOPY www/ /www/\nUSER 65534:65534\nCMD ["httpd", "-f", "-p", "8080", "-h", "/www"]\n`, ...WWW });
      return { base };
    },
    async teardown(r) {
      await registry?.stop();
      registry = undefined;
      // Remove the pushed image by ID: its registry digest reference would otherwise outlive the tag.
      const ids = (await r.dockerOpt({ allowFail: true }, 'image', 'ls', '-q', '--filter', `label=${IMAGE_LABEL_KEY}=${r.runId}`, '--filter', 'label=course.test=digest-base')).stdout.split('\n').filter(Boolean);
      for (const id of new Set(ids)) await r.dockerOpt({ allowFail: true }, 'rmi', '-f', id);
    },
    checks: [{ id: 'IMG-05', expect: 'pass' }],
  },
  {
    name: 'img-digest-typo',
    async setup(r) {
      labFiles(r, 'labs/c02-l2', { Dockerfile: `FROM ${TOOLBOX_IMAGE}@sha256:${'0123456789abcdef'.repeat(4)}\nCOPY www/ /www/\n`, ...WWW });
    },
    checks: [
      { id: 'IMG-05', expect: { fail: 'digest-matches', actual: /^no image on this engine has `sha256:0123456789abcdef/ } },
      { id: 'IMG-05', name: 'img-digest-offline', input: { mode: 'offline' }, expect: { notCheckable: 'from-digest', why: /^Offline, no image on this engine came from a registry/ } },
    ],
  },
  {
    name: 'img-bases',
    async setup(r) {
      await site(r, '["/bin/busybox", "httpd", "-f", "-p", "8080"]');
      for (const v of ['busybox', 'scratch']) {
        await r.docker('run', '-d', '--init', '--name', r.n(`site-${v}`), '--label', 'docker-course.lesson=c02-l5', '-p', '127.0.0.1::8080', r.n(`learner/site:${v}`));
        await answers(r, r.n(`site-${v}`));
      }
    },
    checks: [{ id: 'IMG-06', expect: 'pass' }],
  },
  {
    name: 'img-bases-no-shell',
    async setup(r) {
      // The scratch variant names a program by its busybox applet name, which only exists as a link in a full image.
      await site(r, '["httpd", "-f", "-p", "8080"]');
      await r.docker('run', '-d', '--init', '--name', r.n('site-busybox'), '--label', 'docker-course.lesson=c02-l5', '-p', '127.0.0.1::8080', r.n('learner/site:busybox'));
      await answers(r, r.n('site-busybox'));
      await r.dockerOpt({ allowFail: true }, 'run', '-d', '--init', '--name', r.n('site-scratch'), '--label', 'docker-course.lesson=c02-l5', '-p', '127.0.0.1::8080', r.n('learner/site:scratch'));
    },
    checks: [{ id: 'IMG-06', expect: { fail: 'scratch-serves', actual: /^`site-scratch-[0-9a-f]+` is (created|exited)/ } }],
  },
];
