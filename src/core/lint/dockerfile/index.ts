import type { FileContext, LintConfig } from '../types';
import { lintDockerfileWith, type DockerfileRule } from './adapter';
import { rule as DF01 } from './rules/DF01-pin-base-image-tag';
import { rule as DF03 } from './rules/DF03-exec-form';
import { rule as DF04 } from './rules/DF04-copy-not-add';
import { rule as DF05 } from './rules/DF05-absolute-workdir';
import { rule as DF08 } from './rules/DF08-apt-hygiene';
import { rule as DF09 } from './rules/DF09-apk-hygiene';
import { rule as DF10 } from './rules/DF10-pip-no-cache';
import { rule as DF11 } from './rules/DF11-node-package-cache';
import { rule as DF12 } from './rules/DF12-consecutive-run';
import { rule as DF13 } from './rules/DF13-pipefail';
import { rule as DF14 } from './rules/DF14-no-sudo';
import { rule as DF15 } from './rules/DF15-maintainer-deprecated';
import { rule as DF27 } from './rules/DF27-no-build-tools-in-final';
import { rule as DF30 } from './rules/DF30-pin-package-versions';
import { rule as DF31 } from './rules/DF31-rpm-assume-yes';
import { rule as DF32 } from './rules/DF32-rpm-clean-cache';
import { rule as DF33 } from './rules/DF33-apt-get-not-apt';
import { rule as DF34 } from './rules/DF34-no-zypper-dist-upgrade';
import { rule as DF35 } from './rules/DF35-useradd-no-log-init';
import { rule as DF36 } from './rules/DF36-curl-or-wget';
import { rule as DF37 } from './rules/DF37-pointless-command';
import { rule as DF38 } from './rules/DF38-default-shell-via-ln';
import { rule as DF39 } from './rules/DF39-apt-update-alone';

/** Every Dockerfile rule, sorted by id. Adding a rule means adding one import and one entry. */
export const dockerfileRules: readonly DockerfileRule[] = [DF01, DF03, DF04, DF05, DF08, DF09, DF10, DF11, DF12, DF13, DF14, DF15, DF27, DF30, DF31, DF32, DF33, DF34, DF35, DF36, DF37, DF38, DF39] as DockerfileRule[];

export function lintDockerfile(text: string, config?: LintConfig, files?: FileContext) {
  return lintDockerfileWith(dockerfileRules, text, config, files);
}
