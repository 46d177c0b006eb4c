/** File-name conventions shared by the editor and the CLI. */

export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** `Dockerfile`, `Dockerfile.dev`, `app.Dockerfile`, `Containerfile`, `build.dockerfile`. */
export function isDockerfileName(path: string): boolean {
  const name = baseName(path);
  return /^(Dockerfile|Containerfile)([._-].*)?$/i.test(name) || /\.(Dockerfile|Containerfile)$/i.test(name);
}

/** `compose.yaml`, `compose.prod.yml`, `docker-compose.yml`, `docker-compose.override.yaml`, `docker-stack.yml`, `*-compose.yml`. */
export function isComposeName(path: string): boolean {
  const name = baseName(path).toLowerCase();
  return /^(docker-)?compose(\.[\w.-]+)?\.ya?ml$/.test(name) || /^docker-compose[\w.-]*\.ya?ml$/.test(name) || /[\w.-]+-compose\.ya?ml$/.test(name) || /^docker-stack[\w.-]*\.ya?ml$/.test(name);
}

/**
 * A compose file by its name, or by one of the learner's extra glob patterns (the
 * `dockerCourse.lint.extraComposeGlobs` setting): `**` spans folders, `*` and `?` stay within one.
 * Patterns without a `/` match the file name anywhere; others match the end of the path.
 */
export function isComposeFile(path: string, extraGlobs: readonly string[] = []): boolean {
  if (isComposeName(path)) return true;
  const normal = path.replace(/\\/g, '/');
  return extraGlobs.some((g) => {
    const glob = g.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    if (!glob) return false;
    const re = globRegExp(glob.includes('/') ? (glob.startsWith('**/') || glob.startsWith('/') ? glob : `**/${glob}`) : `**/${glob}`);
    return re.test(normal.startsWith('/') ? normal : `/${normal}`);
  });
}

function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, close).split(',').map((x) => x.replace(/[.+^$()|\\[\]]/g, '\\$&')).join('|')})`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\[\]]/g, '\\$&');
  }
  return new RegExp(`(^|/)${re.replace(/^\(\?:\.\*\/\)\?/, '')}$`);
}
