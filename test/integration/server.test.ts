// Web mode over real HTTP: loopback only, the token on every API call, the Host check, the
// body limit, no CORS, the renderer served with a CSP; and the browser client end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { loadLibrary } from '../../engine/library.ts';
import { createHttpClient } from '../../main/api-client-http.ts';
import { unwrap } from '../../main/api.ts';
import { createHandlers } from '../../main/handlers.ts';
import { startServer, type RunningServer } from '../../main/server.ts';
import { Store } from '../../main/store/index.ts';
import { tempDir } from './store-fixture.ts';

async function serve(t: { after: (fn: () => unknown) => void }): Promise<RunningServer> {
  const dir = tempDir(t, 'mandate-server-');
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Mandate</title><script type="module" src="app.js"></script>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  const store = await Store.open({ dataDir: join(dir, 'data') });
  const server = await startServer({ handlers: createHandlers({ store, library: loadLibrary() }), rendererDir, maxBodyBytes: 64 * 1024 });
  t.after(() => server.close());
  return server;
}

/** A raw request, so the test controls every header (fetch would set Host itself). */
function raw(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string; host?: string }) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: options.host ?? '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const post = (s: RunningServer, name: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(s.port, { method: 'POST', path: `/api/${name}`, body: JSON.stringify(body), headers: { host: `127.0.0.1:${s.port}`, 'content-type': 'application/json', 'x-mandate-token': s.token, ...headers } });

test('every API call needs the per-launch token', async (t) => {
  const s = await serve(t);
  assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{40,}$/);
  assert.equal((await post(s, 'listMatters', {}, { 'x-mandate-token': '' })).status, 401);
  assert.equal((await post(s, 'listMatters', {}, { 'x-mandate-token': s.token.slice(0, -1) + 'x' })).status, 401);
  const ok = await post(s, 'listMatters', {});
  assert.equal(ok.status, 200);
  assert.deepEqual(JSON.parse(ok.body), { value: [] });
});

test('a wrong Host header is refused (DNS rebinding), for pages and API alike', async (t) => {
  const s = await serve(t);
  assert.equal((await post(s, 'listMatters', {}, { host: `evil.example:${s.port}` })).status, 421);
  assert.equal((await raw(s.port, { path: '/', headers: { host: 'evil.example' } })).status, 421);
  assert.equal((await raw(s.port, { path: '/', headers: { host: `localhost:${s.port}` } })).status, 200);
});

test('the server listens on loopback only', async (t) => {
  const s = await serve(t);
  const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
  if (!external) {
    t.skip('this machine has no non-loopback IPv4 address to try');
    return;
  }
  await assert.rejects(raw(s.port, { path: '/', host: external.address, headers: { host: `127.0.0.1:${s.port}` } }), /ECONNREFUSED/);
});

test('bodies over the limit, non-JSON calls and unknown operations are refused; bad input names the field', async (t) => {
  const s = await serve(t);
  assert.equal((await post(s, 'updateSettings', { author: 'x'.repeat(100 * 1024) })).status, 413);
  assert.equal((await raw(s.port, { method: 'POST', path: '/api/listMatters', body: 'trashed=true', headers: { host: `127.0.0.1:${s.port}`, 'x-mandate-token': s.token, 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
  assert.equal((await post(s, 'dropEverything', {})).status, 404);
  const bad = await post(s, 'createMatter', { kind: 'lease' });
  assert.equal(bad.status, 400);
  assert.equal(JSON.parse(bad.body).error.issues[0].path, 'kind');
  const notJson = await raw(s.port, { method: 'POST', path: '/api/listMatters', body: '{', headers: { host: `127.0.0.1:${s.port}`, 'x-mandate-token': s.token, 'content-type': 'application/json' } });
  assert.equal(notJson.status, 400);
});

test('no CORS: a preflight gets no Access-Control headers', async (t) => {
  const s = await serve(t);
  const preflight = await raw(s.port, { method: 'OPTIONS', path: '/api/listMatters', headers: { host: `127.0.0.1:${s.port}`, origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
  assert.notEqual(preflight.status, 200);
  assert.ok(!Object.keys(preflight.headers).some((h) => h.startsWith('access-control-')));
  const call = await post(s, 'listMatters', {}, { origin: 'https://evil.example' });
  assert.ok(!Object.keys(call.headers).some((h) => h.startsWith('access-control-')));
});

test('the renderer is served with a strict CSP, and nothing outside its folder', async (t) => {
  const s = await serve(t);
  const page = await raw(s.port, { path: '/', headers: { host: `127.0.0.1:${s.port}` } });
  assert.equal(page.status, 200);
  assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
  assert.match(String(page.headers['content-security-policy']), /frame-ancestors 'none'/);
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt'])
    assert.equal((await raw(s.port, { path, headers: { host: `127.0.0.1:${s.port}` } })).status, 404, path);
});

test('the browser client drives the API over HTTP with the same typed results', async (t) => {
  const s = await serve(t);
  const api = createHttpClient({ token: s.token, baseUrl: s.origin });
  const m = unwrap(await api.createMatter({ kind: 'public-security-mou', title: 'MoU with the District Police' }));
  assert.equal(unwrap(await api.getMatter({ id: m.id })).title, 'MoU with the District Police');
  unwrap(await api.updateMatter({ matter: { ...m, title: 'MoU with the Western Region Police' } }));
  assert.equal(unwrap(await api.getRevision({ id: m.id, revision: 1 })).matter.title, 'MoU with the District Police', 'an earlier revision, over HTTP');
  const noRevision = await api.getRevision({ id: m.id, revision: 3 });
  assert.deepEqual(noRevision.ok ? null : [noRevision.error.code, noRevision.error.issues.map((i) => i.path)], ['not-found', ['revision']]);
  const missing = await api.getMatter({ id: 'nope' });
  assert.deepEqual(missing.ok ? null : missing.error.code, 'not-found');
  const invalid = await api.updateSettings({ historyLimit: -3 });
  assert.equal(invalid.ok ? null : invalid.error.issues[0]!.path, 'historyLimit');
  const wrongToken = await createHttpClient({ token: 'nope', baseUrl: s.origin }).listMatters({});
  assert.equal(wrongToken.ok ? null : wrongToken.error.code, 'refused');
  const draft = unwrap(await api.exportMatter({ id: m.id, format: 'pdf', draft: true }));
  assert.equal(draft.saved, 'bytes', 'without a path, web mode returns the bytes for the browser to save');
});

test('`npm run web` entry: starts on loopback, prints the address with its token, and serves the API', async (t) => {
  const dataDir = tempDir(t, 'mandate-web-');
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/server-main.ts', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  t.after(() => child.kill());
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /running in web mode at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  const { origin, hash } = new URL(url);
  const api = createHttpClient({ token: hash.slice('#token='.length), baseUrl: origin });
  assert.deepEqual(unwrap(await api.listMatters({})), []);
  assert.equal(unwrap(await api.getSettings({})).historyLimit, 200);
});
