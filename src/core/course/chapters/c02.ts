import type { Chapter, LabStep } from '../types';

const label = (id: string) => `--label docker-course.lesson=${id}`;
const PULL_BASE: LabStep = { title: 'Get the base image the Dockerfile names', command: 'docker pull busybox:1.36', expect: 'a download of a few MB, or "Image is up to date".' };
const TAG_BASE: LabStep = { title: 'Offline: give the course toolbox the name the Dockerfile uses', command: 'docker tag course/toolbox:1 busybox:1.36', expect: 'no output; `docker image ls busybox` now lists 1.36 with the toolbox\'s image id.' };

/** The offline steps of a lab: the same list with some steps replaced (index → step). */
function withOffline(steps: LabStep[], replace: Record<number, LabStep>): LabStep[] {
  return steps.map((s, i) => replace[i] ?? s);
}

const l1Build = `docker build -t learner/layers:1 ${label('c02-l1')} .`;
const l1Inspect = "docker image inspect --format '{{len .RootFS.Layers}} layers, {{.Size}} bytes' learner/layers:1";
const l1Steps: LabStep[] = [
  PULL_BASE,
  { title: 'Read labs/c02-l1/Dockerfile and predict: how many layers will your instructions add, and how big will the image be?' },
  { title: 'Build the image', command: l1Build, expect: 'one "Step n/m" per instruction; the RUN and COPY steps each end with a new layer id.' },
  { title: 'List its history, newest first', command: 'docker history learner/layers:1', expect: 'one row per instruction; only COPY and RUN rows have a size, and the dd row is about 8 MB.' },
  { title: 'Count the layers and measure the image', command: l1Inspect, expect: 'five layers more than the base image has, and about 10 MB although the 8 MB file was deleted.' },
  { title: 'Rewrite the Dockerfile: create, use and delete the toolkit in one RUN, with no two RUNs in a row; save' },
  { title: 'Build again', command: l1Build, expect: 'the same tag, now for a new image.' },
  { title: 'Read the history again', command: 'docker history learner/layers:1', expect: 'three rows with filesystem changes: one RUN, the COPY, the RUN that writes build.txt.' },
  { title: 'Count and measure again', command: l1Inspect, expect: 'three layers more than the base, and about 8 MB smaller.' },
  { title: 'Start a container from it', command: `docker run -d --name layers-demo ${label('c02-l1')} learner/layers:1`, expect: 'a container id.' },
  { title: 'See the union filesystem Docker mounted for it', command: "docker inspect --format '{{.GraphDriver.Name}}{{println}}lower: {{.GraphDriver.Data.LowerDir}}{{println}}upper: {{.GraphDriver.Data.UpperDir}}{{println}}merged: {{.GraphDriver.Data.MergedDir}}' layers-demo", expect: 'overlay2, a colon-separated list of read-only lower directories (one per layer), one upper directory (the container\'s writable layer) and the merged view.' },
  { title: 'Remove the container', command: 'docker rm -f layers-demo', expect: 'the name printed back.' },
];

