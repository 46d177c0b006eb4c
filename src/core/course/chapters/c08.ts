import type { Chapter } from '../types';

const TB = 'If you have not built the course toolbox yet, run "Docker Course: Build course toolbox" first.';

/** Removes the chapter 7 proxy lab, which also publishes 127.0.0.1:8080; only containers with its course label are touched. */
const FREE_8080 = 'docker rm -f $(docker ps -aq --filter label=docker-course.lesson=c07-l6) 2>/dev/null; ';

/** `docker compose` for the Driftwood project with one compose file, run from the workspace root. */
const dc = (file: string): string => `docker compose -p driftwood -f driftwood/${file}`;

const APP_FILES = ['app/Dockerfile', 'app/src/index.html', 'app/src/VERSION', 'app/src/cgi-bin/health', 'app/src/cgi-bin/bookmarks', 'app/data/bookmarks.tsv'];

/** The l1 steps; the online and offline variants differ only in the compose file and what the first `up` does. */
function l1Steps(file: string, firstUp: string): { title: string; command: string; expect: string }[] {
  return [
    { title: 'Free port 8080 from chapter 7 and let Compose validate the draft', command: FREE_8080 + `${dc(file)} config --quiet && echo "the file is valid"`, expect: 'Compose v2 warns that the `version` attribute is obsolete, then "the file is valid".' },
    { title: 'Start the draft', command: `${dc(file)} up -d --build`, expect: firstUp },
    { title: 'After fixing the file, apply it', command: `${dc(file)} up -d --build --remove-orphans`, expect: 'Compose rebuilds the app image as driftwood-app:dev and (re)creates app, db and proxy; the app container is now called driftwood-app-1.' },
    { title: 'List the project', command: `${dc(file)} ps`, expect: 'Three containers, driftwood-app-1, driftwood-db-1 and driftwood-proxy-1, all Up; only the proxy has a port, 127.0.0.1:8080->8080/tcp.' },
    { title: 'Ask the app through the proxy', command: 'curl -s http://127.0.0.1:8080/cgi-bin/health', expect: '{"status":"ok","version":"0.1.0","env":"dev"}' },
    { title: 'See the labels Compose puts on every container', command: 'docker ps --filter label=com.docker.compose.project=driftwood --format "table {{.Names}}\\t{{.Label \\"com.docker.compose.service\\"}}\\t{{.Image}}\\t{{.Status}}"', expect: 'One line per service, with the service name read from the com.docker.compose.service label and the pinned image.' },
  ];
}

const EVENTS = 'docker events --since 3m --until 0s --filter label=com.docker.compose.project=driftwood --filter event=start --filter event=health_status --format "{{.Time}} {{index .Actor.Attributes \\"com.docker.compose.service\\"}} {{.Action}}"';

/** The l2 steps; online and offline differ only in the compose file and in whether the starter's db has any health at all. */
function l2Steps(file: string, naive: string): { title: string; command: string; expect: string }[] {
  return [
    { title: 'Start the stack with plain depends_on and look at it at once', command: FREE_8080 + `${dc(file)} down; ${dc(file)} up -d --build && ${dc(file)} ps`, expect: naive },
    { title: 'Read the start order from the engine\'s events', command: EVENTS, expect: 'db start, app start and proxy start within a second or two: depends_on only ordered the starts.' },
    { title: 'After adding healthchecks and conditions, restart the stack', command: `${dc(file)} down && ${dc(file)} up -d`, expect: 'Compose creates db, waits until it is healthy, starts app, waits for it, then starts proxy. This takes several seconds longer, on purpose.' },
    { title: 'Read the start order again', command: EVENTS, expect: '"db health_status: healthy" comes before "app start", and "app health_status: healthy" before "proxy start".' },
    { title: 'Read each container\'s health, restarts and recorded dependencies', command: 'docker inspect -f "{{.Name}} {{if .State.Health}}{{.State.Health.Status}}{{else}}no healthcheck{{end}} restarts={{.RestartCount}} depends_on={{index .Config.Labels \\"com.docker.compose.depends_on\\"}}" $(docker ps -q --filter label=com.docker.compose.project=driftwood)', expect: 'All three healthy with 0 restarts; app\'s depends_on label reads db:service_healthy:false (Compose v2 writes this label, v1 does not).' },
  ];
}

