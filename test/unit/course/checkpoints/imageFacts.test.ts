import * as assert from 'node:assert/strict';
import { builtWithBuildKit, describeRow, finalBase, rowKind } from '../../../../src/core/course/checkpoints/imageFacts';

const row = (CreatedBy: string, Comment = '') => ({ Id: '<missing>', Created: 0, CreatedBy, Size: 0, Comment });

describe('image facts shared by the IMG and BLD checkpoints', () => {
  it('classifies history rows of the legacy builder and of BuildKit', () => {
    assert.equal(rowKind(row('/bin/sh -c #(nop) COPY dir:abc in /www/ ')), 'COPY');
    assert.equal(rowKind(row('/bin/sh -c #(nop) ADD file:abc in / ')), 'ADD');
    assert.equal(rowKind(row('/bin/sh -c #(nop)  CMD ["sh"]')), 'other');
    assert.equal(rowKind(row('|1 TOKEN=x /bin/sh -c make')), 'RUN');
    assert.equal(rowKind(row('/bin/busybox --install -s /bin')), 'RUN');
    assert.equal(rowKind(row('COPY site/ /www/ # buildkit')), 'COPY');
    assert.equal(rowKind(row('RUN /bin/sh -c make # buildkit')), 'RUN');
    assert.equal(rowKind(row('USER 65534:65534')), 'other');
    assert.equal(rowKind(row('EXPOSE map[8080/tcp:{}]')), 'other');
  });

  it('shows rows the way a Dockerfile would write them', () => {
    assert.equal(describeRow(row('/bin/sh -c mkdir -p /opt')), 'RUN mkdir -p /opt');
    assert.equal(describeRow(row('|1 TOKEN=abc /bin/sh -c make')), 'RUN |1 TOKEN=abc make');
    assert.equal(describeRow(row('RUN /bin/sh -c make # buildkit')), 'RUN make');
    assert.equal(describeRow(row('/bin/sh -c #(nop) COPY dir:abc in /www/ ')), 'COPY dir:abc in /www/');
  });

  it('tells BuildKit images from legacy ones', () => {
    assert.equal(builtWithBuildKit([row('COPY a /a # buildkit', 'buildkit.dockerfile.v0')]), true);
    assert.equal(builtWithBuildKit([row('/bin/sh -c #(nop) COPY file:a in /a ')]), false);
  });

  it('finds the base image of the final stage', () => {
    assert.equal(finalBase('FROM course/toolbox:1\n'), 'course/toolbox:1');
    assert.equal(finalBase('FROM a:1 AS build\nFROM build AS test\nFROM build\n'), 'a:1');
    assert.equal(finalBase('FROM a:1 AS build\nFROM scratch\nCOPY --from=build /x /x\n'), 'scratch');
    assert.equal(finalBase('ARG V=3\nFROM python:${V}-slim\n'), 'python:3-slim');
  });
});
