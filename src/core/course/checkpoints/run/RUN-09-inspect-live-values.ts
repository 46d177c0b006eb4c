import { cannot, containerExists, defineCheckpoint, liveValue, networksOf, the } from '../define';

export const checkpoint = defineCheckpoint({
  id: 'RUN-09',
  lessonId: 'c03-l7',
  family: 'RUN',
  kind: 'live-value',
  title: 'Read live values with `docker inspect`',
  summary: 'Your answers match inspect: the IP address of `web` on its network and the ID of the image it runs.',
  needsDocker: true,
  names: { web: { default: 'web', description: 'the web server container' } },
  questions: [
    { id: 'ip', kind: 'value', prompt: 'What is the IP address of container `web` on its network?', placeholder: '172.17.0.2' },
    { id: 'imageId', kind: 'value', prompt: 'What is the ID of the image `web` runs? (at least the first 12 characters)', placeholder: 'sha256:… or 12+ hex characters' },
  ],
  conditions: [
    containerExists('web', 'Container `web` exists', [
      'Inspect reads the full configuration and state of an object.',
      'Start the web server from c03-l2.',
      'Run `docker run -d --init --name web -p 127.0.0.1::8080 learner/web:1`.',
    ]),
    liveValue({
      id: 'ip',
      question: { id: 'ip', kind: 'value', prompt: 'What is the IP address of container `web` on its network?' },
      label: 'Your answer is the IP address of `web`',
      after: ['web-exists'],
      compare: { kind: 'text' },
      hints: [
        'Each network a container joins gives it an address; inspect lists them under NetworkSettings.Networks.',
        'A Go template picks one field: `docker inspect -f "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}" web`.',
        'Run that command and type the address it prints.',
      ],
      async truth(ctx) {
        const c = await the(ctx, 'web');
        const net = networksOf(c)[0];
        const ip = net ? c.NetworkSettings.Networks?.[net]?.IPAddress : undefined;
        return ip ? ip : cannot('`web` has no IP address (it is stopped, or on network none)');
      },
    }),
    liveValue({
      id: 'image-id',
      question: { id: 'imageId', kind: 'value', prompt: 'What is the ID of the image `web` runs?' },
      label: 'Your answer is the ID of the image `web` runs',
      after: ['web-exists'],
      compare: {
        kind: 'custom',
        test: (answer, truth) => {
          const a = answer.trim().toLowerCase().replace(/^sha256:/, '');
          return /^[0-9a-f]{12,64}$/.test(a) && truth.replace(/^sha256:/, '').startsWith(a);
        },
      },
      hints: [
        'A container records the exact image ID it was created from, even if the tag later moves.',
        '`docker inspect -f "{{.Image}}" web` prints it; `docker images` shows the first 12 characters.',
        'Type at least the first 12 hexadecimal characters of that ID.',
      ],
      async truth(ctx) {
        return (await the(ctx, 'web')).Image;
      },
    }),
  ],
});
