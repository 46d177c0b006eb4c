import { DockerfileModel } from '../../../lint/dockerfile/model';
import { code, defineCheckpoint, no, ok, workspaceText } from '../define';
import { imageExists, imageHistory, lintClean, theImage } from '../imageFacts';
import type { CheckContext, Condition, HintLadder, Verdict } from '../types';

/** The Dockerfile the learner builds from: online `Dockerfile`, offline `offline.Dockerfile`; either when the mode is unknown. */
function dockerfiles(ctx: CheckContext): string[] {
  const dir = ctx.param('dir');
  if (ctx.input.mode === 'online') return [`${dir}/Dockerfile`];
  if (ctx.input.mode === 'offline') return [`${dir}/offline.Dockerfile`];
  return [`${dir}/Dockerfile`, `${dir}/offline.Dockerfile`];
}

/** True when a RUN instruction mounts a secret (`RUN --mount=type=secret,…`). */
export function usesSecretMount(text: string): boolean {
  const model = new DockerfileModel(text);
  return model.instructions.some((i) => model.keyword(i) === 'RUN' && /--mount=(?:\S*,)?type=secret\b/.test(i.getTextContent?.() ?? ''));
}

async function secret(ctx: CheckContext): Promise<string | undefined> {
  const fromExtension = ctx.input.values?.apiToken;
  if (fromExtension) return fromExtension;
  const text = await workspaceText(ctx, ctx.param('tokenFile'));
  const t = text?.trim();
  return t ? t : undefined;
}

function absentFrom(id: string, label: string, where: string, hints: HintLadder, find: (ctx: CheckContext, token: string) => Promise<string[]>): Condition {
  return {
    id,
    label,
    expected: `the token nowhere in ${where}`,
    after: ['token', 'image'],
    hints,
    async check(ctx): Promise<Verdict> {
      const hits = await find(ctx, (await secret(ctx))!);
      return hits.length ? no(`the token is in ${hits.join(', ')}`) : ok(`not in ${where}`);
    },
  };
}

export const checkpoint = defineCheckpoint({
  id: 'BLD-10',
  lessonId: 'c05-l4',
  family: 'BLD',
  kind: 'state',
  title: 'A build secret that leaves no trace',
  summary: 'The token in `labs/c05-l4/secrets/api_token.txt` appears nowhere in the history, labels or environment of `learner/deps:1`; the Dockerfile mounts it with `RUN --mount=type=secret` and is clean for DF17.',
  needsDocker: true,
  names: { image: { default: 'learner/deps:1', description: 'the image of the cache-and-secrets lab' } },
  params: { dir: 'labs/c05-l4', tokenFile: 'labs/c05-l4/secrets/api_token.txt' },
  offline: 'Secret mounts need BuildKit (buildx). The check reads the image the same way with either builder.',
  conditions: [
    {
      id: 'token',
      label: 'Your lab token exists',
      expected: 'a non-empty `labs/c05-l4/secrets/api_token.txt`',
      hints: [
        'The lab uses a random token of your own, so the check can search the image for exactly that value.',
        'The first lab step writes it with `head -c 16 /dev/urandom | od -An -tx1`.',
        'Run the lab\'s first step to create `labs/c05-l4/secrets/api_token.txt`.',
      ],
      async check(ctx) {
        const t = await secret(ctx);
        return t ? ok(`a ${t.length}-character token`) : no(`no token in ${code(ctx.param('tokenFile'))}`);
      },
    },
    imageExists('image', 'The image `learner/deps:1` exists', [
      'The check reads the image you built, so build it first.',
      'Tag the build `learner/deps:1`.',
      'Run `docker build --label docker-course.lesson=c05-l4 --secret id=api_token,src=labs/c05-l4/secrets/api_token.txt -t learner/deps:1 labs/c05-l4`.',
    ]),
    absentFrom('not-in-history', 'The token is not in the image history', 'the history', [
      'A build argument is visible to every later RUN, and each such RUN is recorded as `|1 API_TOKEN=… /bin/sh -c …` in the history.',
      '`docker history --no-trunc learner/deps:1 | grep -c <token>` counts the lines that give it away.',
      'Remove `ARG API_TOKEN`; mount the token with `RUN --mount=type=secret,id=api_token …` and build with `--secret id=api_token,src=…`.',
    ], async (ctx, t) => {
      const rows = ((await imageHistory(ctx, ctx.name('image'))) ?? []).filter((h) => h.CreatedBy.includes(t));
      return rows.length ? [`${rows.length} history line${rows.length > 1 ? 's' : ''}`] : [];
    }),
    absentFrom('not-in-labels', 'The token is not in a label', 'the labels', [
      'Labels are public metadata: anyone who can pull the image reads them.',
      '`docker image inspect -f "{{json .Config.Labels}}" learner/deps:1` lists them.',
      'Remove the label that carries the token, and rebuild.',
    ], async (ctx, t) => {
      const labels = (await theImage(ctx, 'image')).Config?.Labels ?? {};
      return Object.entries(labels).filter(([k, v]) => k.includes(t) || v.includes(t)).map(([k]) => `label ${code(k)}`);
    }),
    absentFrom('not-in-env', 'The token is not in the environment', 'the environment', [
      'ENV is stored in the image configuration and given to every container.',
      '`docker image inspect -f "{{json .Config.Env}}" learner/deps:1` lists it.',
      'Remove the ENV that holds the token; read it from `/run/secrets/api_token` inside the RUN that needs it.',
    ], async (ctx, t) => {
      const env = (await theImage(ctx, 'image')).Config?.Env ?? [];
      return env.filter((e) => e.includes(t)).map((e) => `variable ${code(e.split('=')[0])}`);
    }),
    {
      id: 'secret-mount',
      label: 'The Dockerfile mounts the token as a secret',
      expected: 'a `RUN --mount=type=secret,…` instruction',
      hints: [
        'A secret mount puts a file at `/run/secrets/<id>` for one RUN only; it never becomes part of a layer or of the history.',
        'The flag goes on the RUN that needs the token: `RUN --mount=type=secret,id=api_token sh fetch-deps.sh …`.',
        'Add `--mount=type=secret,id=api_token` to the install RUN, remove `ARG API_TOKEN`, save and rebuild with `--secret id=api_token,src=labs/c05-l4/secrets/api_token.txt`.',
      ],
      async check(ctx) {
        const files = dockerfiles(ctx);
        const texts = await Promise.all(files.map(async (f) => ({ f, text: await workspaceText(ctx, f) })));
        const present = texts.filter((t) => t.text !== undefined);
        if (!present.length) return no(`no ${files.map(code).join(' or ')} in the course folder`);
        const mounting = present.filter((t) => usesSecretMount(t.text!));
        return mounting.length ? ok(`${mounting.map((t) => code(t.f)).join(' and ')} mount${mounting.length === 1 ? 's' : ''} a secret`) : no(`${present.map((t) => code(t.f)).join(' and ')}: no RUN with \`--mount=type=secret\``);
      },
    },
    lintClean({
      files: dockerfiles,
      oneOf: true,
      rules: ['DF17'],
      label: 'Your Dockerfile has no DF17 finding',
      hints: [
        'DF17 flags ARG and ENV names that look like credentials (TOKEN, PASSWORD, SECRET, KEY).',
        'The Problems panel marks `ARG API_TOKEN` in the starter.',
        'Delete the ARG and use the secret mount instead; save.',
      ],
    }),
  ],
});
