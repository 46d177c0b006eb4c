import * as vscode from 'vscode';
import { doctorMessage, SETUP_LESSON, type DaemonInput } from '../../core/course/daemonStatus';
import { TOOLBOX_IMAGE } from '../../core/course/images';
import { EngineDockerPort } from '../../docker/dockerPort';
import { currentMode, type CourseContext } from '../course/common';
import { openSession } from './ports';
import type { DaemonStatusBar } from './statusBar';

const RETRY = 'Retry';
const SHOW_LOG = 'Show Log';
const SETUP = 'Open Setup Lesson';
const TRUST = 'Manage Workspace Trust';

/**
 * The status bar item's click: asks the engine again, like `docker-course doctor`, and says what it
 * found. An unreachable engine gets Retry, Show Log and, when installing or permissions are the fix,
 * the setup lesson. Returns what it found (the notification is not awaited, so tests never block on it).
 */
export async function showDaemonStatus(ctx: CourseContext, status: DaemonStatusBar): Promise<{ text: string; message: string; input: DaemonInput }> {
  const input = await status.refresh();
  const view = status.view;
  if (!input.trusted) {
    const message = doctorMessage(input);
    void vscode.window.showWarningMessage(`Docker Course: ${message}`, TRUST).then((c) => c && vscode.commands.executeCommand('workbench.trust.manage'));
    return { text: view.text, message, input };
  }
  if (input.probe !== 'checking' && input.probe.state === 'ok') {
    let toolbox: boolean | undefined;
    try {
      toolbox = !!(await new EngineDockerPort(openSession()).inspectImage(TOOLBOX_IMAGE, { signal: AbortSignal.timeout(3000) }));
    } catch {
      toolbox = undefined;
    }
    const message = doctorMessage(input, { mode: currentMode(ctx), toolbox });
    ctx.log.info(`Doctor: ${message}`);
    void vscode.window.showInformationMessage(`Docker Course: ${message}`, SHOW_LOG).then((c) => c && ctx.log.show());
    return { text: view.text, message, input };
  }
  const message = doctorMessage(input);
  ctx.log.warn(`Doctor: ${message}`);
  const actions = view.actions.map((a) => (a === 'retry' ? RETRY : a === 'showLog' ? SHOW_LOG : a === 'openSetupLesson' ? SETUP : TRUST));
  void vscode.window.showErrorMessage(`Docker Course: ${message}`, ...actions).then(async (c) => {
    if (c === RETRY) await showDaemonStatus(ctx, status);
    else if (c === SHOW_LOG) ctx.log.show();
    else if (c === SETUP) await vscode.commands.executeCommand('dockerCourse.openLesson', SETUP_LESSON);
  });
  return { text: view.text, message, input };
}
