import { isMap, isScalar, isSeq } from 'yaml';
import type { TextEdit } from '../../../text/text';
import { defineRule } from '../../rule';
import type { ComposeModel, Service } from '../model';
import { appendToService, imageOf, parseImage } from '../util';

const SECRET_NAME = /(^|_)(PASSWORD|PASSWD|PASS|PWD|SECRET|SECRET_KEY|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|ACCESS_KEY_ID|SECRET_ACCESS_KEY|CLIENT_SECRET|AUTH_KEY|CREDENTIALS?|ENCRYPTION_KEY|SIGNING_KEY|JWT_SECRET|MASTER_KEY)(_|$)/i;
const NOT_SECRET = /(_FILE|_PATH|_DIR|_URL|_HOST|_PORT|_USER|_USERNAME|_NAME|_LENGTH|_POLICY|_EXPIRY|_EXPIRES|_TTL|_ALGORITHM|_TYPE|_ENABLED|_REQUIRED|_MODE|_ID)$/i;
/** Official images that read `<NAME>_FILE` in place of `<NAME>` (documented on their Docker Hub pages). */
const FILE_CONVENTION = /^(postgres|postgis|mysql|mariadb|mongo|rabbitmq|influxdb|couchdb|redmine|wordpress|nextcloud|ghost|drupal|joomla|bitnami\/.+)$/;
const PLACEHOLDER = /^(changeme|change_me|example|password|secret|xxx+|\*+|<.*>|\.\.\.)$/i;

export const rule = defineRule<ComposeModel, 'inlineSecret' | 'urlCredentials'>(
  {
    id: 'CF05',
    name: 'no-inline-secrets',
    target: 'compose',
    category: 'security',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c08-l3', 'c10-l6'],
    sources: [],
    messages: {
      inlineSecret: '`{name}` of `{service}` holds a secret written in the compose file, where everyone who can read the repository (and `docker inspect`) sees it. Use a Compose secret ({alternative}) or `${{name}}` from a git-ignored `.env` file.',
      urlCredentials: '`{name}` of `{service}` has a password inside its URL (`{redacted}`): move the password to a secret or to a `${VARIABLE}` set in a git-ignored `.env` file.',
    },
    docs: {
      summary: 'No passwords, tokens or keys written directly under `environment:`.',
      rationale:
        'A compose file is committed, shared and pasted into issues; a password written in it leaks with it, and every value under `environment:` is also visible to anyone who can run `docker inspect`. Keep the file free of secrets: reference a variable (`${DB_PASSWORD}`) whose value lives in a git-ignored `.env` file, or better, use Compose `secrets:`, which mounts the value as a file under `/run/secrets/` (many official images read `<NAME>_FILE`, e.g. `POSTGRES_PASSWORD_FILE`). The suggested fix moves the value into a secret read from `./secrets/<name>.txt`, a file you then create with the old value.',
      examples: {
        bad: 'services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD: s3cr3t-pa55\n    volumes:\n      - db-data:/var/lib/postgresql/data\nvolumes:\n  db-data:\n',
        good: 'services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\n    volumes:\n      - db-data:/var/lib/postgresql/data\nvolumes:\n  db-data:\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const env = s.get('environment');
      for (const kv of model.keyValues(env)) {
        const value = kv.value;
        if (value === undefined || value === '' || value.includes('$')) continue;
        if (SECRET_NAME.test(kv.name) && !NOT_SECRET.test(kv.name) && !value.startsWith('/run/secrets/') && !/^(true|false|yes|no|\d{1,3})$/i.test(value) && value.length >= 4 && !PLACEHOLDER.test(value)) {
          const secretName = kv.name.toLowerCase().replace(/[^a-z0-9_]/g, '_');
          const image = imageOf(model, s);
          const fileConvention = !!image && FILE_CONVENTION.test(parseImage(image).repository);
          const suggestion = fileConvention ? moveToSecret(model, s, kv, secretName) : undefined;
          report({
            messageId: 'inlineSecret',
            range: kv.valueRange,
            data: { name: kv.name, service: s.name, alternative: fileConvention ? `\`${kv.name}_FILE: /run/secrets/${secretName}\`` : '`secrets:`, mounted under `/run/secrets/`' },
            suggestions: suggestion ? [suggestion] : undefined,
          });
          continue;
        }
        const m = /^[a-z][a-z0-9+.-]*:\/\/([^:/@\s]+):([^@/\s]+)@/i.exec(value);
        if (m && !PLACEHOLDER.test(m[2]) && m[2].length >= 3) report({ messageId: 'urlCredentials', range: kv.valueRange, data: { name: kv.name, service: s.name, redacted: value.replace(`:${m[2]}@`, ':•••@') } });
      }
    }
  },
);

function moveToSecret(model: ComposeModel, s: Service, kv: ReturnType<ComposeModel['keyValues']>[number], secretName: string) {
  if (kv.via || !model.root || !model.isBlockMap(model.root)) return undefined;
  const edits: TextEdit[] = [];
  if (kv.entry) {
    const e = kv.entry;
    if (!e.written || !isScalar(e.written) || !e.keyNode.range) return undefined;
    edits.push({ range: model.offsetRange(e.keyNode.range[0], model.contentEnd(e.written)), newText: `${kv.name}_FILE: /run/secrets/${secretName}` });
  } else {
    if (!isScalar(kv.node)) return undefined;
    const edit = model.replace(kv.node, `${kv.name}_FILE=/run/secrets/${secretName}`);
    if (!edit) return undefined;
    edits.push(edit);
  }
  const secrets = s.get('secrets');
  if (secrets) {
    if (secrets.via || !secrets.written || !isSeq(secrets.written) || secrets.written.flow || secrets.written.items.length === 0) return undefined;
    const last = secrets.written.items[secrets.written.items.length - 1] as { range?: [number, number, number] };
    const col = model.position(secrets.written.range![0]).character;
    const at = model.position(model.contentEnd(secrets.written));
    if (!last.range) return undefined;
    edits.push({ range: { start: at, end: at }, newText: `${model.lines.eol}${' '.repeat(col)}- ${secretName}` });
  } else {
    const edit = appendToService(model, s, ['secrets:', `${model.unit}- ${secretName}`]);
    if (!edit) return undefined;
    edits.push(edit);
  }
  const top = model.get(model.root, 'secrets');
  const declaration = [`${secretName}:`, `${model.unit}file: ./secrets/${secretName}.txt`];
  if (top) {
    if (!top.value) return undefined;
    if (!isMap(top.value) || top.via) return undefined;
    const edit = model.appendToMap(top.value, declaration);
    if (!edit) return undefined;
    edits.push(edit);
  } else {
    const edit = model.appendToMap(model.root, ['secrets:', ...declaration.map((l) => model.unit + l)]);
    if (!edit) return undefined;
    edits.push(edit);
  }
  return { title: `Move ${kv.name} to the secret \`${secretName}\` (then put the value in ./secrets/${secretName}.txt)`, edits };
}