/** `docker inspect` of one service's container in the driftwood project, printing its environment one variable a line. */
const envOf = (service: string): string => `docker inspect -f "{{range .Config.Env}}{{println .}}{{end}}" $(docker ps -q --filter label=com.docker.compose.project=driftwood --filter label=com.docker.compose.service=${service})`;

/** The l3 steps; online and offline differ only in the compose file. */
function l3Steps(file: string): { title: string; command: string; expect: string }[] {
  return [
    { title: 'Print the configuration exactly as Compose will run it', command: FREE_8080 + `${dc(file)} config`, expect: 'A warning that DATABASE_NAME is not set (it becomes an empty string), then db\'s POSTGRES_PASSWORD in plain text, DATABASE_HOST: localhost, and app.env\'s values (including DATABASE_PASSWORD) merged into app\'s environment.' },
    { title: 'Start it and read the password from outside the container', command: `${dc(file)} up -d --build && ${envOf('db')} | grep PASSWORD`, expect: 'POSTGRES_PASSWORD=driftwood-dev-Pa55word: anyone who can run docker inspect, or read the repository, has it.' },
    { title: 'After the fix, create your own .env with a fresh password and validate', command: `[ -f driftwood/.env ] && echo "driftwood/.env exists; keeping it" || sed "s|^POSTGRES_PASSWORD=.*|POSTGRES_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')|" driftwood/.env.example > driftwood/.env; ${dc(file)} config --quiet && echo "the file is valid"`, expect: '"the file is valid". Without a POSTGRES_PASSWORD in .env, Compose stops with your own message instead.' },
    { title: 'Override one value from the shell', command: `APP_ENV=staging ${dc(file)} config | grep APP_ENV`, expect: 'APP_ENV: staging. A variable set in the shell beats .env, which beats the default after :-.' },
    { title: 'Apply it and read the app\'s environment', command: `${dc(file)} up -d && ${envOf('app')} | grep -E "^(APP_ENV|DATABASE_)"`, expect: 'APP_ENV=dev, DATABASE_HOST=db, DATABASE_NAME=driftwood, DATABASE_USER=postgres, and no password.' },
  ];
}

/** The l4 steps; online and offline differ only in the compose file. */
function l4Steps(file: string): { title: string; command: string; expect: string }[] {
  const mounts = 'docker inspect -f "{{range .Mounts}}{{.Type}} {{.Name}} -> {{.Destination}}{{println}}{{end}}" $(docker ps -q --filter label=com.docker.compose.project=driftwood --filter label=com.docker.compose.service=db)';
  return [
    { title: 'Start the starter stack and list what it published', command: FREE_8080 + `${dc(file)} down && ${dc(file)} up -d --build && ${dc(file)} ps`, expect: 'db publishes 0.0.0.0:5432->5432/tcp: the database is open on every interface of this machine.' },
    { title: 'Find where the database keeps its data', command: mounts, expect: 'volume <64 hex characters> -> /var/lib/postgresql/data: an anonymous volume that no name leads back to.' },
    { title: 'Ask whether the proxy can find the database', command: `${dc(file)} exec -T proxy nslookup db`, expect: 'An address: the internet-facing proxy sits on the backend network and can reach db directly.' },
    { title: 'After the fix, recreate the project', command: `${dc(file)} down && ${dc(file)} up -d && ${dc(file)} ps`, expect: 'db has no published port; only the proxy shows 127.0.0.1:8080->8080/tcp. Compose creates driftwood_frontend, driftwood_backend and the volume driftwood_pgdata.' },
    { title: 'Read the mounts, volumes and networks', command: `${mounts} && docker volume ls --filter label=com.docker.compose.project=driftwood && docker network ls --filter label=com.docker.compose.project=driftwood --format "{{.Name}} internal={{.Internal}}"`, expect: 'volume driftwood_pgdata -> /var/lib/postgresql/data; driftwood_backend internal=true and driftwood_frontend internal=false.' },
    { title: 'Ask the proxy again, then the app', command: `${dc(file)} exec -T proxy nslookup db; ${dc(file)} exec -T app nslookup db`, expect: 'The proxy gets NXDOMAIN: db is not on any network it belongs to. The app, on both tiers, gets db\'s address.' },
  ];
}

