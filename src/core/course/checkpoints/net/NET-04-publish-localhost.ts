import { code, containerExists, defineCheckpoint, hostUrl, no, ok, publishedPorts, the } from '../define';

export const checkpoint = defineCheckpoint({
  id: 'NET-04',
  lessonId: 'c07-l3',
  family: 'NET',
  kind: 'state',
  title: 'Publish a port on localhost only',
  summary: '`web` publishes 8080/tcp on HostIp 127.0.0.1, and a GET from the host answers 200.',
  needsDocker: true,
  names: { web: { default: 'web', description: 'the web server container' } },
  params: { port: '8080/tcp' },
  conditions: [
    containerExists('web', 'Container `web` exists', [
      'Publishing is set when a container is created.',
      'Run the web server with `-p 127.0.0.1::8080`.',
      'Run `docker run -d --init --name web -p 127.0.0.1::8080 learner/web:1`.',
    ]),
    {
      id: 'localhost-only',
      label: '8080/tcp is published on 127.0.0.1 only',
      expected: 'HostIp 127.0.0.1 for 8080/tcp',
      after: ['web-exists'],
      hints: [
        '`-p 8080` listens on every interface of your machine, so anyone on your network can connect.',
        'Put the address first: `-p 127.0.0.1::8080` (random host port) or `-p 127.0.0.1:8080:8080`.',
        'Re-create `web` with `-p 127.0.0.1::8080`.',
      ],
      async check(ctx) {
        const b = publishedPorts(await the(ctx, 'web'), ctx.param('port'));
        if (!b.length) return no('8080/tcp is not published');
        const open = b.filter((x) => x.HostIp !== '127.0.0.1' && x.HostIp !== '::1');
        const shown = b.map((x) => `${x.HostIp || '0.0.0.0'}:${x.HostPort}`).join(', ');
        return open.length ? no(`published on ${shown}`) : ok(`published on ${shown}`);
      },
    },
    {
      id: 'http',
      label: 'The server answers on 127.0.0.1',
      expected: 'HTTP 200',
      after: ['localhost-only'],
      hints: [
        'The published port forwards to the container port where the server must listen.',
        '`docker port web` shows the address to fetch.',
        'Fetch http://127.0.0.1:<port>/ and read `docker logs web` if it fails.',
      ],
      async check(ctx) {
        const url = hostUrl(publishedPorts(await the(ctx, 'web'), ctx.param('port'))[0]);
        const r = await ctx.ports.http.get(url, 3000, ctx.signal);
        if (!r.ok) return no(`${url}: ${r.error}`);
        return r.status === 200 ? ok(`${url} → 200`) : no(`${url} → HTTP ${r.status}`);
      },
    },
  ],
});
