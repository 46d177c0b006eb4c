import { Arg, Env, type Instruction } from 'dockerfile-ast';
import type { Range } from '../../text/text';
import type { DockerfileModel, Stage } from './model';

/** One `$NAME` / `${NAME…}` in the text of a non-RUN instruction, with document offsets. */
export interface VariableRef {
  name: string;
  /** From the `$` to the end of the name or the closing `}`. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  /** `:-`, `-`, `:+`, `+`, `:?`, `?`, `#`, `%`, `/` … (or an unknown one): the reference is guarded or transformed, so an unset value can be intended. */
  modifier?: string;
}

/**
 * Finds the variables Docker expands in `text` (which starts at document offset `offset`), the way the
 * builder's word expansion sees them: nothing inside single quotes, nothing after an escape character,
 * and nothing in comment lines inside a continuation.
 */
export function findVariables(text: string, offset: number, escapeChar: string): VariableRef[] {
  const out: VariableRef[] = [];
  let quote: '"' | "'" | undefined;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      continue;
    }
    if (lineStart) {
      const rest = text.slice(i).match(/^[ \t]*#[^\n]*/);
      if (rest && quote === undefined && i > 0) {
        i += rest[0].length - 1;
        continue;
      }
      if (c !== ' ' && c !== '\t') lineStart = false;
    }
    if (c === escapeChar) {
      const newline = /^[ \t]*\r?\n/.exec(text.slice(i + 1));
      if (newline) {
        // A line continuation: the next line may be a comment, which the builder drops.
        i += newline[0].length;
        lineStart = true;
        continue;
      }
      if (quote !== "'") {
        i++;
        continue;
      }
    }
    if (c === "'" || c === '"') {
      if (quote === undefined) quote = c;
      else if (quote === c) quote = undefined;
      continue;
    }
    if (c !== '$' || quote === "'") continue;
    if (text[i + 1] === '{') {
      // Anything after the name other than `}` is a modifier; one Docker does not know (a template's `${x:y}`) is not ours to judge.
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(:?[-+?]|#{1,2}|%{1,2}|\/{1,2}|[^}])?/.exec(text.slice(i + 2));
      if (!m) continue;
      const close = closingBrace(text, i + 2 + m[0].length, escapeChar);
      const end = close < 0 ? text.length : close + 1;
      out.push({ name: m[1], start: offset + i, end: offset + end, nameStart: offset + i + 2, nameEnd: offset + i + 2 + m[1].length, modifier: m[2] });
      i = end - 1;
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
      if (!m) continue;
      out.push({ name: m[0], start: offset + i, end: offset + i + 1 + m[0].length, nameStart: offset + i + 1, nameEnd: offset + i + 1 + m[0].length });
      i += m[0].length;
    }
  }
  return out;
}

function closingBrace(text: string, from: number, escapeChar: string): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === escapeChar) i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
    else if (text[i] === '\n') return -1;
  }
  return -1;
}

/** Variables in a range of the document (an instruction's arguments, a property's value). */
export function variablesIn(model: DockerfileModel, start: number, end: number): VariableRef[] {
  return findVariables(model.text.slice(start, end), start, model.escapeChar);
}

/** BuildKit's automatic platform ARGs: set in the global scope (usable in FROM), empty inside a stage until re-declared with ARG. */
export const PLATFORM_ARGS: ReadonlySet<string> = new Set(['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT']);

/** Build args Docker predefines and passes to every stage without an ARG (proxies, BuildKit settings). */
export const PREDEFINED_ARGS: ReadonlySet<string> = new Set([
  ...['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY'].flatMap((n) => [n, n.toLowerCase()]),
  'BUILDKIT_CACHE_MOUNT_NS',
  'BUILDKIT_CONTEXT_KEEP_GIT_DIR',
  'BUILDKIT_INLINE_CACHE',
  'BUILDKIT_MULTI_PLATFORM',
  'BUILDKIT_SANDBOX_HOSTNAME',
  'BUILDKIT_SYNTAX',
  'SOURCE_DATE_EPOCH',
]);

