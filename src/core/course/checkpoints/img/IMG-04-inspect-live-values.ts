import { cannot, defineCheckpoint, liveValue } from '../define';
import { imageExists, theImage } from '../imageFacts';

/** "httpd -f -p 8088", `["httpd","-f","-p","8088"]` or `[httpd -f -p 8088]` (Go template output) → words. */
export function argvOf(text: string): string[] {
  const t = text.trim();
  if (t.startsWith('[') && t.endsWith(']')) {
    try {
      const parsed: unknown = JSON.parse(t);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      return t.slice(1, -1).split(/[\s,]+/).map((w) => w.replace(/^["']|["']$/g, '')).filter(Boolean);
    }
  }
  return t.split(/\s+/).filter(Boolean);
}

export const checkpoint = defineCheckpoint({
  id: 'IMG-04',
  lessonId: 'c02-l4',
  family: 'IMG',
  kind: 'live-value',
  title: 'Read what an image runs before you run it',
  summary: 'Your answers match `docker image inspect learner/mystery:1`: the user it runs as, its entrypoint, and the port it exposes.',
  needsDocker: true,
  names: { image: { default: 'learner/mystery:1', description: 'the image built from the mystery Dockerfile' } },
  questions: [
    { id: 'user', kind: 'value', prompt: 'Which user does `learner/mystery:1` run as (Config.User)?', placeholder: '65534:65534' },
    { id: 'entrypoint', kind: 'value', prompt: 'What is its entrypoint (Config.Entrypoint)?', placeholder: '["program","arg"]' },
    { id: 'port', kind: 'value', prompt: 'Which port does it expose (Config.ExposedPorts)?', placeholder: '8080/tcp' },
  ],
  conditions: [
    imageExists('image', 'The image `learner/mystery:1` exists', [
      'You inspect an image that is in the local store; building it puts it there.',
      'Build the lab\'s Dockerfile with `-t learner/mystery:1`.',
      'Run `docker build -t learner/mystery:1 --label docker-course.lesson=c02-l4 .` in `labs/c02-l4`.',
    ]),
    liveValue({
      id: 'user',
      question: { id: 'user', kind: 'value', prompt: 'Which user does `learner/mystery:1` run as?' },
      label: 'Your answer is the user the image runs as',
      after: ['image'],
      compare: { kind: 'custom', test: (a, t) => a.trim().replace(/^["']|["']$/g, '') === t },
      hints: [
        'An image records the user its processes start as; an empty value means root.',
        '`docker image inspect --format "{{.Config.User}}" learner/mystery:1` prints only that field.',
        'Run that command and type exactly what it prints (user and group, if both are there).',
      ],
      async truth(ctx) {
        const u = (await theImage(ctx, 'image')).Config?.User ?? '';
        return u === '' ? 'root' : u;
      },
    }),
    liveValue({
      id: 'entrypoint',
      question: { id: 'entrypoint', kind: 'value', prompt: 'What is the entrypoint of `learner/mystery:1`?' },
      label: 'Your answer is the image\'s entrypoint',
      after: ['image'],
      compare: { kind: 'custom', test: (a, t) => argvOf(a).join('\u0000') === argvOf(t).join('\u0000') },
      hints: [
        'ENTRYPOINT is the fixed program; CMD only supplies its default arguments.',
        '`docker image inspect --format "{{json .Config.Entrypoint}}" learner/mystery:1` prints it as a JSON list.',
        'Type the list as printed, or its words separated by spaces.',
      ],
      async truth(ctx) {
        const ep = (await theImage(ctx, 'image')).Config?.Entrypoint;
        return ep?.length ? JSON.stringify(ep) : cannot('the image has no entrypoint, so there is nothing to answer; rebuild it from the lab\'s Dockerfile');
      },
    }),
    liveValue({
      id: 'port',
      question: { id: 'port', kind: 'value', prompt: 'Which port does `learner/mystery:1` expose?' },
      label: 'Your answer is the port the image exposes',
      after: ['image'],
      compare: {
        kind: 'custom',
        test: (a, t) => {
          const want = a.trim().toLowerCase();
          return t.split(' ').some((p) => p === want || p.replace(/\/tcp$/, '') === want);
        },
      },
      hints: [
        'EXPOSE records which port the program listens on; it documents, it does not publish.',
        '`docker image inspect --format "{{json .Config.ExposedPorts}}" learner/mystery:1` lists the ports as keys.',
        'Type the port number (with or without `/tcp`).',
      ],
      async truth(ctx) {
        const ports = Object.keys((await theImage(ctx, 'image')).Config?.ExposedPorts ?? {});
        return ports.length ? ports.join(' ') : cannot('the image exposes no port; rebuild it from the lab\'s Dockerfile');
      },
    }),
  ],
});
