import * as vscode from 'vscode';
import { lessonById } from '../../core/course/catalog';
import { isCourseModeSetting } from '../../core/course/mode';
import { renderReferenceCommands } from '../../core/course/solve';
import { COURSE_SCHEME, extensionFile, type CourseContext } from './common';

/**
 * Serves read-only documents under `docker-course:`: the extension's lab files (`/walkthroughs/labs/…`),
 * an empty document (`/empty/…`, the left side of a diff when the learner has no such file yet), and
 * the reference commands of a lesson (`/reference/<lessonId>.md?offline|online`).
 */
export function registerCourseContent(ctx: CourseContext): void {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
      const p = uri.path.replace(/^\/+/, '');
      if (p.startsWith('empty/')) return '';
      const ref = /^reference\/([a-z0-9-]+)\.md$/.exec(p);
      if (ref) {
        const lesson = lessonById(ref[1]);
        const mode = isCourseModeSetting(uri.query) && uri.query !== 'auto' ? uri.query : 'online';
        return (lesson && renderReferenceCommands(lesson, mode)) ?? `No reference commands for ${ref[1]}.`;
      }
      if (!p.startsWith('walkthroughs/')) throw new Error(`docker-course: nothing is served at ${uri.path}`);
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(extensionFile(ctx, p)));
    },
  };
  ctx.extension.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(COURSE_SCHEME, provider));
}
