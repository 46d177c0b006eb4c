import { Onbuild, type Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { declarations } from '../variables';

// BuildKit's SecretsUsedInArgOrEnv semantics: a secret-like word as a whole `_`-separated part of the name,
// unless another part says the value is public, a file path or a version. We also allow `gpg`: a GPG key id
// (`GPG_KEY`, as official images set it to verify downloads) is a public fingerprint.
const SECRET_PART = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOWED_PART = /(?:_|^)(?:public|file|version|gpg)(?:_|$)/i;

export function looksLikeSecret(name: string): boolean {
  return SECRET_PART.test(name) && !ALLOWED_PART.test(name);
}

export const rule = defineRule<DockerfileModel, 'secretArg' | 'secretEnv'>(
  {
    id: 'DF17',
    name: 'no-secrets-in-arg-env',
    target: 'dockerfile',
    category: 'security',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c04-l5', 'c05-l4', 'c10-l6'],
    sources: ['hadolint:DL3064', 'buildkit:SecretsUsedInArgOrEnv'],
    messages: {
      secretArg:
        '`{name}` looks like a secret. Build-arg values are saved in the image\'s history (`docker history` shows them to anyone who pulls it). Give it to the one RUN that needs it instead: `RUN --mount=type=secret,id={id} …` reads it from `/run/secrets/{id}`, and `docker build --secret id={id},src=…` passes it without storing it.',
      secretEnv:
        '`{name}` looks like a secret. ENV values are stored in the image config (`docker inspect` shows them to anyone who pulls it). At build time use `RUN --mount=type=secret,id={id} …`; at run time pass it when the container starts (a Compose secret, or a `{name}_FILE` path to a mounted file).',
    },
    docs: {
      summary: 'ARG and ENV names that look like secrets (passwords, tokens, keys) are not baked into the image.',
      rationale:
        'Everything an image carries travels with it to every registry and machine it is pulled to. ENV values are part of the image configuration, and ARG values used by a `RUN` are recorded in the layer history, so `docker inspect` and `docker history` reveal them; deleting the variable in a later instruction does not help. BuildKit secrets solve the build-time case: `RUN --mount=type=secret,id=npm_token …` makes the value available as a file (or, with `env=`, as a variable) for that one command only, and `docker build --secret id=npm_token,env=NPM_TOKEN` passes it in. At run time, pass secrets when the container starts, for example with Compose `secrets:` and a `*_FILE` variable. The rule looks only at names, the way BuildKit does: a name is reported when one of its `_`-separated parts is `password`, `passwd`, `pword`, `secret`, `token`, `key`, `apikey`, `auth`, `credential(s)`, and none is `public`, `file` or `version` (so `PUBLIC_KEY`, `PASSWORD_FILE` and `TOKEN_VERSION` pass). Unlike BuildKit, `gpg` is allowed too: the `GPG_KEY` that official images set is the public fingerprint used to verify a download. Names are a heuristic: `AUTH_MODE` or `SORT_KEY` are reported although harmless; suppress those with `# dockerCourse ignore=DF17 -- not a secret`.',
      examples: {
        bad: 'FROM alpine:3.20\nARG API_TOKEN\nRUN ./fetch-data.sh "$API_TOKEN"\n',
        good: '# syntax=docker/dockerfile:1\nFROM alpine:3.20\nRUN --mount=type=secret,id=api_token,env=API_TOKEN ./fetch-data.sh\n',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      for (const i of withTrigger(instruction)) {
        const keyword = model.keyword(i);
        if (keyword !== 'ARG' && keyword !== 'ENV') continue;
        for (const d of declarations(model, i)) {
          const name = d.name;
          if (!looksLikeSecret(name)) continue;
          report({
            messageId: keyword === 'ARG' ? 'secretArg' : 'secretEnv',
            range: d.nameRange,
            anchor: instruction.getRange(),
            data: { name, id: name.toLowerCase() },
          });
        }
      }
    }
  },
);

function withTrigger(instruction: Instruction): Instruction[] {
  const trigger = instruction instanceof Onbuild ? instruction.getTriggerInstruction() : null;
  return trigger ? [trigger] : [instruction];
}
