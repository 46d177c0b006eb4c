import { dockerfileAdapter } from './dockerfile/adapter';
import { dockerfileRules } from './dockerfile/index';
import { lintWith } from './engine';
import { applyAllFixes, renderCatalog, renderRulePages, type CatalogTarget } from './catalog';
import { withOptInEnabled } from './severity';
import type { Rule } from './types';

export function catalogTargets(): CatalogTarget[] {
  return [
    {
      title: 'Dockerfile rules',
      rules: dockerfileRules as readonly Rule<unknown>[],
      fence: 'dockerfile',
      fixExample: (rule, text) => {
        const out = lintWith(dockerfileAdapter([rule as never]), text, withOptInEnabled({ reportUnusedSuppressions: false }, [rule.meta]));
        const fixes = out.findings.filter((f) => f.fix).map((f) => f.fix!);
        return fixes.length ? applyAllFixes(text, fixes) : undefined;
      },
    },
  ];
}

export function renderRulesPage(): string {
  return renderCatalog(catalogTargets());
}

export function renderRuleDocPages(): Map<string, string> {
  return renderRulePages(catalogTargets());
}