/** The l5 steps; online and offline differ only in the compose file. */
function l5Steps(file: string): { title: string; command: string; expect: string }[] {
  return [
    { title: 'Try to start the starter with its three fixed-name workers', command: FREE_8080 + `${dc(file)} up -d --build`, expect: 'Compose refuses: three replicas cannot share the one name in container_name (the wording differs between Compose versions). Nothing new starts.' },
    { title: 'After removing container_name and replicas, scale the worker to three', command: `${dc(file)} up -d --build --scale worker=3 && ${dc(file)} ps`, expect: 'driftwood-worker-1, -2 and -3 beside app, db and proxy, all Up.' },
    { title: 'Read the workers\' logs together', command: `${dc(file)} logs --tail 2 worker`, expect: 'Lines from all three, each prefixed with its container (worker-1 |, worker-2 |, …) and its own hostname.' },
    { title: 'Run a command in the second worker', command: `${dc(file)} exec -T --index 2 worker hostname && docker ps --filter label=com.docker.compose.project=driftwood --filter label=com.docker.compose.service=worker --format "{{.Names}} number={{.Label \\"com.docker.compose.container-number\\"}}"`, expect: 'The hostname of worker 2, then the three containers with their numbers 1, 2 and 3.' },
    { title: 'Rebuild the app image and see what up changes', command: `${dc(file)} build app && ${dc(file)} up -d --scale worker=3`, expect: 'The build uses the cache; since nothing changed, up recreates nothing ("Running"/"up-to-date").' },
    { title: 'Take the project down, then look for what is left', command: `${dc(file)} down && docker ps -aq --filter label=com.docker.compose.project=driftwood | wc -l && docker volume ls --filter label=com.docker.compose.project=driftwood`, expect: '0 containers; the networks are gone, and driftwood_pgdata is still there.' },
    { title: 'Bring it back, then take it down with -v and read the events', command: `${dc(file)} up -d && ${dc(file)} down -v && docker events --since 2m --until 0s --filter type=volume --filter event=destroy --format "{{.Actor.ID}} {{.Action}}"`, expect: 'driftwood_pgdata destroy: the database\'s data is gone for good.' },
  ];
}

/** The l6 steps; online and offline differ only in the compose file. */
function l6Steps(file: string): { title: string; command: string; expect: string }[] {
  const running = 'docker ps --filter label=com.docker.compose.project=driftwood --format "{{.Label \\"com.docker.compose.service\\"}}" | sort | uniq -c';
  return [
    { title: 'Start the starter and count what runs', command: FREE_8080 + `${dc(file)} up -d --build && ${running}`, expect: 'app, db, debug, proxy and worker: the debug toolbox runs on every up, on both networks, for as long as the project runs.' },
    { title: 'After giving debug a profile, remove the running debug container and start again', command: `docker rm -f $(docker ps -aq --filter label=com.docker.compose.project=driftwood --filter label=com.docker.compose.service=debug) 2>/dev/null; ${dc(file)} up -d && ${running}`, expect: 'app, db, proxy and worker; debug is not started, because its profile is not active.' },
    { title: 'Start it on purpose', command: `${dc(file)} --profile debug up -d && ${running}`, expect: 'debug is back, alongside the services without a profile, which were already up to date.' },
    { title: 'Use it: resolve db and call the app from inside the project', command: `${dc(file)} --profile debug exec -T debug nslookup db && ${dc(file)} --profile debug exec -T debug wget -q -O - http://app:8080/cgi-bin/health`, expect: 'db\'s address on the backend network, then {"status":"ok",…}.' },
    { title: 'Put it away again', command: `${dc(file)} --profile debug rm -sf debug && ${running}`, expect: 'debug is stopped and removed; everything else keeps running.' },
  ];
}

