import type { FileContext, LintConfig } from '../types';
import { lintComposeWith, type ComposeRule } from './adapter';
import { rule as CF01 } from './rules/CF01-obsolete-version-key';
import { rule as CF02 } from './rules/CF02-pin-image-tag';
import { rule as CF03 } from './rules/CF03-depends-on-healthy';
import { rule as CF04 } from './rules/CF04-db-data-volume';
import { rule as CF05 } from './rules/CF05-no-inline-secrets';
import { rule as CF06 } from './rules/CF06-dev-ports-loopback';
import { rule as CF07 } from './rules/CF07-restart-policy';
import { rule as CF08 } from './rules/CF08-resource-limits';
import { rule as CF09 } from './rules/CF09-container-name-scale';
import { rule as CF10 } from './rules/CF10-db-ports-published';
import { rule as CF11 } from './rules/CF11-network-tiers';
import { rule as CF12 } from './rules/CF12-healthcheck-present';
import { rule as CF13 } from './rules/CF13-read-only-root';
import { rule as CF14 } from './rules/CF14-non-root-user';
import { rule as CF15 } from './rules/CF15-drop-capabilities';
import { rule as CF16 } from './rules/CF16-log-rotation';
import { rule as CF17 } from './rules/CF17-env-git-ignored';
import { rule as CF18 } from './rules/CF18-debug-tools-profiles';
import { rule as CF19 } from './rules/CF19-dev-bind-mounts';
import { rule as CF20 } from './rules/CF20-links-legacy';
import { rule as CF21 } from './rules/CF21-volumes-from-legacy';
import { rule as CF22 } from './rules/CF22-gpu-requests';
import { rule as CF23 } from './rules/CF23-compose-schema';
import { rule as CF24 } from './rules/CF24-yaml-syntax';
import { rule as CF25 } from './rules/CF25-undefined-reference';
import { rule as CF26 } from './rules/CF26-unused-declaration';
import { rule as CF27 } from './rules/CF27-healthy-needs-healthcheck';
import { rule as CF28 } from './rules/CF28-missing-path';
import { rule as CF29 } from './rules/CF29-container-name';
import { rule as CF30 } from './rules/CF30-duplicate-host-port';
import { rule as CF31 } from './rules/CF31-quote-ports';
import { rule as CF32 } from './rules/CF32-build-and-image';
import { rule as CF33 } from './rules/CF33-docker-socket';
import { rule as CF34 } from './rules/CF34-privileged';
import { rule as CF35 } from './rules/CF35-healthcheck-syntax';
import { rule as CF36 } from './rules/CF36-interpolation';
import { rule as CF37 } from './rules/CF37-dependency-cycle';

/** Every compose rule, sorted by id. Adding a rule means adding one import and one entry. */
export const composeRules: readonly ComposeRule[] = [CF01, CF02, CF03, CF04, CF05, CF06, CF07, CF08, CF09, CF10, CF11, CF12, CF13, CF14, CF15, CF16, CF17, CF18, CF19, CF20, CF21, CF22, CF23, CF24, CF25, CF26, CF27, CF28, CF29, CF30, CF31, CF32, CF33, CF34, CF35, CF36, CF37] as ComposeRule[];

export function lintCompose(text: string, config?: LintConfig, files?: FileContext) {
  return lintComposeWith(composeRules, text, config, files);
}
