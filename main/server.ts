// Runtime: node. Web mode: the built renderer and the same API handlers over HTTP.
// The API is reachable by any page the user's browser opens, so it defends itself:
//  - it listens on 127.0.0.1 only;
//  - every API call must carry the random per-launch token (header x-mandate-token), which only
//    the address printed at launch knows (in its #fragment, never sent to the server);
//  - the Host header must name this server, so a DNS-rebinding page cannot reach it by name;
//  - API calls must be JSON POSTs (a cross-site form cannot send one without a CORS preflight,
//    and no CORS header is ever sent, so preflights fail);
//  - request bodies are capped.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { apiTokenHeader as tokenHeader, operations, type ApiError, type OperationName } from './api.ts';
import { dispatch, type Handlers } from './handlers.ts';


/** Content Security Policy of the served pages: own scripts only, no framing, no plugins. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface ServerOptions {
  handlers: Handlers;
  /** the built renderer (dist/renderer) */
  rendererDir: string;
  /** 0 (default): a free port chosen by the system */
  port?: number;
  /** defaults to 32 random bytes; tests may fix one */
  token?: string;
  /** default 8 MiB: a large matter with text edits is well under 1 MiB */
  maxBodyBytes?: number;
}

export interface RunningServer {
  /** the address to open, token included: http://127.0.0.1:<port>/#token=<token> */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const statusOf: Record<ApiError['code'], number> = { 'invalid-input': 400, 'not-found': 404, conflict: 409, refused: 422, unavailable: 503, internal: 500 };

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    ...extra,
  });
  res.end(body);
}

const sendError = (res: ServerResponse, status: number, code: ApiError['code'], message: string) =>
  send(res, status, JSON.stringify({ error: { code, message, issues: [] } }), 'application/json; charset=utf-8', { 'cache-control': 'no-store' });

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      resolveBody('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.destroy();
        resolveBody('too-large');
      } else chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const limit = options.maxBodyBytes ?? 8 * 1024 * 1024;
  const root = resolve(options.rendererDir);
  let allowedHosts = new Set<string>();

  async function api(req: IncomingMessage, res: ServerResponse, name: string) {
    if (req.method !== 'POST') return sendError(res, 405, 'invalid-input', 'API calls are POST requests.');
    if (!sameToken(req.headers[tokenHeader], token))
      return sendError(res, 401, 'refused', 'Missing or wrong token. Open Mandate at the address printed when it started (it carries the token).');
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return sendError(res, 415, 'invalid-input', 'API calls send JSON (content-type: application/json).');
    if (!Object.hasOwn(operations, name)) return sendError(res, 404, 'not-found', `There is no operation "${name}".`);
    const body = await readBody(req, limit);
    if (body === 'too-large') return sendError(res, 413, 'invalid-input', `The request is larger than ${Math.round(limit / 1024)} KiB.`);
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch (e) {
      return sendError(res, 400, 'invalid-input', `The request body is not valid JSON: ${(e as Error).message}.`);
    }
    const result = await dispatch(options.handlers, name as OperationName, input);
    const status = result.ok ? 200 : statusOf[result.error.code];
    send(res, status, JSON.stringify(result.ok ? { value: result.value } : { error: result.error }), 'application/json; charset=utf-8', { 'cache-control': 'no-store' });
  }

  function asset(req: IncomingMessage, res: ServerResponse, pathname: string) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    const file = resolve(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    if (!existsSync(file) || !statSync(file).isFile()) {
      if (relative === 'index.html')
        return send(res, 503, 'The Mandate interface has not been built yet. Run "npm run build", then reload this page.', 'text/plain; charset=utf-8');
      return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    }
    const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'cache-control': 'no-cache' };
    if (type.startsWith('text/html')) Object.assign(headers, { 'content-security-policy': contentSecurityPolicy, 'x-frame-options': 'DENY' });
    send(res, 200, req.method === 'HEAD' ? '' : readFileSync(file), type, headers);
  }

  const server = createServer((req, res) => {
    // DNS rebinding: a page at evil.example resolved to 127.0.0.1 still sends Host: evil.example.
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase()))
      return send(res, 421, 'Wrong Host header: Mandate answers only at the 127.0.0.1 address it printed.', 'text/plain; charset=utf-8');
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = /^\/api\/([A-Za-z]+)$/.exec(pathname);
    Promise.resolve(route ? api(req, res, route[1]!) : asset(req, res, pathname)).catch((e: Error) => {
      if (!res.headersSent) sendError(res, 500, 'internal', `Unexpected server error: ${e.message}`);
      else res.destroy();
    });
  });
  server.requestTimeout = 60_000;

  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port ?? 0, host: '127.0.0.1' }, () => {
      const port = (server.address() as AddressInfo).port;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      const origin = `http://127.0.0.1:${port}`;
      resolveStart({
        url: `${origin}/#token=${token}`,
        origin,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
