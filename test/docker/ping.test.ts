import * as assert from 'node:assert/strict';
import { ping } from '../../src/docker/client';
import { requireDaemon } from './support/daemon';

describe('real daemon: dockerode reaches the engine', function () {
  it('pings and reads an API version of at least 1.41', async function () {
    const client = await requireDaemon(this);
    const { apiVersion } = await ping(client!);
    const [major, minor] = apiVersion.split('.').map(Number);
    assert.ok(major > 1 || (major === 1 && minor >= 41), `API ${apiVersion} is older than the supported floor 1.41`);
  });
});
