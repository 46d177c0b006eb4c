import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { dockerfileOf, imageOf, isDevelopment, longRunningServices, parseImage, serviceRange } from '../util';

/** General-purpose base images that run as root unless told otherwise. */
const ROOT_IMAGES = /^(alpine|ubuntu|debian|busybox|centos|fedora|rockylinux|almalinux|amazonlinux|archlinux|python|node|golang|ruby|openjdk|eclipse-temurin|amazoncorretto|php|perl|rust|gcc|bash)$/;

export const rule = defineRule<ComposeModel, 'root' | 'noUser' | 'dockerfileRoot'>(
  {
    id: 'CF14',
    name: 'non-root-user',
    target: 'compose',
    category: 'security',
    defaultSeverity: 'info',
    status: 'stable',
    taughtIn: ['c10-l8'],
    sources: [],
    messages: {
      root: '`{service}` is told to run as root (`user: {user}`): a bug in it then acts with root rights over everything mounted into it. Run as an unprivileged user id, e.g. `user: "1000:1000"`.',
      noUser: '`{service}` runs `{image}`, which runs as root unless told otherwise: set `user:` (e.g. `"1000:1000"`) if the program does not need root.',
      dockerfileRoot: 'The Dockerfile of `{service}` never switches to another user, so the service runs as root: add `USER` to the Dockerfile or `user:` here.',
    },
    docs: {
      summary: 'Services run as a non-root user where the image does not already set one.',
      rationale:
        'Root in a container is the same user id 0 as root on the host, limited only by namespaces and capabilities: a container escape or a writable host mount turns into full control. Many application images already switch to a user (`USER` in the Dockerfile); for general-purpose bases (alpine, debian, python, node …) and for Dockerfiles without `USER`, set `user:` in the compose file. An explicit `user: root` is always reported. Development files are not checked.',
      examples: {
        bad: 'services:\n  tool:\n    image: alpine:3.20\n    user: root\n    command: ["sleep", "infinity"]\n',
        good: 'services:\n  tool:\n    image: alpine:3.20\n    user: "1000:1000"\n    command: ["sleep", "infinity"]\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const u = s.get('user');
      const user = model.resolved(u?.value);
      if (u && user !== undefined && /^(root|0)(:.*)?$/.test(user)) report({ messageId: 'root', range: model.valueRange(u), data: { service: s.name, user } });
    }
    if (isDevelopment(model)) return;
    for (const s of longRunningServices(model)) {
      if (s.get('user')) continue;
      if (s.get('build')) {
        const text = dockerfileOf(model, s);
        if (text === undefined) continue;
        const users = [...text.matchAll(/^\s*USER\s+(\S+)/gim)].map((m) => m[1]);
        const last = users[users.length - 1];
        if (last === undefined || /^(root|0)(:.*)?$/.test(last)) report({ messageId: 'dockerfileRoot', range: serviceRange(model, s), data: { service: s.name } });
        continue;
      }
      const image = imageOf(model, s);
      if (image && ROOT_IMAGES.test(parseImage(image).base)) report({ messageId: 'noUser', range: model.valueRange(s.get('image')!), data: { service: s.name, image } });
    }
  },
);
