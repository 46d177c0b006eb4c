import { composeAdapter } from './compose/adapter';
import { composeRules } from './compose/index';
import { dockerfileAdapter } from './dockerfile/adapter';
import { dockerfileRules } from './dockerfile/index';
import { lintWith } from './engine';
import { applyAllFixes, renderCatalog, renderRulePages, type CatalogTarget } from './catalog';
import { withOptInEnabled } from './severity';
import type { FileContext, Rule } from './types';

export function catalogTargets(): CatalogTarget[] {
  return [
    {
      title: 'Dockerfile rules',
      rules: dockerfileRules as readonly Rule<unknown>[],
      fence: 'dockerfile',
      fixExample: (rule, text) => {
        const out = lintWith(dockerfileAdapter([rule as never]), text, withOptInEnabled({ reportUnusedSuppressions: false }, [rule.meta]), exampleFiles(rule, 'bad'));
        const fixes = out.findings.filter((f) => f.fix).map((f) => f.fix!);
        return fixes.length ? applyAllFixes(text, fixes) : undefined;
      },
    },
    {
      title: 'Compose rules',
      rules: composeRules as readonly Rule<unknown>[],
      fence: 'yaml',
      fixExample: (rule, text) => {
        const out = lintWith(composeAdapter([rule as never]), text, withOptInEnabled({ reportUnusedSuppressions: false }, [rule.meta]), exampleFiles(rule, 'bad'));
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

/**
 * The folder a rule's example is linted in. With `docs.examples.files` only those files (and the folders
 * holding them) exist; without, every path exists and no file can be read, so the example does not depend on
 * the machine. `docs.examples.file` names the linted file (compose rules behave by file role).
 */
export function exampleFiles(rule: Rule<unknown>, which: 'bad' | 'good'): FileContext {
  const { file, files } = rule.meta.docs.examples;
  const path = file;
  const given = files?.[which];
  if (!given) return { path, exists: () => true, read: () => undefined };
  const norm = (p: string) => p.replace(/^\.\//, '').replace(/\/$/, '');
  const has = (p: string) => Object.prototype.hasOwnProperty.call(given, p);
  return {
    path,
    exists: (rel) => {
      const r = norm(rel);
      return r === '' || r === '.' || has(r) || Object.keys(given).some((f) => f.startsWith(`${r}/`));
    },
    read: (rel) => (has(norm(rel)) ? given[norm(rel)] : undefined),
  };
}