/** The l7 steps; `base` is compose.yaml online and compose.offline.yaml offline; the override and prod files are shared. */
function l7Steps(base: string): { title: string; command: string; expect: string }[] {
  const layered = (extra: string) => `docker compose -p driftwood -f driftwood/${base} -f driftwood/${extra}`;
  const app = '$(docker ps -q --filter label=com.docker.compose.project=driftwood --filter label=com.docker.compose.service=app)';
  const runs = `docker inspect -f "files: {{index .Config.Labels \\"com.docker.compose.project.config_files\\"}}{{println}}mounts:{{range .Mounts}} {{.Type}} {{.Source}} -> {{.Destination}} rw={{.RW}}{{end}}{{println}}restart: {{.HostConfig.RestartPolicy.Name}}, memory limit: {{.HostConfig.Memory}}" ${app}`;
  return [
    { title: 'Start the starter and look at the app\'s mounts', command: FREE_8080 + `${dc(base)} up -d --build && ${runs}`, expect: 'A read-write bind of …/driftwood/app over /app, from the base file, so every environment, production included, would run whatever is on disk. No restart policy and no memory limit (0).' },
    { title: 'After the fix, start the development setup: base file plus override', command: `chmod +x driftwood/app/src/cgi-bin/* && ${layered('compose.override.yaml')} up -d --build && ${runs}`, expect: 'files: both files; a read-only bind of …/driftwood/app/src -> /app/src; restart unless-stopped and a memory limit of 268435456 (256 MiB) from the base file.' },
    { title: 'Edit a file and ask the app, without rebuilding', command: 'echo 1.1.0-dev > driftwood/app/src/VERSION && sleep 1 && curl -s http://127.0.0.1:8080/cgi-bin/health', expect: '{"status":"ok","version":"1.1.0-dev","env":"dev"}: the container served your saved file.' },
    { title: 'Switch to production: base file plus compose.prod.yaml', command: `${layered('compose.prod.yaml')} up -d --build && ${runs}`, expect: 'Compose recreates app: files lists the base and compose.prod.yaml, there are no mounts, restart is unless-stopped and the memory limit is 268435456.' },
    { title: 'Ask the production app', command: 'sleep 5; curl -s http://127.0.0.1:8080/cgi-bin/health', expect: '"env":"production", and the version baked into the image at build time: in production, only a new build changes the code.' },
  ];
}

/** The l8 steps; `base` is compose.yaml online and compose.offline.yaml offline, always with the dev override. */
function l8Steps(base: string): { title: string; command: string; expect: string }[] {
  const dev = `docker compose -p driftwood -f driftwood/${base} -f driftwood/compose.override.yaml`;
  const services = 'docker ps --filter label=com.docker.compose.project=driftwood --format "{{.Label \\"com.docker.compose.service\\"}} {{.Status}}" | sort';
  return [
    { title: 'Start the starter with its new queue from scratch', command: FREE_8080 + `${dev} down && ${dev} up -d --build && ${services}`, expect: 'Five services, app, db, proxy, queue and worker, but worker started at once, and queue has no health to report.' },
    { title: 'Read the start order', command: EVENTS, expect: 'worker start comes right after db start and queue start, before either is ready.' },
    { title: 'After adding the queue\'s healthcheck and the worker\'s conditions, recreate', command: `${dev} down && ${dev} up -d && ${services}`, expect: 'All five Up and, after a few seconds, healthy.' },
    { title: 'Read the start order again', command: EVENTS, expect: '"queue health_status: healthy" and "db health_status: healthy" both come before "worker start".' },
    { title: 'Send a message through the queue from inside the project', command: `${dev} exec -T worker sh -c 'echo PING | nc -w 1 queue 6379'`, expect: '+PONG from redis online (its reply to an inline PING); the offline stand-in echoes PING back.' },
  ];
}

