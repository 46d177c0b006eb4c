import * as assert from 'node:assert/strict';
import { dockerfileAdapter } from '../../../src/core/lint/dockerfile/adapter';
import { dockerfileRules, lintDockerfile } from '../../../src/core/lint/dockerfile/index';
import { lintWith } from '../../../src/core/lint/engine';
import { defineRule } from '../../../src/core/lint/rule';
import type { DockerfileModel } from '../../../src/core/lint/dockerfile/model';

const ids = (text: string, config = {}) => lintDockerfile(text, config).findings.map((f) => `${f.ruleId}:${f.range.start.line + 1}`);

describe('lint engine', () => {
  describe('suppression comments', () => {
    it('docker-course ignore hides the next instruction only', () => {
      const text = '# docker-course ignore=DF01\nFROM ubuntu\nFROM debian';
      assert.deepEqual(ids(text), ['DF01:3']);
    });
    it('accepts names, several ids and a -- reason', () => {
      const text = '# docker-course ignore=pin-base-image-tag, DF15 -- legacy base kept on purpose\nFROM ubuntu\nMAINTAINER x';
      assert.deepEqual(ids(text), ['DF15:3']);
    });
    it('global ignore hides the rule in the whole file, wherever the comment is', () => {
      const text = 'FROM ubuntu\n# docker-course global ignore=DF01\nFROM debian';
      assert.deepEqual(ids(text), []);
    });
    it('hadolint ignore maps through sources, only for the matching part of a rule', () => {
      const text = 'FROM debian:12\n# hadolint ignore=DL3015\nRUN apt-get install curl=7.88.1-10+deb12u8';
      assert.deepEqual(lintDockerfile(text).findings.map((f) => f.messageId), ['assumeYes']);
    });
    it('hadolint global ignore and check=skip (file header and per instruction)', () => {
      assert.deepEqual(ids('# hadolint global ignore=DL3006\nFROM ubuntu\nFROM debian'), []);
      assert.deepEqual(ids('# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended\nFROM alpine:3.20\nUSER 1000\nCMD run me'), []);
      assert.deepEqual(ids('FROM alpine:3.20\nUSER 1000\n# check=skip=JSONArgsRecommended\nCMD run me\nENTRYPOINT run me').filter((x) => x.startsWith('DF03')), ['DF03:5']);
    });
    it('reports unused and unknown suppressions as hints', () => {
      const f = lintDockerfile('# docker-course ignore=DF01,DF99\nFROM ubuntu:24.04').findings;
      assert.deepEqual(f.map((x) => [x.ruleId, x.messageId, x.severity, x.range.start.character]), [
        ['unused-suppression', 'unused', 'hint', 23],
        ['unused-suppression', 'unknown', 'hint', 28],
      ]);
    });
    it('does not report hadolint ids it does not implement as unused', () => {
      assert.deepEqual(ids('# hadolint ignore=SC2086\nFROM ubuntu:24.04'), []);
    });
  });

  describe('severity', () => {
    it('a user override wins, by id, name or external id; off removes the finding', () => {
      const sev = (rules: Record<string, string>) => lintDockerfile('FROM ubuntu', { rules: rules as never }).findings.map((f) => f.severity);
      assert.deepEqual(sev({ DF01: 'error' }), ['error']);
      assert.deepEqual(sev({ 'pin-base-image-tag': 'info' }), ['info']);
      assert.deepEqual(sev({ DL3006: 'hint' }), ['hint']);
      assert.deepEqual(sev({ DF01: 'off' }), []);
    });
    it('rules taught in a lesson the learner has not passed are info', () => {
      const f = lintDockerfile('FROM ubuntu', { passedLessons: new Set(['c00-l1']) }).findings;
      assert.equal(f[0].severity, 'info');
      const g = lintDockerfile('FROM ubuntu', { passedLessons: new Set(['c02-l2']) }).findings;
      assert.equal(g[0].severity, 'warning');
    });
    it('ignored ids (from .hadolint.yaml) turn rules off', () => {
      assert.deepEqual(ids('FROM ubuntu', { ignored: ['DL3006'] }), []);
    });
  });

  it('a crashing rule is reported with its id and the other findings still show', () => {
    const boom = defineRule<DockerfileModel, 'x'>({ ...dockerfileRules[0].meta, id: 'DF98', name: 'boom', messages: { x: 'x' } }, () => {
      throw new Error('kaboom');
    });
    const out = lintWith(dockerfileAdapter([boom, ...dockerfileRules]), 'FROM ubuntu');
    assert.equal(out.crashes.length, 1);
    assert.equal(out.crashes[0].ruleId, 'DF98');
    assert.match(out.crashes[0].error, /kaboom/);
    assert.deepEqual(out.findings.map((f) => f.ruleId), ['DF01']);
  });

  it('never throws on hostile input', () => {
    for (const text of ['', '\n\n', 'RUN', 'FROM', '\\', 'FROM a AS', 'RUN "unterminated', 'RUN <<EOF', '# escape=`\nRUN `', 'ONBUILD', '\u0000\u0001', 'FROM ${', 'CMD [', 'COPY --from= . .']) {
      const out = lintDockerfile(text);
      assert.deepEqual(out.crashes, [], `crash on ${JSON.stringify(text)}: ${out.crashes.map((c) => c.error).join()}`);
    }
  });
});
