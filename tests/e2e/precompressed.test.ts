/**
 * The built site's precompressed assets as `vite preview` serves them (issue 10, first paint;
 * build/precompress.ts): Monaco's chunk, asked for with `Accept-Encoding: br`, comes as the
 * build's Brotli file with `Content-Encoding: br`, whose bytes decompress to the chunk itself;
 * gzip likewise; a client that accepts neither gets the plain file. Every answer keeps the
 * Content-Security-Policy header the preview sends (build/csp.ts). Requests go through
 * node:http, which, unlike fetch, hands back the bytes as they were sent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ORIGIN, ROOT, servedBuild } from './harness';
import { CSP_HEADER } from '../../build/csp';

servedBuild();

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(path: string, headers: Record<string, string>, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${ORIGIN}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const ASSETS = join(ROOT, 'dist/assets');
const monacoChunk = () => readdirSync(ASSETS).find((f) => /^MonacoEditor-.*\.js$/.test(f))!;

describe('precompressed assets under vite preview', { timeout: 60_000 }, () => {
  it('serves the Monaco chunk as Brotli to a browser that accepts it, and the bytes decompress to the chunk', async () => {
    const chunk = monacoChunk();
    expect(chunk).toBeDefined();
    const plain = readFileSync(join(ASSETS, chunk));
    const res = await get(`/assets/${chunk}`, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(res.headers['content-security-policy']).toBe(CSP_HEADER);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    // Sent as the build wrote it (not compressed again per request), and much smaller than the chunk.
    expect(res.body.equals(readFileSync(join(ASSETS, `${chunk}.br`)))).toBe(true);
    expect(res.body.length).toBeLessThan(plain.length / 3);
    expect(brotliDecompressSync(res.body).equals(plain)).toBe(true);
  });

  it('serves gzip to a client without Brotli, the plain file to one that accepts neither', async () => {
    const chunk = monacoChunk();
    const plain = readFileSync(join(ASSETS, chunk));
    const gz = await get(`/assets/${chunk}`, { 'Accept-Encoding': 'gzip, br;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-security-policy']).toBe(CSP_HEADER);
    expect(gunzipSync(gz.body).equals(plain)).toBe(true);
    const identity = await get(`/assets/${chunk}`, { 'Accept-Encoding': 'identity' });
    expect(identity.status).toBe(200);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers.vary).toMatch(/Accept-Encoding/);
    expect(identity.headers['content-security-policy']).toBe(CSP_HEADER);
    expect(identity.body.equals(plain)).toBe(true);
  });

  it('answers a revalidation with 304 and HEAD with the headers only', async () => {
    const chunk = monacoChunk();
    const first = await get(`/assets/${chunk}`, { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(first.status).toBe(200);
    expect(first.headers['content-encoding']).toBe('br');
    expect(first.body.length).toBe(0);
    const etag = first.headers.etag!;
    expect(etag).toBeDefined();
    const again = await get(`/assets/${chunk}`, { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The gzip answer has a validator of its own: a cache must not take one for the other.
    const gz = await get(`/assets/${chunk}`, { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(gz.status).toBe(200);
    expect(gz.headers.etag).not.toBe(etag);
  });

  it('precompressed every JS file the page loads before Monaco, and the page itself still loads', async () => {
    const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const res = await get(src, { 'Accept-Encoding': 'br' });
      expect(res.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(res.body).equals(readFileSync(join(ROOT, 'dist', src)))).toBe(true);
    }
    const page = await get('/', { 'Accept-Encoding': 'br' });
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<div id="root">');
  });
});
