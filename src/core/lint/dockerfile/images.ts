import type { ImageRef, Stage } from './model';

/**
 * What a base image is built on, as far as its name and tag tell: which package manager, shell and
 * userland tools (GNU or BusyBox) a RUN can rely on. `undefined` when the name says nothing (scratch,
 * an unresolved `$ARG`, a private image).
 */
export type ImageFamily = 'debian' | 'alpine' | 'busybox' | 'rhel' | 'suse' | 'windows' | 'distroless';

/** The image a stage ultimately starts from, following `FROM <earlier stage>`. */
export function rootImage(stage: Stage): ImageRef {
  let s = stage;
  while (s.parent && s.parent !== s) s = s.parent;
  return s.image;
}

// Official images whose default (non-alpine) variants are Debian or Ubuntu based.
const DEBIAN_BASED = new Set([
  'debian', 'ubuntu', 'buildpack-deps', 'python', 'node', 'golang', 'ruby', 'php', 'perl', 'openjdk', 'eclipse-temurin',
  'rust', 'maven', 'gradle', 'haskell', 'elixir', 'erlang', 'julia', 'r-base', 'gcc', 'postgres', 'mariadb', 'redis',
  'nginx', 'httpd', 'mongo', 'rabbitmq', 'tomcat', 'wordpress', 'ghost', 'jenkins/jenkins', 'pytorch/pytorch',
  'tensorflow/tensorflow', 'nvidia/cuda', 'jupyter/base-notebook', 'jupyter/scipy-notebook', 'dotnet/sdk', 'dotnet/aspnet',
  'dotnet/runtime', 'dotnet/runtime-deps', 'devcontainers/base', 'kalilinux/kali-rolling',
]);
const RHEL_BASED = new Set(['fedora', 'centos', 'rockylinux', 'rockylinux/rockylinux', 'almalinux', 'amazonlinux', 'oraclelinux', 'amazoncorretto', 'mysql']);
const SUSE_BASED = /^(opensuse\/|suse\/|bci\/)/;

export function imageFamily(stage: Stage): ImageFamily | undefined {
  const image = rootImage(stage);
  if (image.isScratch || image.resolved === undefined || !image.name) return undefined;
  const name = image.name;
  const tag = (image.tag ?? '').toLowerCase();
  const last = name.slice(name.lastIndexOf('/') + 1);
  if (/windowsservercore|nanoserver|ltsc20\d\d/.test(tag) || /^windows\//.test(name) || /(servercore|nanoserver)$/.test(last)) return 'windows';
  if (name.includes('distroless') || name.startsWith('chainguard/') || /(^|-)distroless/.test(tag)) return 'distroless';
  if (last === 'alpine' || /(^|[-.])alpine/.test(tag)) return 'alpine';
  if (last === 'busybox') return 'busybox';
  if (SUSE_BASED.test(name)) return 'suse';
  if (/(^|-)(debian|bookworm|bullseye|buster|stretch|trixie|ubuntu|jammy|noble|focal|bionic|slim)/.test(tag)) return 'debian';
  if (RHEL_BASED.has(name) || /^ubi\d*(\/|$)/.test(name) || /^ubi\d/.test(last) || /(^|-)(ubi\d|el\d|centos|rockylinux|fedora|amazonlinux|al20\d\d|oraclelinux|azurelinux|cbl-mariner)/.test(tag)) return 'rhel';
  if (DEBIAN_BASED.has(name)) return 'debian';
  return undefined;
}

/** True when `bash` is present in the usual images of this family. */
export function hasBash(family: ImageFamily | undefined): boolean {
  return family === 'debian' || family === 'rhel' || family === 'suse';
}