const l2Build = `docker build -t learner/app:1.0.0 ${label('c02-l2')} .`;
const l2Steps: LabStep[] = [
  PULL_BASE,
  { title: 'List the base image with its digest', command: 'docker images --digests busybox', expect: 'busybox 1.36 with a sha256 digest (online) or <none> (offline: the image never came from a registry).' },
  { title: 'Compare the local image id and the registry digest', command: "docker image inspect --format 'id {{.Id}}{{println}}repo digests {{json .RepoDigests}}' busybox:1.36", expect: 'two different sha256 values online: the id hashes the image config, the digest hashes the registry manifest.' },
  { title: 'Fix the DF01 finding: change FROM busybox to FROM busybox:1.36, and save' },
  { title: 'Build version 1.0.0', command: l2Build, expect: '"Successfully tagged learner/app:1.0.0".' },
  { title: 'Give the same image the names 1.0 and 1', command: 'docker tag learner/app:1.0.0 learner/app:1.0 && docker tag learner/app:1.0.0 learner/app:1', expect: 'no output: tagging copies nothing, it adds names.' },
  { title: 'List the three tags', command: 'docker image ls learner/app', expect: 'three rows with one and the same IMAGE ID.' },
  { title: 'Run the exact version', command: `docker run -d --name app-v1 ${label('c02-l2')} -p 127.0.0.1:8081:8080 learner/app:1.0.0`, expect: 'a container id; http://127.0.0.1:8081 shows the page.' },
  { title: 'Check which image reference the container records', command: `docker ps --filter label=docker-course.lesson=c02-l2 --format '{{.Names}} runs {{.Image}}'`, expect: 'app-v1 runs learner/app:1.0.0, not latest.' },
  { title: 'Online: print the digest reference of the base', command: "docker image inspect --format '{{index .RepoDigests 0}}' busybox:1.36", expect: 'busybox@sha256:… : the immutable name of exactly this image.' },
  { title: 'Online: paste the digest after the tag (FROM busybox:1.36@sha256:…), save, and build again', command: l2Build, expect: 'the same image id as before: the digest names the image you already had.' },
  { title: 'Remove the container', command: 'docker rm -f app-v1', expect: 'the name printed back.' },
];

const l3Steps: LabStep[] = [
  { title: 'List every image in the local store', command: 'docker image ls', expect: 'repository, tag, image id, creation time and size of each image.' },
  { title: 'Filter by name pattern', command: "docker image ls --filter reference='learner/*' --format '{{.Repository}}:{{.Tag}} {{.ID}} {{.Size}}'", expect: 'only your learner/… images.' },
  { title: 'Filter by label', command: 'docker image ls --filter label=docker-course.lesson=c02-l2', expect: 'the learner/app tags you built in c02-l2.' },
  { title: 'Save the three tags of learner/app into one archive', command: 'mkdir -p artifacts && docker save -o artifacts/app.tar learner/app:1.0.0 learner/app:1.0 learner/app:1', expect: 'no output; artifacts/app.tar is a few MB.' },
  { title: 'Look inside the archive', command: 'tar -tf artifacts/app.tar', expect: 'manifest.json (and index.json on newer engines), the image config, and one tar file per layer.' },
  { title: 'Remove the three tags (and with the last one, the image)', command: 'docker rmi learner/app:1 learner/app:1.0 learner/app:1.0.0', expect: '"Untagged" three times, then "Deleted" for the image and its layers.' },
  { title: 'Check that it is gone', command: 'docker image ls learner/app', expect: 'no rows for 1, 1.0 or 1.0.0.' },
  { title: 'Load it back from the archive', command: 'docker load -i artifacts/app.tar', expect: '"Loaded image: learner/app:1.0.0" and the other two tags.' },
  { title: 'Check that it is back, with the same id', command: 'docker image ls learner/app', expect: 'the three tags again, with the image id you saw before.' },
  { title: 'Online: search Docker Hub from the CLI', command: 'docker search --limit 5 busybox', expect: 'five repositories; the official one has [OK] in the OFFICIAL column.' },
  { title: 'List what a prune would remove, without removing it', command: "docker image ls --filter dangling=true --format '{{.ID}} {{.CreatedSince}} {{.Size}}'", expect: 'untagged ("dangling") images, left behind when a tag moved to a newer build.' },
];

