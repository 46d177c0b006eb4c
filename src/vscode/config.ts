import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { mergeConfigs, parseHadolintConfig } from '../core/lint/config/hadolint';
import { isSeverity } from '../core/lint/severity';
import type { LintConfig, SeveritySetting } from '../core/lint/types';

export type RunMode = 'onType' | 'onSave';

/** Settings are read here and nowhere else, and handed to core as plain data. */
export function readLintConfig(uri: vscode.Uri): LintConfig {
  const settings = vscode.workspace.getConfiguration('dockerCourse.lint', uri);
  const raw = settings.get<Record<string, unknown>>('rules') ?? {};
  const rules: Record<string, SeveritySetting> = {};
  for (const [id, value] of Object.entries(raw)) if (isSeverity(value)) rules[id] = value;
  return mergeConfigs(hadolintConfig(uri), { rules });
}

/** `dockerCourse.lint.extraComposeGlobs`: patterns for compose files with unusual names. */
export function extraComposeGlobs(uri: vscode.Uri): string[] {
  const raw = vscode.workspace.getConfiguration('dockerCourse.lint', uri).get<unknown>('extraComposeGlobs');
  return Array.isArray(raw) ? raw.filter((g): g is string => typeof g === 'string') : [];
}

export function runMode(): RunMode {
  return vscode.workspace.getConfiguration('dockerCourse.lint').get<RunMode>('run') === 'onSave' ? 'onSave' : 'onType';
}

function hadolintConfig(uri: vscode.Uri): LintConfig {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || folder.uri.scheme !== 'file') return {};
  for (const name of ['.hadolint.yaml', '.hadolint.yml']) {
    const file = path.join(folder.uri.fsPath, name);
    try {
      return parseHadolintConfig(fs.readFileSync(file, 'utf8')).config;
    } catch {
      continue;
    }
  }
  return {};
}

/** `dockerCourse.course.mode`: `auto` (the ENV-02 probe decides), `online` or `offline`. */
export function courseModeSetting(): string {
  return vscode.workspace.getConfiguration('dockerCourse.course').get<string>('mode') ?? 'auto';
}

/** `dockerCourse.docker.host`, empty when unset. */
export function dockerHostSetting(): string {
  return (vscode.workspace.getConfiguration('dockerCourse.docker').get<string>('host') ?? '').trim();
}

/**
 * `dockerCourse.course.objectNames`: the names the learner gave lab objects when they differ from the
 * lesson's (`{ "web": "my-web" }`). Only string values are kept.
 */
export function objectNamesSetting(): Record<string, string> {
  const raw = vscode.workspace.getConfiguration('dockerCourse.course').get<Record<string, unknown>>('objectNames') ?? {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'string' && v.trim()) out[k] = v.trim();
  return out;
}
