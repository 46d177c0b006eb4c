import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');

/** The shared corpus of real-world files: `../shared/corpus` beside the repository, or $DOCKER_COURSE_CORPUS. */
export function corpusDir(): string | undefined {
  const candidates = [process.env.DOCKER_COURSE_CORPUS, path.resolve(ROOT, '../shared/corpus')].filter(Boolean) as string[];
  return candidates.find((c) => fs.existsSync(path.join(c, 'MANIFEST.tsv')));
}

export interface CorpusFile {
  kind: string;
  file: string;
  tags: string[];
  /** The file's path in its repository (e.g. `overrides/compose.redis.yaml`): its real name, which gives compose files their role. */
  repoPath: string;
}

export function corpusFiles(kind?: string): CorpusFile[] {
  const dir = corpusDir();
  if (!dir) return [];
  const rows = fs.readFileSync(path.join(dir, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
  const header = fs.readFileSync(path.join(dir, 'MANIFEST.tsv'), 'utf8').split('\n')[0].split('\t');
  const col = (name: string) => header.indexOf(name);
  return rows
    .map((r) => r.split('\t'))
    .map((c) => ({ kind: c[col('kind')], file: path.join(dir, c[col('local_file')]), tags: (c[col('tags')] ?? '').split(/[,; ]+/).filter(Boolean), repoPath: c[col('path')] || c[col('local_file')] }))
    .filter((f) => !kind || f.kind === kind);
}