export const chapter: Chapter = {
  id: 'c08',
  title: 'Docker Compose',
  description: 'Describe a multi-container app in one file and run it with one command: services, image vs build, healthy start-up order, configuration, volumes and networks, the day-to-day commands, profiles, override files for dev and prod, and common multi-service patterns.',
  lessons: [
    {
      id: 'c08-l1',
      chapter: 'c08',
      title: 'Why Compose; the file model; image vs build',
      slug: 'why-compose-file-model',
      minutes: 45,
      concept: false,
      optional: false,
      summary: 'Turn Driftwood\'s three `docker run` commands into one `compose.yaml`: the app built from source, the database and the proxy from pinned images, started with one `up`.',
      goals: [
        'Explain what Compose adds over a script of `docker run` commands: a desired state, a project, names and a network',
        'Read the file model: services, volumes, networks, secrets, and how a service becomes containers',
        'Choose between `image:` and `build:`, and name the image a build produces (CF32)',
        'Drop the obsolete `version:` key (CF01), pin every image (CF02), and avoid `container_name` (CF09)',
      ],
      rulesTaught: ['CF01', 'CF02', 'CF09', 'CF28', 'CF32'],
      checkpoints: ['CMP-01', 'CMP-09'],
      lab: {
        starter: ['compose.yaml', 'compose.offline.yaml', 'proxy/nginx.conf', ...APP_FILES],
        solution: ['compose.yaml', 'compose.offline.yaml', 'proxy/nginx.conf', ...APP_FILES],
        workspaceFolder: 'driftwood',
        steps: l1Steps('compose.yaml', 'Compose builds the app, pulls postgres and nginx-unprivileged at whatever `latest` is today, and starts three containers. The app container is called plain driftwood-app: container_name replaced Compose\'s numbering.'),
        offlineSteps: l1Steps('compose.offline.yaml', 'Compose builds the app, then stops trying to pull course/db-standin (the error names the registry it could not reach, or says pull access denied). No tag means `latest`, which is not on this machine, and there is no registry to fetch it from. ' + TB),
      },
    },
    {
      id: 'c08-l2',
      chapter: 'c08',
      title: 'Dependencies and the startup-order trap',
      slug: 'dependencies-and-startup-order',
      minutes: 40,
      concept: false,
      optional: false,
      summary: '`depends_on` orders container starts, not readiness. Give each service a healthcheck and make its dependants wait for `service_healthy`.',
      goals: [
        'Explain why a started container is not a ready service, and what that does to an app at boot',
        'Write healthchecks for a database, an app and a proxy, and read their state (CF12)',
        'Use the long form of `depends_on` with `condition: service_healthy` (CF03), and know `service_started` and `service_completed_successfully`',
        'Still make the app retry its connections, because dependencies also fail after start-up',
      ],
      rulesTaught: ['CF03', 'CF12', 'CF27'],
      checkpoints: ['CMP-02'],
      lab: {
        starter: ['compose.yaml', 'compose.offline.yaml', 'proxy/nginx.conf', ...APP_FILES],
        solution: ['compose.yaml', 'compose.offline.yaml', 'proxy/nginx.conf', ...APP_FILES],
        workspaceFolder: 'driftwood',
        steps: l2Steps('compose.yaml', 'All three containers are Up within a second or two. db has no health column at all: neither the postgres image nor the file defines a healthcheck, so Compose has nothing to wait for.'),
        offlineSteps: l2Steps('compose.offline.yaml', 'All three containers are Up within a second or two, while db still says (health: starting): its image has a HEALTHCHECK, but plain depends_on does not wait for it. ' + TB),
      },
    },
    {
      id: 'c08-l3',
      chapter: 'c08',
      title: 'Environment and .env interpolation',
      slug: 'environment-and-env-interpolation',
      minutes: 40,
      concept: false,
      optional: false,
      summary: 'Configure Driftwood through its environment: `${VAR:-default}` in the file, values in a git-ignored `.env`, no secrets written into `compose.yaml`.',
      goals: [
        'Tell the two uses of "env" apart: `.env` interpolation into the file, and `environment:`/`env_file:` into the container',
        'Write `${VAR}`, `${VAR:-default}` and `${VAR:?message}`, and read the result with `docker compose config` (CF36)',
        'Know the precedence: shell, then `.env`, then the default in the file',
        'Keep secrets out of the compose file and out of git (CF05, CF17), and know what `docker inspect` still shows',
      ],
      rulesTaught: ['CF05', 'CF17', 'CF36'],
      checkpoints: ['CMP-03'],
      lab: {
        starter: ['compose.yaml', 'compose.offline.yaml', 'app.env', '.env.example', '.gitignore', 'proxy/nginx.conf', ...APP_FILES],
        solution: ['compose.yaml', 'compose.offline.yaml', '.env.example', '.gitignore', 'app/.dockerignore', 'proxy/nginx.conf', ...APP_FILES],
        workspaceFolder: 'driftwood',
        steps: l3Steps('compose.yaml'),
        offlineSteps: l3Steps('compose.offline.yaml'),
      },
    },
    {
      id: 'c08-l4',
      chapter: 'c08',
      title: 'Volumes and networks in Compose',
      slug: 'volumes-and-networks',
      minutes: 40,
      concept: false,
      optional: false,
      summary: 'Give the database a named volume, close its published port, and split Driftwood into a front and an internal back network so the proxy cannot reach the database at all.',
      goals: [
        'Declare named volumes and networks, and predict the names Compose gives them (`driftwood_pgdata`)',
        'Put database data on a named volume at the image\'s data path (CF04), and know what `down` and `down -v` do to it',
        'Stop publishing database ports (CF10); services reach each other by name without `ports:`',
        'Build network tiers: the proxy only on the front network, the backend `internal: true` (CF11)',
        'Spot declarations no service uses and references to nothing (CF25, CF26)',
      ],
      rulesTaught: ['CF04', 'CF10', 'CF11', 'CF25', 'CF26'],
      checkpoints: ['CMP-04'],
      lab: {
        starter: ['compose.yaml', 'compose.offline.yaml', '.env.example', '.gitignore', 'app/.dockerignore', 'proxy/nginx.conf', ...APP_FILES],
        solution: ['compose.yaml', 'compose.offline.yaml', '.env.example', '.gitignore', 'app/.dockerignore', 'proxy/nginx.conf', ...APP_FILES],
        workspaceFolder: 'driftwood',
        steps: l4Steps('compose.yaml'),
        offlineSteps: l4Steps('compose.offline.yaml'),
      },
    },
    {
      id: 'c08-l5',
      chapter: 'c08',
      title: 'Compose commands: up, down, logs, exec, build, scale, ps',
      slug: 'compose-commands',
      minutes: 40,
      concept: false,
      optional: false,
      summary: 'Operate the Driftwood stack day to day: scale a worker to three, read logs across containers, exec into one of them, rebuild, and learn exactly what `down` and `down -v` remove.',
      goals: [
        'Use `up`, `ps`, `logs`, `exec`, `run`, `build`, `pull`, `stop`, `restart` and `down` on a project, and know which act on the file and which on containers',
        'Scale a service with `--scale` and address one replica with `--index`; keep scalable services free of `container_name` (CF09)',
        'Predict what `down` removes (containers, networks) and what `down -v` adds (named and anonymous volumes)',
      ],
      rulesTaught: ['CF09'],
      checkpoints: ['CMP-05', 'CMP-08'],
      lab: {
        starter: ['compose.yaml', 'compose.offline.yaml', '.env.example', '.gitignore', 'app/.dockerignore', 'proxy/nginx.conf', ...APP_FILES],
        solution: ['compose.yaml', 'compose.offline.yaml', '.env.example', '.gitignore', 'app/.dockerignore', 'proxy/nginx.conf', ...APP_FILES],
        workspaceFolder: 'driftwood',
        steps: l5Steps('compose.yaml'),
        offlineSteps: l5Steps('compose.offline.yaml'),
      },
    },
    {
      id: 'c08-l6',
      chapter: 'c08',
      title: 'Profiles',
      slug: 'profiles',
      minutes: 25,
      concept: false,
      optional: false,
      summary: 'Keep optional services in the file without running them all the time: put Driftwood\'s debug toolbox behind `profiles: [debug]` and start it only with `--profile debug`.',
      goals: [
        'Explain how profiles decide which services `up` starts, and how `--profile` and `COMPOSE_PROFILES` activate them',
        'Put debug and admin tools behind a profile (CF18), and know what happens to dependencies of a profiled service',
        'Start, use and remove a profiled service without touching the rest of the project',
      ],
      rulesTaught: ['CF18'],
      checkpoints: ['CMP-06'],
      lab: {
        starter: ['compose.yaml', 'compose.offline.yaml', '.env.example', '.gitignore', 'app/.dockerignore', 'proxy/nginx.conf', ...APP_FILES],
        solution: ['compose.yaml', 'compose.offline.yaml', '.env.example', '.gitignore', 'app/.dockerignore', 'proxy/nginx.conf', ...APP_FILES],
        workspaceFolder: 'driftwood',
        steps: l6Steps('compose.yaml'),
        offlineSteps: l6Steps('compose.offline.yaml'),
      },
    },
    {
      id: 'c08-l7',
      chapter: 'c08',
      title: 'Override files; dev vs prod; the dev loop',
      slug: 'override-files-dev-vs-prod',
      minutes: 45,
      concept: false,
      optional: false,
      summary: 'Keep one base file for what every environment shares, put the development bind mount in `compose.override.yaml` and production settings in `compose.prod.yaml`, and layer them with `-f`.',
      goals: [
        'Explain how Compose merges several files: which keys replace, which add, and how to see the result with `config`',
        'Use `compose.override.yaml` (read automatically) for the dev loop, with source bind-mounted read-only (CF19)',
        'Layer production settings with `-f compose.yaml -f compose.prod.yaml`: restart policies (CF07) and resource limits (CF08)',
        'Know where `docker compose watch`, `extends` and `include` fit',
      ],
      rulesTaught: ['CF07', 'CF08', 'CF19'],
      checkpoints: ['CMP-07'],
      lab: {
        starter: ['compose.yaml', 'compose.offline.yaml', 'compose.prod.yaml', '.env.example', '.gitignore', 'app/.dockerignore', 'proxy/nginx.conf', ...APP_FILES],
        solution: ['compose.yaml', 'compose.offline.yaml', 'compose.prod.yaml', 'compose.override.yaml', '.env.example', '.gitignore', 'app/.dockerignore', 'proxy/nginx.conf', ...APP_FILES],
        workspaceFolder: 'driftwood',
        steps: l7Steps('compose.yaml'),
        offlineSteps: l7Steps('compose.offline.yaml'),
      },
    },
    {
      id: 'c08-l8',
      chapter: 'c08',
      title: 'Multi-container patterns: web + DB, queue, microservices',
      slug: 'multi-container-patterns',
      minutes: 40,
      concept: false,
      optional: false,
      summary: 'Add a queue and a worker to Driftwood and model who waits for whom: five services, each healthy before its dependants start.',
      goals: [
        'Recognise the common shapes: web + database, web + queue + workers, a proxy in front of several services',
        'Add a queue with a healthcheck and make the worker wait for both the queue and the database (CF03)',
        'Decide what belongs in one Compose project and where Compose stops being the right tool',
      ],
      rulesTaught: ['CF03'],
      checkpoints: ['CMP-01'],
      lab: {
        starter: ['compose.yaml', 'compose.offline.yaml', 'compose.prod.yaml', 'compose.override.yaml', '.env.example', '.gitignore', 'app/.dockerignore', 'proxy/nginx.conf', ...APP_FILES],
        solution: ['compose.yaml', 'compose.offline.yaml', 'compose.prod.yaml', 'compose.override.yaml', '.env.example', '.gitignore', 'app/.dockerignore', 'proxy/nginx.conf', ...APP_FILES],
        workspaceFolder: 'driftwood',
        steps: l8Steps('compose.yaml'),
        offlineSteps: l8Steps('compose.offline.yaml'),
      },
    },
  ],
};
