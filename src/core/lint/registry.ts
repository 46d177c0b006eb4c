import { composeAdapter } from './compose/adapter';
import { composeRules } from './compose/index';
import { dockerfileAdapter } from './dockerfile/adapter';
import { dockerfileRules } from './dockerfile/index';
import { lintWith } from './engine';
import { applyAllFixes, renderCatalog, type CatalogTarget } from './catalog';
import type { FileContext, Rule } from './types';

export function catalogTargets(): CatalogTarget[] {
  return [
    {
      title: 'Dockerfile rules',
      rules: dockerfileRules as readonly Rule<unknown>[],
      fence: 'dockerfile',
      fixExample: (rule, text) => {
        const out = lintWith(dockerfileAdapter([rule as never]), text, { reportUnusedSuppressions: false });
        const fixes = out.findings.filter((f) => f.fix).map((f) => f.fix!);
        return fixes.length ? applyAllFixes(text, fixes) : undefined;
      },
    },
    {
      title: 'Compose rules',
      rules: composeRules as readonly Rule<unknown>[],
      fence: 'yaml',
      fixExample: (rule, text) => {
        const out = lintWith(composeAdapter([rule as never]), text, { reportUnusedSuppressions: false }, exampleFiles(rule));
        const fixes = out.findings.filter((f) => f.fix).map((f) => f.fix!);
        return fixes.length ? applyAllFixes(text, fixes) : undefined;
      },
    },
  ];
}

export function renderRulesPage(): string {
  return renderCatalog(catalogTargets());
}

/**
 * The folder examples are linted in: every relative path exists and no file can be read, so path rules
 * stay quiet and nothing depends on the machine; the file name gives compose examples their role.
 */
export function exampleFiles(rule: Rule<unknown>): FileContext {
  const { file, files } = rule.meta.docs.examples;
  const path = file ?? (rule.meta.target === 'compose' ? 'compose.yaml' : 'Dockerfile');
  if (!files) return { path, exists: () => true, read: () => undefined };
  const norm = (p: string) => p.replace(/^\.\//, '').replace(/\/$/, '');
  return {
    path,
    exists: (rel) => norm(rel) === '' || norm(rel) === '.' || Object.keys(files).some((f) => f === norm(rel) || f.startsWith(`${norm(rel)}/`)),
    read: (rel) => files[norm(rel)],
  };
}
