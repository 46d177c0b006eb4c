import { dockerfileAdapter, type DockerfileRule } from '../../../src/core/lint/dockerfile/adapter';
import { runRuleTests, type RuleTests } from './ruleTester';

export function testDockerfileRule(rule: DockerfileRule, tests: RuleTests): void {
  runRuleTests(dockerfileAdapter, rule, tests);
}