/** Environment variables that base images commonly set (or the builder sets, like PATH), exactly. */
const WELL_KNOWN_ENV = new Set([
  'PATH', 'HOME', 'HOSTNAME', 'USER', 'LANG', 'LANGUAGE', 'LC_ALL', 'TERM', 'SHELL', 'PWD', 'TZ',
  'LD_LIBRARY_PATH', 'LIBRARY_PATH', 'CPATH', 'PKG_CONFIG_PATH', 'MANPATH', 'GPG_KEY', 'GPG_KEYS',
  'PGDATA', 'APP_UID', 'GOPATH', 'GOROOT', 'GOTOOLCHAIN', 'GOFLAGS', 'PHPIZE_DEPS', 'CATALINA_HOME', 'APP_ROOT',
  'CONTAINER', 'VIRTUAL_ENV', 'CONDA_DIR', 'GEM_HOME', 'BUNDLE_PATH', 'BUNDLE_SILENCE_ROOT_WARNING', 'BUNDLE_APP_CONFIG',
]);

/** Prefixes of the version and home variables that official language and service images set. */
const WELL_KNOWN_ENV_PREFIXES = [
  'JAVA_', 'JDK_', 'JRE_', 'GOLANG_', 'GO_', 'NODE_', 'NPM_', 'YARN_', 'PYTHON', 'PIP_', 'RUBY_', 'RUBYGEMS_', 'BUNDLER_',
  'PHP_', 'COMPOSER_', 'NGINX_', 'NJS_', 'DOTNET_', 'ASPNETCORE_', 'ASPNET_', 'NUGET_', 'POWERSHELL_', 'MAVEN_', 'GRADLE_',
  'CARGO_', 'RUSTUP_', 'RUST_', 'PG_', 'POSTGRES_', 'MYSQL_', 'MARIADB_', 'MONGO_', 'REDIS_', 'HTTPD_', 'TOMCAT_', 'JETTY_',
  'ERLANG_', 'ELIXIR_', 'OTP_', 'GHC_', 'CABAL_', 'STACK_', 'SWIFT_', 'DART_', 'FLUTTER_', 'ANDROID_', 'CONDA_', 'MAMBA_',
  'NVIDIA_', 'CUDA_', 'NV_', 'NCCL_', 'CUDNN_', 'DOCKER_', 'ELASTIC_', 'KIBANA_', 'LOGSTASH_', 'RABBITMQ_', 'ZOOKEEPER_',
  'KAFKA_', 'HAPROXY_', 'TRAEFIK_', 'CADDY_', 'WORDPRESS_', 'GHOST_', 'DRUPAL_', 'JOOMLA_', 'MEMCACHED_', 'BUSYBOX_',
];

/** Windows images set these (Windows variable names ignore case). */
const WINDOWS_ENV = new Set(['programfiles', 'programfiles(x86)', 'programdata', 'systemroot', 'windir', 'userprofile', 'appdata', 'localappdata', 'temp', 'tmp', 'comspec', 'systemdrive', 'username', 'computername', 'path', 'pathext', 'psmodulepath']);

/**
 * True when a base image we cannot inspect plausibly sets `name` with ENV: the variables every Linux image
 * has, and the upper-case `<TOOL>_VERSION` / `<TOOL>_HOME` families of official images.
 */
export function isWellKnownBaseEnv(name: string, windows: boolean): boolean {
  if (windows && WINDOWS_ENV.has(name.toLowerCase())) return true;
  if (WELL_KNOWN_ENV.has(name)) return true;
  if (name !== name.toUpperCase()) return false;
  return WELL_KNOWN_ENV_PREFIXES.some((p) => name.startsWith(p));
}

/** The stages a stage is built on, itself first: `FROM base` → [stage, base, base's parent …]. */
export function stageChain(stage: Stage): Stage[] {
  const out: Stage[] = [];
  for (let s: Stage | undefined = stage; s && !out.includes(s); s = s.parent) out.push(s);
  return out;
}

/** The stage at the root of a chain starts from `scratch` (so no base image adds ENV or WORKDIR). */
export function startsFromScratch(stage: Stage): boolean {
  const chain = stageChain(stage);
  return chain[chain.length - 1].image.isScratch;
}

