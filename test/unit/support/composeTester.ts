import { composeAdapter, type ComposeRule } from '../../../src/core/lint/compose/adapter';
import { runRuleTests, type RuleTests } from './ruleTester';

export function testComposeRule(rule: ComposeRule, tests: RuleTests): void {
  runRuleTests(composeAdapter, rule, tests);
}

/** A FileContext over an in-memory folder: `{ '.env': 'TAG=1', 'app/Dockerfile': 'FROM …' }`. */
export function folder(files: Record<string, string>, path = 'compose.yaml') {
  const norm = (p: string) => p.replace(/^\.\//, '').replace(/\/$/, '');
  return {
    path,
    exists: (rel: string) => {
      const r = norm(rel);
      return r === '' || r === '.' || Object.keys(files).some((f) => f === r || f.startsWith(r + '/'));
    },
    read: (rel: string) => files[norm(rel)],
  };
}
