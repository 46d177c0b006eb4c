import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { volumesOf } from '../util';

export const rule = defineRule<ComposeModel, 'socketMount' | 'apiSocket'>(
  {
    id: 'CF33',
    name: 'docker-socket',
    target: 'compose',
    category: 'security',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c10-l3'],
    sources: [],
    messages: {
      socketMount: '`{service}` mounts the Docker socket `{source}`{mode}: whoever controls this container can start a privileged container and own the host; `:ro` does not help, since the API is used through the socket, not by writing files. Only mount it into tools you trust completely, or put a filtering socket proxy in between.',
      apiSocket: '`use_api_socket: true` gives `{service}` access to the Docker engine API and your registry credentials: that is root on the host. Use it only for trusted tools.',
    },
    docs: {
      summary: 'No Docker socket (`/var/run/docker.sock`) mounted into containers without a very good reason.',
      rationale:
        'The Docker socket is the engine\'s full API: anything that can talk to it can run `docker run --privileged -v /:/host …` and take over the machine. Mounting it read-only (`:ro`) changes nothing, because the API is spoken over the socket, not by writing the file. Tools such as Traefik or Portainer need it; for them, prefer a socket proxy that only allows the calls they make (for example read-only container listing).',
      whenNotToUse: 'Suppress it (`# docker-course ignore=CF33`) on the one trusted tool that needs the API, so that a second mount elsewhere is still reported.',
      examples: {
        bad: 'services:\n  dashboard:\n    image: example/dashboard:1.0\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n',
        good: 'services:\n  dashboard:\n    image: example/dashboard:1.0\n    environment:\n      DOCKER_HOST: tcp://socket-proxy:2375\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      for (const v of volumesOf(model, s)) {
        if (v.type !== 'bind' && v.type !== 'other' && v.type !== 'volume') continue;
        const src = v.source ?? '';
        if (!/(^|\/)(docker|podman)\.sock$/.test(src)) continue;
        report({ messageId: 'socketMount', range: model.nodeRange(v.node, v.via), data: { service: s.name, source: src, mode: v.readOnly ? ' (even read-only)' : '' } });
      }
      const api = s.get('use_api_socket');
      if (api && model.isTrue(api.value)) report({ messageId: 'apiSocket', range: model.entryRange(api), data: { service: s.name } });
    }
  },
);
