/**
 * A throwaway registry for the real-engine rig: the parts of the distribution API (v2) that `docker push`
 * uses, in memory, on 127.0.0.1 (which the engine treats as an insecure registry by default). Pushing an
 * image to it gives the image a RepoDigest, as a real registry does, without any network access. It serves
 * only this test run and stops with it.
 */
import { createHash, randomUUID } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export class LocalRegistry {
  private readonly server: http.Server;
  private readonly blobs = new Map<string, Buffer>();
  private readonly uploads = new Map<string, Buffer[]>();
  private readonly manifests = new Map<string, { body: Buffer; type: string; digest: string }>();

  constructor() {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, Buffer.concat(chunks), res));
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://registry');
    const path = url.pathname;
    res.setHeader('Docker-Distribution-API-Version', 'registry/2.0');
    const send = (status: number, headers: Record<string, string | number> = {}, data?: Buffer) => {
      res.writeHead(status, { 'Content-Length': data?.length ?? 0, ...headers });
      res.end(req.method === 'HEAD' ? undefined : data);
    };
    if (path === '/v2/' || path === '/v2') return send(200, { 'Content-Type': 'application/json' }, Buffer.from('{}'));
    let m = /^\/v2\/(.+)\/blobs\/uploads\/([^/]*)$/.exec(path);
    if (m) {
      const [, name, id] = m;
      if (req.method === 'POST') {
        const uuid = randomUUID();
        this.uploads.set(uuid, []);
        return send(202, { Location: `/v2/${name}/blobs/uploads/${uuid}`, 'Docker-Upload-UUID': uuid, Range: '0-0' });
      }
      const parts = this.uploads.get(id);
      if (!parts) return send(404);
      if (body.length) parts.push(body);
      const size = parts.reduce((n, p) => n + p.length, 0);
      if (req.method === 'PATCH') return send(202, { Location: `/v2/${name}/blobs/uploads/${id}`, 'Docker-Upload-UUID': id, Range: `0-${Math.max(0, size - 1)}` });
      if (req.method === 'PUT') {
        const data = Buffer.concat(parts);
        const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
        if (url.searchParams.get('digest') !== digest) return send(400);
        this.blobs.set(digest, data);
        this.uploads.delete(id);
        return send(201, { Location: `/v2/${name}/blobs/${digest}`, 'Docker-Content-Digest': digest });
      }
      return send(405);
    }
    m = /^\/v2\/(.+)\/blobs\/(sha256:[0-9a-f]{64})$/.exec(path);
    if (m) {
      const data = this.blobs.get(m[2]);
      if (!data) return send(404);
      return send(200, { 'Content-Type': 'application/octet-stream', 'Docker-Content-Digest': m[2] }, data);
    }
    m = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(path);
    if (m) {
      const key = `${m[1]}:${m[2]}`;
      if (req.method === 'PUT') {
        const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
        const entry = { body, type: String(req.headers['content-type'] ?? 'application/vnd.docker.distribution.manifest.v2+json'), digest };
        this.manifests.set(key, entry);
        this.manifests.set(`${m[1]}:${digest}`, entry);
        return send(201, { Location: `/v2/${m[1]}/manifests/${digest}`, 'Docker-Content-Digest': digest });
      }
      const entry = this.manifests.get(key);
      if (!entry) return send(404);
      return send(200, { 'Content-Type': entry.type, 'Docker-Content-Digest': entry.digest }, entry.body);
    }
    send(404);
  }
}