const l4Steps: LabStep[] = [
  PULL_BASE,
  { title: 'Build the mystery image without reading its Dockerfile', command: `docker build -t learner/mystery:1 ${label('c02-l4')} .`, expect: '"Successfully tagged learner/mystery:1".' },
  { title: 'Read the whole inspect output once', command: 'docker image inspect learner/mystery:1', expect: 'a JSON array with one object: Id, RepoTags, Config, RootFS, Metadata…' },
  { title: 'What runs, and as whom', command: "docker image inspect --format 'user={{.Config.User}} entrypoint={{json .Config.Entrypoint}} cmd={{json .Config.Cmd}}' learner/mystery:1", expect: 'a numeric user, an ENTRYPOINT that starts httpd and a CMD with its default arguments.' },
  { title: 'Which ports and environment variables', command: "docker image inspect --format '{{json .Config.ExposedPorts}} {{json .Config.Env}}' learner/mystery:1", expect: 'one exposed port, and the variables the image sets.' },
  { title: 'Which labels', command: "docker image inspect --format '{{json .Config.Labels}}' learner/mystery:1", expect: 'OCI labels with a title and a version, and the lab\'s own label.' },
  { title: 'Which health check', command: "docker image inspect --format '{{json .Config.Healthcheck}}' learner/mystery:1", expect: 'a test command and intervals in nanoseconds.' },
  { title: 'The history, in full', command: "docker history --no-trunc --format '{{.CreatedBy}} ({{.Size}})' learner/mystery:1", expect: 'every instruction, including a RUN line that shows a build argument\'s value.' },
  { title: 'Look for the build notes in a container', command: `docker run --rm ${label('c02-l4')} --entrypoint ls learner/mystery:1 -la /tmp`, expect: 'an empty /tmp: the file was deleted in a later layer.' },
  { title: 'Find the build notes in the image\'s layers anyway', command: "mkdir -p extracted && docker save learner/mystery:1 | tar -x -C extracted && for f in $(find extracted -type f); do tar -tf \"$f\" 2>/dev/null | grep -q '^tmp/build-notes.txt$' && { echo \"== found in $f\"; tar -xOf \"$f\" tmp/build-notes.txt; }; done", expect: 'the layer file that holds tmp/build-notes.txt, and the notes themselves.' },
  { title: 'Delete the extracted copy', command: 'rm -rf extracted', expect: 'no output.' },
];

const l5Steps: LabStep[] = [
  { title: 'Get both busybox variants the Dockerfiles use', command: 'docker pull busybox:1.36 && docker pull busybox:1.36-musl', expect: 'two downloads of a few MB.' },
  { title: 'Pin the bases: busybox:1.36 in the FROM of Dockerfile.busybox (DF01), busybox:1.36-musl in the COPY --from of Dockerfile.scratch; save both' },
  { title: 'Build the page on the busybox base', command: `docker build -f Dockerfile.busybox -t learner/site:busybox ${label('c02-l5')} .`, expect: '"Successfully tagged learner/site:busybox".' },
  { title: 'Build the same page on scratch', command: `docker build -f Dockerfile.scratch -t learner/site:scratch ${label('c02-l5')} .`, expect: '"Successfully tagged learner/site:scratch".' },
  { title: 'Compare their sizes', command: "docker image ls learner/site --format '{{.Tag}}: {{.Size}}'", expect: 'scratch is smaller: it holds one program and the page, nothing else.' },
  { title: 'Try to open a shell in the scratch image', command: `docker run --rm ${label('c02-l5')} --entrypoint sh learner/site:scratch -c 'echo hello'`, expect: 'an error: exec: "sh": executable file not found. There is no shell to debug with.' },
  { title: 'Run both variants side by side', command: `docker run -d --name site-busybox ${label('c02-l5')} -p 127.0.0.1:8091:8080 learner/site:busybox && docker run -d --name site-scratch ${label('c02-l5')} -p 127.0.0.1:8092:8080 learner/site:scratch`, expect: 'two container ids.' },
  { title: 'Fetch the page from each', command: 'curl -s http://127.0.0.1:8091/ | head -n 3; curl -s http://127.0.0.1:8092/ | head -n 3', expect: 'the same HTML twice.' },
  { title: 'Online: pull two more bases to compare', command: 'docker pull alpine:3.20 && docker pull debian:12-slim', expect: 'two downloads: about 3.5 MB and 28 MB compressed.' },
  { title: 'Compare all the bases you have', command: "docker image ls --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -E '^(alpine|debian|busybox|course/toolbox|learner/site)'", expect: 'sizes from about 2 MB (busybox, scratch site) through 8 MB (alpine) to about 75 MB (debian slim).' },
  { title: 'Remove both containers', command: 'docker rm -f site-busybox site-scratch', expect: 'both names printed back.' },
];

