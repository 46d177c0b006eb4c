import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lessonById } from '../../core/course/catalog';
import type { Ports } from '../../core/course/checkpoints/types';
import type { EngineEvent } from '../../core/course/checkpoints/engineApi';
import { TOOLBOX_IMAGE } from '../../core/course/images';
import { DockerSession, resolveLocalEndpoint } from '../../docker/client';
import { EngineDockerPort } from '../../docker/dockerPort';
import { FsWorkspace, NodeHttp, systemClock } from '../../docker/host';
import { dockerHostSetting } from '../config';

/** A Docker session for the endpoint the settings and environment choose now (settings can change any time). */
export function openSession(): DockerSession {
  const host = dockerHostSetting();
  return new DockerSession(resolveLocalEndpoint(host ? { host } : undefined));
}

/**
 * The folder a lesson's checks read files from: the lab's folder in the workspace when it exists (Run
 * Step's terminal works there, so files the lab's commands write land there), else the workspace folder.
 */
export function lessonRoot(lessonId: string): string | undefined {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
  if (!folder) return undefined;
  const lab = lessonById(lessonId)?.lab?.workspaceFolder ?? `labs/${lessonId}`;
  const labDir = path.join(folder.uri.fsPath, ...lab.split('/'));
  return fs.existsSync(labDir) ? labDir : folder.uri.fsPath;
}

/** The unsaved text of an open editor for a file, so checks see what the learner sees. */
function unsavedText(absPath: string): string | undefined {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.isDirty && d.uri.fsPath === absPath);
  return doc?.getText();
}

/** `trail`: the events the extension kept while the lesson was open (merged with the engine's own backlog). */
export function lessonPorts(session: DockerSession, lessonId: string, trail?: { events(lessonId: string): readonly EngineEvent[] }): Ports {
  return {
    docker: new EngineDockerPort(session),
    workspace: new FsWorkspace(lessonRoot(lessonId), unsavedText),
    http: new NodeHttp(),
    clock: systemClock,
    host: { platform: process.platform, uid: typeof process.getuid === 'function' ? process.getuid() : undefined },
    probeImage: TOOLBOX_IMAGE,
    trail,
  };
}
