import type { FileContext, LintConfig } from '../types';
import { lintDockerfileWith, type DockerfileRule } from './adapter';
import { rule as DF01 } from './rules/DF01-pin-base-image-tag';
import { rule as DF02 } from './rules/DF02-pin-base-image-digest';
import { rule as DF03 } from './rules/DF03-exec-form';
import { rule as DF04 } from './rules/DF04-copy-not-add';
import { rule as DF05 } from './rules/DF05-absolute-workdir';
import { rule as DF06 } from './rules/DF06-last-user-not-root';
import { rule as DF07 } from './rules/DF07-healthcheck-present';
import { rule as DF08 } from './rules/DF08-apt-hygiene';
import { rule as DF09 } from './rules/DF09-apk-hygiene';
import { rule as DF10 } from './rules/DF10-pip-no-cache';
import { rule as DF11 } from './rules/DF11-node-package-cache';
import { rule as DF12 } from './rules/DF12-consecutive-run';
import { rule as DF13 } from './rules/DF13-pipefail';
import { rule as DF14 } from './rules/DF14-no-sudo';
import { rule as DF15 } from './rules/DF15-maintainer-deprecated';
import { rule as DF17 } from './rules/DF17-no-secrets-in-arg-env';
import { rule as DF18 } from './rules/DF18-stage-names';
import { rule as DF19 } from './rules/DF19-copy-from-stage';
import { rule as DF20 } from './rules/DF20-single-cmd-entrypoint';
import { rule as DF21 } from './rules/DF21-dependencies-before-sources';
import { rule as DF22 } from './rules/DF22-dockerignore';
import { rule as DF23 } from './rules/DF23-syntax-directive-offline';
import { rule as DF24 } from './rules/DF24-expose-port-range';
import { rule as DF25 } from './rules/DF25-undefined-variable';
import { rule as DF26 } from './rules/DF26-no-copy-whole-filesystem';
import { rule as DF27 } from './rules/DF27-no-build-tools-in-final';
import { rule as DF28 } from './rules/DF28-from-platform';
import { rule as DF29 } from './rules/DF29-graceful-stop';
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
import { rule as DF40 } from './rules/DF40-from-as-casing';
import { rule as DF41 } from './rules/DF41-legacy-key-value';
import { rule as DF42 } from './rules/DF42-instruction-casing';
import { rule as DF43 } from './rules/DF43-empty-continuation';
import { rule as DF44 } from './rules/DF44-first-instruction';
import { rule as DF45 } from './rules/DF45-onbuild-trigger';
import { rule as DF46 } from './rules/DF46-expose-format';
import { rule as DF47 } from './rules/DF47-json-single-quotes';
import { rule as DF48 } from './rules/DF48-stopsignal-valid';
import { rule as DF49 } from './rules/DF49-copy-multi-source-slash';
import { rule as DF50 } from './rules/DF50-copy-relative-without-workdir';
import { rule as DF51 } from './rules/DF51-env-self-reference';
import { rule as DF52 } from './rules/DF52-user-numeric';
import { rule as DF53 } from './rules/DF53-healthcheck-options';
import { rule as DF54 } from './rules/DF54-no-user';
import { rule as DF55 } from './rules/DF55-healthcheck-tool-missing';
import { rule as DF56 } from './rules/DF56-add-url-checksum';
import { rule as DF57 } from './rules/DF57-no-secret-files';
import { rule as DF58 } from './rules/DF58-copy-ignored-file';
import { rule as DF59 } from './rules/DF59-add-to-extract';
import { rule as DF60 } from './rules/DF60-dockerfile-syntax';

/** Every Dockerfile rule, sorted by id. Adding a rule means adding one import and one entry. */
export const dockerfileRules: readonly DockerfileRule[] = [
  DF01,
  DF02,
  DF03,
  DF04,
  DF05,
  DF06,
  DF07,
  DF08,
  DF09,
  DF10,
  DF11,
  DF12,
  DF13,
  DF14,
  DF15,
  DF17,
  DF18,
  DF19,
  DF20,
  DF21,
  DF22,
  DF23,
  DF24,
  DF25,
  DF26,
  DF27,
  DF28,
  DF29,
  DF30,
  DF31,
  DF32,
  DF33,
  DF34,
  DF35,
  DF36,
  DF37,
  DF38,
  DF39,
  DF40,
  DF41,
  DF42,
  DF43,
  DF44,
  DF45,
  DF46,
  DF47,
  DF48,
  DF49,
  DF50,
  DF51,
  DF52,
  DF53,
  DF54,
  DF55,
  DF56,
  DF57,
  DF58,
  DF59,
  DF60,
] as DockerfileRule[];

export function lintDockerfile(text: string, config?: LintConfig, files?: FileContext) {
  return lintDockerfileWith(dockerfileRules, text, config, files);
}
