/**
 * build/precompress.ts on a directory of its own (issue 10, first paint): which files get
 * `.br`/`.gz` siblings, how Accept-Encoding picks one, and what the middleware leaves to the
 * next handler (ranges, other methods, files without a sibling, paths outside the root).
 * tests/e2e/precompressed.test.ts checks the same on the real build under `vite preview`.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accepts, precompressDir, servePrecompressed } from '../../build/precompress';

let root: string;
let server: Server;
let origin: string;
const script = Buffer.from(Array.from({ length: 400 }, (_, i) => `console.log("line ${i % 7}");\n`).join(''));

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'precompress-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets/app.js'), script);
  writeFileSync(join(root, 'assets/tiny.js'), 'export {};\n');
  writeFileSync(join(root, 'assets/random.png'), Buffer.alloc(4096, 7));
  writeFileSync(join(root, 'secret.js'), script);
  const serve = servePrecompressed(join(root, 'assets'), { 'X-Policy': 'kept' });
  server = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('next');
    }),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 30_000);

afterAll(() => {
  server?.close();
  rmSync(root, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = request(`${origin}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('precompressDir', () => {
  it('writes .br and .gz next to compressible files of 1 KB and more, and they decompress to the file', async () => {
    const written = await precompressDir(root);
    expect(written.map((p) => p.slice(root.length + 1))).toEqual(['assets/app.js.br', 'assets/app.js.gz', 'secret.js.br', 'secret.js.gz']);
    expect(readdirSync(join(root, 'assets')).sort()).toEqual(['app.js', 'app.js.br', 'app.js.gz', 'random.png', 'tiny.js']);
  });
});

describe('accepts', () => {
  it('reads tokens, q-values and *', () => {
    expect(accepts('gzip, deflate, br', 'br')).toBe(true);
    expect(accepts('gzip, br;q=0', 'br')).toBe(false);
    expect(accepts('BR;Q=0.5', 'br')).toBe(true);
    expect(accepts('gzip', 'br')).toBe(false);
    expect(accepts('*', 'br')).toBe(true);
    expect(accepts('*;q=0, gzip', 'br')).toBe(false);
    expect(accepts(undefined, 'gzip')).toBe(false);
  });
});

describe('servePrecompressed', () => {
  it('prefers Brotli, then gzip, with the given headers, Vary and a per-encoding validator', async () => {
    const br = await get('/app.js', { 'Accept-Encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['x-policy']).toBe('kept');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).equals(script)).toBe(true);
    const gz = await get('/app.js', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(script)).toBe(true);
    expect(gz.headers.etag).not.toBe(br.headers.etag);
    expect((await get('/app.js', { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag! })).status).toBe(304);
  });

  it('leaves to the next handler what it has no sibling for, ranges, other methods and paths outside its root', async () => {
    const next = async (path: string, headers: Record<string, string> = { 'Accept-Encoding': 'br' }, method?: string) =>
      (await get(path, headers, method)).body.toString();
    expect(await next('/app.js', {})).toBe('next');
    expect(await next('/tiny.js')).toBe('next');
    expect(await next('/random.png')).toBe('next');
    expect(await next('/missing.js')).toBe('next');
    expect(await next('/app.js', { 'Accept-Encoding': 'br', Range: 'bytes=0-9' })).toBe('next');
    expect(await next('/app.js', { 'Accept-Encoding': 'br' }, 'POST')).toBe('next');
    // secret.js has siblings, but one directory above the root served.
    expect(await next('/..%2Fsecret.js')).toBe('next');
    expect(await next('/%2e%2e/secret.js')).toBe('next');
    // Without a usable encoding the plain answer still says that it varies.
    expect((await get('/app.js', { 'Accept-Encoding': 'identity' })).headers.vary).toBe('Accept-Encoding');
  });
});
