import { lintCompose } from './compose/index';
import { lintDockerfile } from './dockerfile/index';
import { isComposeFile, isDockerfileName } from './files';
import type { FileContext, LintConfig, LintResult, LintTarget } from './types';

/**
 * Which linter a file belongs to, by its name (and an optional language id from the editor): compose files
 * are recognised by name whatever their language id (`yaml` or `dockercompose`), plus the extra globs.
 */
export function targetOf(path: string, languageId?: string, extraComposeGlobs: readonly string[] = []): LintTarget | undefined {
  if (languageId === 'dockerfile' || isDockerfileName(path)) return 'dockerfile';
  if (languageId === 'dockercompose' || isComposeFile(path, extraComposeGlobs)) return 'compose';
  return undefined;
}

export function lintText(target: LintTarget, text: string, config: LintConfig = {}, files: FileContext = {}): LintResult {
  switch (target) {
    case 'dockerfile': {
      const { findings, crashes } = lintDockerfile(text, config, files);
      return { findings, crashes };
    }
    case 'compose': {
      const { findings, crashes } = lintCompose(text, config, files);
      return { findings, crashes };
    }
  }
}
