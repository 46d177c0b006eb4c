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
