// Both save endpoints on a real dev server with `server.allowedHosts: true` (Vite's own host check
// off, as behind a tunnel): a request from this machine that names another host, or comes from a
// page of another host, is refused by our check (its own message), and nothing is written.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_SAVE } from '../../scripts/desk-save-plugin';
import { TOUR_SAVE } from '../../scripts/tour-save-plugin';

const root = join(import.meta.dirname, '..', '..');
let tmp = '';
let data = '';
let server: ViteDevServer;
let port = 0;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'fhm-save-host-'));
  data = join(tmp, 'data');
  cpSync(join(root, 'data'), data, { recursive: true });
  process.env.FHM_DESK_DATA_DIR = data;
  server = await createServer({
    root,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, allowedHosts: true, hmr: false, watch: null },
  });
  await server.listen();
  port = (server.httpServer!.address() as AddressInfo).port;
}, 60_000);

afterAll(async () => {
  delete process.env.FHM_DESK_DATA_DIR;
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

function post(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => done({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', fail);
    req.end('{}');
  });
}

describe.each([DESK_SAVE.path, TOUR_SAVE.path])('%s with allowedHosts: true', (path) => {
  it('refuses a foreign Host, even with a matching Origin (DNS rebinding)', async () => {
    const r = await post(path, {
      host: `evil.example:${port}`,
      origin: `http://evil.example:${port}`,
    });
    expect(r.status).toBe(403);
    expect(r.body).toContain('only at localhost, 127.0.0.1 or [::1]');
  }, 60_000);

  it('refuses a loopback Host with a foreign Origin', async () => {
    const r = await post(path, { host: `localhost:${port}`, origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    expect(r.body).toContain('other origin');
  }, 60_000);

  it('answers a loopback request (here: 400 for an empty body), so the refusals above are ours', async () => {
    const r = await post(path, { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` });
    expect(r.status).toBe(400);
    expect(readdirSync(data)).not.toContain('CHANGELOG-data.csv');
  }, 60_000);
});