/** A Windows image: the Windows escape character, or a Windows base image at the root of the stage's chain. */
export function isWindowsStage(model: DockerfileModel, stage: Stage): boolean {
  const chain = stageChain(stage);
  const root = chain[chain.length - 1].image;
  return model.escapeChar === '`' || /windows|nanoserver|servercore/i.test(root.resolved ?? root.written);
}

/** A name that an ARG or ENV declares, with its value as written (quotes removed) and document ranges. */
export interface Declaration {
  name: string;
  nameRange: Range;
  /** Undefined for `ARG NAME` without a default. */
  value?: string;
  valueRange?: Range;
}

/**
 * The names an ARG or ENV declares (empty for other instructions). ENV comes from the parser's properties;
 * ARG is split here, because `ARG A B=2` declares two build args, which the parser reads as one.
 */
export function declarations(model: DockerfileModel, instruction: Instruction): Declaration[] {
  if (instruction instanceof Env) {
    return instruction.getProperties().map((p) => ({ name: p.getName(), nameRange: p.getNameRange(), value: p.getValue() ?? undefined, valueRange: p.getValueRange() ?? undefined }));
  }
  if (!(instruction instanceof Arg)) return [];
  const args = instruction.getArguments();
  if (args.length === 0) return [];
  const out: Declaration[] = [];
  for (const word of shellWords(model.text, model.offset(args[0].getRange().start), model.offset(instruction.getRange().end), model.escapeChar)) {
    const eq = word.raw.indexOf('=');
    const name = eq < 0 ? word.raw : word.raw.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
    const declaration: Declaration = { name, nameRange: model.rangeOf(word.start, word.start + name.length) };
    if (eq >= 0) {
      declaration.value = unquote(word.raw.slice(eq + 1), model.escapeChar);
      declaration.valueRange = model.rangeOf(word.start + eq + 1, word.end);
    }
    out.push(declaration);
  }
  return out;
}

/** Whitespace-separated words of an instruction's text, keeping quoted parts together and skipping continuations. */
function shellWords(text: string, start: number, end: number, escapeChar: string): { raw: string; start: number; end: number }[] {
  const words: { raw: string; start: number; end: number }[] = [];
  let wordStart = -1;
  let quote: string | undefined;
  const close = (at: number) => {
    if (wordStart >= 0) words.push({ raw: text.slice(wordStart, at), start: wordStart, end: at });
    wordStart = -1;
  };
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (quote) {
      if (c === escapeChar && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === escapeChar) {
      const newline = /^[ \t]*\r?\n/.exec(text.slice(i + 1, end));
      if (newline) {
        close(i);
        i += newline[0].length;
        continue;
      }
      if (wordStart < 0) wordStart = i;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      close(i);
      continue;
    }
    if (c === '#' && wordStart < 0 && /\n[ \t]*$/.test(text.slice(start, i))) {
      // A comment line inside a continuation.
      while (i < end && text[i] !== '\n') i++;
      continue;
    }
    if (wordStart < 0) wordStart = i;
    if (c === '"' || c === "'") quote = c;
  }
  close(end);
  return words;
}

function unquote(raw: string, escapeChar: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === escapeChar && quote === '"' && i + 1 < raw.length) out += raw[++i];
      else out += c;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === escapeChar && i + 1 < raw.length) out += raw[++i];
    else out += c;
  }
  return out;
}

/**
 * Values of the ARGs and ENVs visible just before `before` in `stage`: ENV inherited from parent stages,
 * then this stage's ARG (falling back to a global default when re-declared without a value) and ENV.
 * A name mapped to undefined is declared without a value we know.
 */
export function valuesInScope(model: DockerfileModel, stage: Stage, before?: Instruction): Map<string, string | undefined> {
  const values = new Map<string, string | undefined>();
  const chain = stageChain(stage).reverse();
  for (const s of chain) {
    for (const i of s.instructions) {
      if (i === before) return values;
      if (s !== stage && !(i instanceof Env)) continue;
      for (const d of declarations(model, i)) {
        if (i instanceof Arg && d.value === undefined) values.set(d.name, values.get(d.name) ?? model.globalArgs.get(d.name));
        else values.set(d.name, d.value);
      }
    }
  }
  return values;
}
