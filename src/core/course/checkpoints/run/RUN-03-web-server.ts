import { code, containerExists, defineCheckpoint, envOf, hostUrl, no, ok, publishedPorts, the } from '../define';

export const checkpoint = defineCheckpoint({
  id: 'RUN-03',
  lessonId: 'c03-l2',
  family: 'RUN',
  kind: 'state',
  title: 'A web server with the right `docker run` options',
  summary: '`web` runs `learner/web:1` (or a tagged nginx), publishes 8080/tcp, restarts unless stopped, has APP_ENV=dev, and answers 200 on the host.',
  needsDocker: true,
  names: { web: { default: 'web', description: 'the web server container' } },
  params: { image: 'learner/web:1', port: '8080/tcp', envKey: 'APP_ENV', envValue: 'dev' },
  offline: 'Offline, learner/web:1 is built FROM course/toolbox and serves with busybox httpd on 8080.',
  conditions: [
    containerExists('web', 'Container `web` exists', [
      '`docker run --name NAME` gives a container a name you can use in every other command.',
      'The lab command is `docker run -d --name web …` with the options below.',
      'Run `docker run -d --name web -p 8080 -e APP_ENV=dev --restart unless-stopped learner/web:1`.',
    ]),
    {
      id: 'running',
      label: '`web` is running',
      expected: 'State running',
      after: ['web-exists'],
      hints: [
        '`-d` runs the container in the background; it keeps running as long as the server does.',
        '`docker ps -a` shows its status; `docker logs web` shows why it stopped.',
        'Read `docker logs web`, fix the cause, then `docker start web`.',
      ],
      async check(ctx) {
        const c = await the(ctx, 'web');
        return c.State.Running ? ok('running') : no(`${c.State.Status} (exit code ${c.State.ExitCode})`);
      },
    },
    {
      id: 'image',
      label: '`web` runs the lesson image, with an explicit tag',
      expected: '`learner/web:1` (or a tagged nginx, not `latest`)',
      after: ['web-exists'],
      hints: [
        'The image is the last argument of `docker run`; without a tag Docker silently means `:latest`.',
        'The lesson image is `learner/web:1`; `docker inspect -f "{{.Config.Image}}" web` shows what yours runs.',
        'Remove `web` (`docker rm -f web`) and run it again from `learner/web:1`.',
      ],
      async check(ctx) {
        const image = (await the(ctx, 'web')).Config.Image;
        const want = ctx.param('image');
        if (image === want || /^nginx:(?!latest$)[\w.-]+$/.test(image)) return ok(code(image));
        return no(image.includes(':') ? code(image) : `${code(image)} (no tag, so :latest)`);
      },
    },
    {
      id: 'published',
      label: 'Port 8080/tcp is published on the host',
      expected: 'a host port for 8080/tcp',
      after: ['web-exists'],
      hints: [
        'A server inside a container is only reachable from the host through a published port.',
        '`-p 8080` publishes container port 8080 on a random host port; `docker port web` shows it.',
        'Re-create `web` with `-p 8080` (or `-p 127.0.0.1::8080`).',
      ],
      async check(ctx) {
        const c = await the(ctx, 'web');
        const b = publishedPorts(c, ctx.param('port'));
        return b.length ? ok(`8080/tcp → ${b.map((x) => `${x.HostIp || '0.0.0.0'}:${x.HostPort}`).join(', ')}`) : no('8080/tcp is not published');
      },
    },
    {
      id: 'restart-policy',
      label: '`web` restarts unless you stop it',
      expected: 'RestartPolicy `unless-stopped`',
      after: ['web-exists'],
      hints: [
        'A restart policy tells the engine what to do when the main process exits or the engine restarts.',
        'The flag is `--restart unless-stopped`; it is fixed at `docker run` (or changed with `docker update --restart`).',
        'Run `docker update --restart unless-stopped web`.',
      ],
      async check(ctx) {
        const p = (await the(ctx, 'web')).HostConfig.RestartPolicy;
        return p?.Name === 'unless-stopped' ? ok(code('unless-stopped')) : no(p?.Name ? code(p.Name) : 'no restart policy');
      },
    },
    {
      id: 'env',
      label: '`web` has APP_ENV=dev in its environment',
      expected: '`APP_ENV=dev`',
      after: ['web-exists'],
      hints: [
        'Environment variables configure a containerised app without rebuilding its image.',
        'The flag is `-e APP_ENV=dev`; `docker inspect -f "{{.Config.Env}}" web` lists them.',
        'Environment is fixed at creation: `docker rm -f web` and run it again with `-e APP_ENV=dev`.',
      ],
      async check(ctx) {
        const v = envOf((await the(ctx, 'web')).Config.Env, ctx.param('envKey'));
        const want = ctx.param('envValue');
        return v === want ? ok(`${ctx.param('envKey')}=${v}`) : no(v === undefined ? `no ${ctx.param('envKey')} variable` : `${ctx.param('envKey')}=${v}`);
      },
    },
    {
      id: 'http',
      label: 'The server answers on the published port',
      expected: 'HTTP 200 from the host',
      after: ['running', 'published'],
      hints: [
        'Publishing maps a host port to the container port; the server must listen on that container port.',
        'Open `docker port web` and fetch that address; `docker logs web` shows server errors.',
        'Make sure the server listens on 8080 inside the container, then fetch http://127.0.0.1:<host port>/.',
      ],
      async check(ctx) {
        const b = publishedPorts(await the(ctx, 'web'), ctx.param('port'))[0];
        const url = hostUrl(b);
        const r = await ctx.ports.http.get(url, 3000, ctx.signal);
        if (!r.ok) return no(`${url}: ${r.error}`);
        return r.status === 200 ? ok(`${url} → 200`) : no(`${url} → HTTP ${r.status}`);
      },
    },
  ],
});
