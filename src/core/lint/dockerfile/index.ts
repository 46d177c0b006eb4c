import type { FileContext, LintConfig } from '../types';
import { lintDockerfileWith, type DockerfileRule } from './adapter';
import { rule as DF01 } from './rules/DF01-pin-base-image-tag';
import { rule as DF03 } from './rules/DF03-exec-form';
import { rule as DF04 } from './rules/DF04-copy-not-add';
import { rule as DF05 } from './rules/DF05-absolute-workdir';
import { rule as DF08 } from './rules/DF08-apt-hygiene';
import { rule as DF15 } from './rules/DF15-maintainer-deprecated';
import { rule as DF21 } from './rules/DF21-dependencies-before-sources';
import { rule as DF22 } from './rules/DF22-dockerignore';
import { rule as DF23 } from './rules/DF23-syntax-directive-offline';
import { rule as DF29 } from './rules/DF29-graceful-stop';
import { rule as DF54 } from './rules/DF54-no-user';
import { rule as DF55 } from './rules/DF55-healthcheck-tool-missing';
import { rule as DF56 } from './rules/DF56-add-url-checksum';
import { rule as DF57 } from './rules/DF57-no-secret-files';
import { rule as DF58 } from './rules/DF58-copy-ignored-file';
import { rule as DF59 } from './rules/DF59-add-to-extract';
import { rule as DF60 } from './rules/DF60-dockerfile-syntax';

/** Every Dockerfile rule, sorted by id. Adding a rule means adding one import and one entry. */
export const dockerfileRules: readonly DockerfileRule[] = [DF01, DF03, DF04, DF05, DF08, DF15, DF21, DF22, DF23, DF29, DF54, DF55, DF56, DF57, DF58, DF59, DF60] as DockerfileRule[];

export function lintDockerfile(text: string, config?: LintConfig, files?: FileContext) {
  return lintDockerfileWith(dockerfileRules, text, config, files);
}