export const chapter: Chapter = {
  id: 'c02',
  title: 'Images: the build artifact',
  description: 'What an image is made of and how to read one: layers and the union filesystem, tags, digests and manifests, the local store, inspecting what an image runs and hides, choosing a base, and how registry names work.',
  lessons: [
    {
      id: 'c02-l1',
      chapter: 'c02',
      title: 'Layers and the union filesystem',
      slug: 'layers',
      minutes: 35,
      concept: false,
      optional: false,
      summary: 'An image is a stack of read-only layers that a union filesystem merges into one tree. Predict the layer count of a Dockerfile, read docker history, and see why deleting a file in a later layer saves nothing.',
      goals: ['Predict which instructions add layers and how big each one is', 'Read `docker history` and the layer list of `docker image inspect`', 'Explain how overlay2 merges layers and where a container\'s changes go', 'Keep temporary files out of layers'],
      rulesTaught: ['DF12'],
      checkpoints: ['IMG-01'],
      lab: { starter: ['Dockerfile', 'site/index.html'], solution: ['Dockerfile'], workspaceFolder: 'labs/c02-l1', steps: l1Steps, offlineSteps: withOffline(l1Steps, { 0: TAG_BASE }) },
    },
    {
      id: 'c02-l2',
      chapter: 'c02',
      title: 'Tags vs digests; manifests',
      slug: 'tags-and-digests',
      minutes: 35,
      concept: false,
      optional: false,
      summary: 'A tag is a movable name; a digest is the hash of exactly one manifest. Pin your base image, give one build several version tags, and see how a tag resolves to a manifest, a config and layers.',
      goals: ['Tell a mutable tag from an immutable digest, and an image id from a registry digest', 'Follow a tag through an index and a manifest to the config and layers', 'Tag one build as 1.0.0, 1.0 and 1, and pin a base by tag and digest'],
      rulesTaught: ['DF01', 'DF02'],
      checkpoints: ['IMG-02', 'IMG-05'],
      lab: {
        starter: ['Dockerfile', 'www/index.html'],
        solution: ['Dockerfile'],
        workspaceFolder: 'labs/c02-l2',
        steps: l2Steps,
        offlineSteps: withOffline(l2Steps, {
          0: TAG_BASE,
          9: { title: 'Offline: see that a locally built image has no registry digest', command: "docker image inspect --format 'repo digests: {{len .RepoDigests}}; local id: {{.Id}}' busybox:1.36", expect: 'repo digests: 0. A digest reference exists only once an image has been pushed to or pulled from a registry.' },
          10: { title: 'Offline: skip pinning the digest; keep FROM busybox:1.36 (the check accepts the tag offline)' },
        }),
      },
    },
    {
      id: 'c02-l3',
      chapter: 'c02',
      title: 'The local store: pull, list, tag, remove, save, load',
      slug: 'local-store',
      minutes: 30,
      concept: false,
      optional: false,
      summary: 'Manage the engine\'s image store without losing work: filter listings, save images to a file, remove them safely, load them back, and tell what a prune would delete before it does.',
      goals: ['List and filter images by name, label and state', 'Save images to an archive and load them back, tags included', 'Remove images without breaking containers, and know what dangling images and prune are'],
      rulesTaught: [],
      checkpoints: ['IMG-03'],
      lab: {
        starter: [],
        solution: [],
        workspaceFolder: 'labs/c02-l3',
        steps: l3Steps,
        offlineSteps: withOffline(l3Steps, { 9: { title: 'Offline: docker search needs Docker Hub, so skip it; the lesson shows what it prints' } }),
      },
    },
    {
      id: 'c02-l4',
      chapter: 'c02',
      title: 'Inspect what an image runs and hides',
      slug: 'inspect',
      minutes: 30,
      concept: false,
      optional: false,
      summary: 'Before you run an image, read it: the command, user, ports, environment, labels and health check from docker image inspect, the recipe from docker history, and files that a later layer only pretended to delete.',
      goals: ['Read entrypoint, command, user, exposed ports, environment, labels and health check from inspect', 'Use `--format` templates to pull out single fields', 'Find build arguments in history and deleted files in earlier layers'],
      rulesTaught: [],
      checkpoints: ['IMG-04'],
      lab: {
        starter: ['Dockerfile', 'build-notes.txt', 'www/index.html'],
        solution: [],
        workspaceFolder: 'labs/c02-l4',
        steps: l4Steps,
        offlineSteps: withOffline(l4Steps, { 0: TAG_BASE }),
        solutionCommands: [
          "docker image inspect --format 'user={{.Config.User}} entrypoint={{json .Config.Entrypoint}} cmd={{json .Config.Cmd}} ports={{json .Config.ExposedPorts}}' learner/mystery:1",
          "docker image inspect --format '{{json .Config.Env}} {{json .Config.Labels}} {{json .Config.Healthcheck}}' learner/mystery:1",
          "docker history --no-trunc --format '{{.CreatedBy}}' learner/mystery:1 | grep RELEASE_CHANNEL",
        ],
      },
    },
    {
      id: 'c02-l5',
      chapter: 'c02',
      title: 'Choosing a base',
      slug: 'choosing-a-base',
      minutes: 35,
      concept: false,
      optional: false,
      summary: 'scratch, busybox, alpine, distroless, slim or full: build the same page on two bases, compare them, and learn what each kind of base gives you and costs you in size, compatibility, debugging and security.',
      goals: ['Compare scratch, alpine, distroless, slim and full bases by size, libc, tools and attack surface', 'Tell official images from community ones and weigh a base\'s maintenance', 'Pin the base you choose (DF01) and know when to pin its digest (DF02)'],
      rulesTaught: ['DF01', 'DF02'],
      checkpoints: ['IMG-06', 'QZ-C02'],
      lab: {
        starter: ['Dockerfile.busybox', 'Dockerfile.scratch', 'www/index.html'],
        solution: ['Dockerfile.busybox', 'Dockerfile.scratch'],
        workspaceFolder: 'labs/c02-l5',
        steps: l5Steps,
        offlineSteps: withOffline(l5Steps, {
          0: { title: 'Offline: give the course toolbox both names the Dockerfiles use', command: 'docker tag course/toolbox:1 busybox:1.36 && docker tag course/toolbox:1 busybox:1.36-musl', expect: 'no output; the toolbox\'s busybox is static, like the musl variant\'s.' },
          8: { title: 'Offline: measure the toolbox, the base both images came from', command: "docker image inspect --format '{{.Size}} bytes in {{len .RootFS.Layers}} layers' course/toolbox:1", expect: 'about 2 MB in 2 layers.' },
        }),
      },
      quiz: [
        {
          id: 'static-binary',
          kind: 'single',
          prompt: 'A Go service compiles to one statically linked binary that needs CA certificates to call HTTPS APIs. Which base fits best?',
          options: [
            { text: 'scratch, or a distroless "static" image, with the CA certificates copied in', explanation: 'Right: a static binary needs no libc or shell. scratch plus the certificate bundle (or distroless static, which includes it) gives the smallest image with the least to attack.' },
            { text: 'ubuntu, so the usual tools are there when something goes wrong', explanation: 'A whole distribution for one binary: hundreds of packages that need patching and give an attacker tools. Debug with a separate debug image or an ephemeral debug container instead.' },
            { text: 'golang, the image the binary was built with', explanation: 'The build image carries the whole Go toolchain (hundreds of MB). Multi-stage builds (chapter 5) build there and ship elsewhere.' },
            { text: 'alpine, because the binary is static', explanation: 'It works, but adds a shell and a package manager the service never uses; a static binary does not need even Alpine.' },
          ],
          answer: [0],
        },
        {
          id: 'alpine',
          kind: 'multiple',
          prompt: 'Which statements about Alpine-based images are true? Pick every one.',
          options: [
            { text: 'The base is small, about 8 MB, with busybox tools and the apk package manager', explanation: 'True: that is its appeal for images that need a shell and packages.' },
            { text: 'It uses musl instead of glibc, so some prebuilt binaries and Python wheels built for glibc do not work or must be compiled', explanation: 'True: this is the classic Alpine surprise: slow builds that compile from source, or subtle differences in DNS resolution and locale handling.' },
            { text: 'It has no shell, like distroless', explanation: 'False: Alpine has busybox `sh`. Distroless images are the ones without a shell.' },
            { text: 'It always makes the application run faster', explanation: 'False: size affects pulls and attack surface, not speed; musl can even be slower for some workloads.' },
          ],
          answer: [0, 1],
        },
        {
          id: 'distroless',
          kind: 'single',
          prompt: 'What do you give up with a distroless base?',
          options: [
            { text: 'A shell and a package manager: debugging means a debug variant of the image or an ephemeral debug container', explanation: 'Right: distroless images hold the runtime and its libraries only. That removes tools an attacker would use, and the ones you would too.' },
            { text: 'The C library, so only static binaries run', explanation: 'Most distroless images include glibc (and runtimes such as Java or Python); only the "static" variant leaves it out.' },
            { text: 'Security updates, because distroless images are never rebuilt', explanation: 'They are rebuilt with the distribution\'s security fixes; you still need to rebuild your image on top of them.' },
          ],
          answer: [0],
        },
        {
          id: 'sizes',
          kind: 'order',
          prompt: 'Order these bases by size, smallest first.',
          options: [
            { text: 'scratch', explanation: 'Smallest: empty, zero bytes; only what you copy in.' },
            { text: 'busybox:1.36', explanation: 'A few MB: one static program providing a shell and basic tools.' },
            { text: 'alpine:3.20', explanation: 'About 8 MB: busybox plus musl, apk and a minimal package set.' },
            { text: 'debian:12-slim', explanation: 'About 75 MB: a trimmed Debian with glibc and apt.' },
            { text: 'python:3.12 (the full variant)', explanation: 'Largest, around 1 GB: Debian with compilers and development headers plus Python.' },
          ],
          answer: [0, 1, 2, 3, 4],
        },
        {
          id: 'official',
          kind: 'multiple',
          prompt: 'Choosing between `nginx` (an official image) and `someuser/nginx-optimized` (a community image). What is true? Pick every one.',
          options: [
            { text: 'Official images have their Dockerfiles reviewed in public and are rebuilt when their base gets security fixes', explanation: 'True: Docker\'s official-images programme keeps the build definitions in a public repository, reviews changes and rebuilds on base updates.' },
            { text: 'Anyone can publish under their own namespace, so a community image is only as trustworthy as its maintainer', explanation: 'True: check who maintains it, how often it is updated, and whether its Dockerfile is public before basing production on it.' },
            { text: 'Official images are guaranteed to contain no known vulnerabilities', explanation: 'False: they are maintained, not vulnerability-free. Scan what you use (chapter 9).' },
            { text: 'A look-alike name such as `nginx-official` under a stranger\'s account may be a typosquat', explanation: 'True: malicious images with familiar names have been found on public registries. Official images have no user namespace at all.' },
          ],
          answer: [0, 1, 3],
        },
      ],
    },
    {
      id: 'c02-l6',
      chapter: 'c02',
      title: 'Registry naming and Docker Hub',
      slug: 'registry-naming',
      minutes: 20,
      concept: true,
      optional: false,
      summary: 'Read any image reference: registry host, namespace, repository, tag and digest, and the defaults Docker fills in. Know official from community images, and why registries ask for authentication and limit pulls.',
      goals: ['Split a reference like ghcr.io/acme/driftwood-app:1.4.2@sha256:… into its parts', 'Predict what Docker fills in for a short name such as nginx', 'Explain official versus community images, and why registries use authentication and rate limits'],
      rulesTaught: [],
      checkpoints: ['QZ-C02b'],
      quiz: [
        {
          id: 'expand',
          kind: 'single',
          prompt: 'What does Docker expand the reference `nginx` to?',
          options: [
            { text: 'docker.io/library/nginx:latest', explanation: 'Right: no registry means Docker Hub (docker.io), no namespace means the official `library` namespace, no tag means `latest`.' },
            { text: 'nginx.org/nginx:stable', explanation: 'Docker never guesses a registry from the project\'s website; a missing registry always means Docker Hub.' },
            { text: 'docker.io/nginx/nginx:latest', explanation: 'The namespace for official images is `library`, not the repository name repeated.' },
            { text: 'localhost/nginx:latest', explanation: 'A local registry must be named explicitly (`localhost:5000/nginx`); the default is Docker Hub.' },
          ],
          answer: [0],
        },
        {
          id: 'parts',
          kind: 'order',
          prompt: 'Order the parts of `ghcr.io/acme/driftwood-app:1.4.2@sha256:4f…` from left to right.',
          options: [
            { text: 'registry host: ghcr.io', explanation: 'First: the server to talk to. It is recognised by a dot or a port, or by being `localhost`.' },
            { text: 'namespace: acme', explanation: 'Second: the user or organisation that owns the repository.' },
            { text: 'repository: driftwood-app', explanation: 'Third: the name of the image series; namespace and repository together are often called the repository path.' },
            { text: 'tag: 1.4.2', explanation: 'Fourth, after a colon: a movable name inside the repository.' },
            { text: 'digest: sha256:4f…', explanation: 'Last, after @: the hash of one manifest. When present it decides what is pulled, whatever the tag says.' },
          ],
          answer: [0, 1, 2, 3, 4],
        },
        {
          id: 'which-hub',
          kind: 'multiple',
          prompt: 'Which of these references are pulled from Docker Hub? Pick every one.',
          options: [
            { text: 'nginx:1.27-alpine', explanation: 'Docker Hub: no registry host, so docker.io, and the official `library` namespace.' },
            { text: 'acme/driftwood-app:1.4.2', explanation: 'Docker Hub: `acme` has no dot or port, so it is a namespace on docker.io, not a host.' },
            { text: 'docker.io/library/postgres:16', explanation: 'Docker Hub, written out in full.' },
            { text: 'localhost:5000/driftwood-app:dev', explanation: 'Not Docker Hub: `localhost:5000` is a registry host (it has a port), here one running on your machine.' },
            { text: 'ghcr.io/acme/driftwood-app:1.4.2', explanation: 'Not Docker Hub: ghcr.io is GitHub\'s container registry.' },
          ],
          answer: [0, 1, 2],
        },
        {
          id: 'host-rule',
          kind: 'single',
          prompt: 'How does Docker decide whether the first part of a reference (before the first /) is a registry host?',
          options: [
            { text: 'It contains a dot or a colon (a port), or it is exactly `localhost`', explanation: 'Right: so `registry.example.com/app` and `localhost:5000/app` name registries, while `acme/app` is a namespace on Docker Hub.' },
            { text: 'Docker looks the name up in DNS and uses it if it resolves', explanation: 'No lookup decides this; the rule is purely textual, which is why `myregistry/app` without a dot is read as a Hub namespace.' },
            { text: 'Anything before the first slash is always a host', explanation: 'Then `acme/app` would mean a host called acme; Docker reads it as a namespace on Docker Hub.' },
          ],
          answer: [0],
        },
        {
          id: 'auth-limits',
          kind: 'multiple',
          prompt: 'Why do registries require authentication and limit pulls? Pick every reason that is true.',
          options: [
            { text: 'Private repositories need an identity to decide who may pull and push', explanation: 'True: authentication is how a registry knows whom to let in, and pushes always need it.' },
            { text: 'Serving image layers costs bandwidth and storage, and anonymous clients are hard to account for', explanation: 'True: public registries limit anonymous pulls per IP address, and give authenticated or paying users more.' },
            { text: 'Rate limits make images smaller', explanation: 'False: limits count pulls; they change nothing about the images.' },
            { text: 'A CI fleet behind one NAT address shares a single anonymous quota, so it should log in or use a mirror', explanation: 'True: this is the usual way teams discover rate limits, in the middle of a working day. Chapter 9 covers mirrors and caches.' },
          ],
          answer: [0, 1, 3],
        },
      ],
    },
  ],
};
