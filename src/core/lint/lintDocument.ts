import { lintCompose } from './compose/index';
import { lintDockerfile } from './dockerfile/index';
import { isComposeName, isDockerfileName } from './files';
import type { FileContext, LintConfig, LintResult, LintTarget } from './types';

/** Which linter a file belongs to, by its name (and an optional language id from the editor). */
export function targetOf(path: string, languageId?: string): LintTarget | undefined {
  if (languageId === 'dockerfile' || isDockerfileName(path)) return 'dockerfile';
  if (languageId === 'dockercompose' || isComposeName(path)) return 'compose';
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
