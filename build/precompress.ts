/**
 * Precompressed assets (issue 10, first paint): the build writes a Brotli (`.br`) and a gzip
 * (`.gz`) copy next to every large text asset, and `vite preview` serves them to a browser that
 * accepts them.
 *
 * Why: `vite preview` compresses every response on the fly (gzip, default level), so each cold
 * load made the server gzip Monaco's 3 MB chunk again, on the same two cores as the browser that
 * was painting the first timeline; bench:ui's cold trace showed the chunk taking 2.2 s to arrive
 * from 127.0.0.1 and the 470 KB entry 0.5 s. A file on disk is sent as it is. Other servers can
 * send the same siblings (nginx's `gzip_static`, for one).
 *
 * The preview middleware answers only GET/HEAD requests without a Range for files that have a
 * sibling; everything else goes on to Vite's own static server. It sends the headers that one
 * sends (type, length, validators, `Cache-Control: no-cache`, and `preview.headers`, i.e. the
 * Content-Security-Policy of build/csp.ts), plus `Content-Encoding` and `Vary: Accept-Encoding`.
 */
import { createHash } from 'node:crypto';
import {
  createReadStream,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Plugin, ResolvedConfig } from 'vite';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The text types worth compressing, with the Content-Type the preview sends for them. */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html;charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain',
  '.ttf': 'font/ttf',
};

/** Below 1 KB compressing saves next to nothing (Vite's on-the-fly compression has the same threshold). */
const MIN_BYTES = 1024;

/** The encodings written, in the server's order of preference. */
export const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const;

type Encoding = (typeof ENCODINGS)[number];

function compress(data: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding.name === 'gzip') return gzipAsync(data, { level: 9 });
  return brotliAsync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Cached compressions unused for this long are deleted (a build touches the ones it uses). */
const CACHE_DAYS = 7;

/**
 * Compresses `data`, through a cache keyed by its content: Brotli at its best quality takes
 * ~6 s of CPU for Monaco's chunk, and every browser-test file builds the app again
 * (tests/e2e/harness.ts) with the same Monaco, so an unchanged file is compressed once.
 */
async function compressCached(data: Buffer, encoding: Encoding, cacheDir: string | undefined): Promise<Buffer> {
  if (!cacheDir) return compress(data, encoding);
  const path = join(cacheDir, `${createHash('sha256').update(data).digest('hex')}${encoding.ext}`);
  try {
    const hit = readFileSync(path);
    const now = new Date();
    utimesSync(path, now, now);
    return hit;
  } catch {
    const packed = await compress(data, encoding);
    mkdirSync(cacheDir, { recursive: true });
    // Written whole then renamed: builds in other worktrees share the cache.
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, packed);
    renameSync(partial, path);
    return packed;
  }
}

function pruneCache(cacheDir: string): void {
  if (!isDirectory(cacheDir)) return;
  const old = Date.now() - CACHE_DAYS * 24 * 3600 * 1000;
  for (const path of files(cacheDir)) if ((fileStats(path)?.mtimeMs ?? Infinity) < old) rmSync(path, { force: true });
}

/**
 * Writes the `.br` and `.gz` siblings of every compressible file of `dir` that compression
 * makes smaller; `cacheDir` (optional) keeps compressions for the next build.
 */
export async function precompressDir(dir: string, cacheDir?: string): Promise<string[]> {
  const written: string[] = [];
  const jobs: Promise<void>[] = [];
  for (const path of files(dir)) {
    if (!(extname(path) in TYPES)) continue;
    const data = readFileSync(path);
    if (data.length < MIN_BYTES) continue;
    for (const encoding of ENCODINGS) {
      // zlib's async calls run on libuv's thread pool, so the files compress in parallel.
      jobs.push(
        compressCached(data, encoding, cacheDir).then((packed) => {
          if (packed.length >= data.length) return;
          writeFileSync(path + encoding.ext, packed);
          written.push(path + encoding.ext);
        }),
      );
    }
  }
  await Promise.all(jobs);
  if (cacheDir) pruneCache(cacheDir);
  return written.sort();
}

/** Whether an Accept-Encoding header accepts `name` (listed, or `*`, with a q-value above 0). */
export function accepts(header: string | undefined, name: string): boolean {
  let star = false;
  for (const part of (header ?? '').split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (token.trim() === name) return weight > 0;
    if (token.trim() === '*') star = weight > 0;
  }
  return star;
}

type Next = (err?: unknown) => void;

/** The connect middleware that serves the precompressed siblings under `root`. */
export function servePrecompressed(root: string, headers: OutgoingHttpHeaders = {}) {
  const base = resolve(root);
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range) return next();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://preview').pathname);
    } catch {
      return next();
    }
    const type = TYPES[extname(pathname)];
    const file = resolve(base, `.${pathname}`);
    if (!type || !file.startsWith(base + sep) || !fileStats(file)) return next();
    const variants = ENCODINGS.map((e) => ({ encoding: e, stats: fileStats(file + e.ext) })).filter((v) => v.stats);
    if (variants.length === 0) return next();
    // Caches must keep the encodings apart, the plain answer included (after Vite's CORS `Vary: Origin`).
    const vary = res.getHeader('Vary');
    res.setHeader('Vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
    const chosen = variants.find((v) => accepts(req.headers['accept-encoding'], v.encoding.name));
    if (!chosen) return next();
    const stats = chosen.stats!;
    const etag = `W/"${stats.size}-${stats.mtime.getTime()}-${chosen.encoding.name}"`;
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', stats.mtime.toUTCString());
    // As Vite's preview sends its files: the browser revalidates (a 304 when unchanged).
    res.setHeader('Cache-Control', 'no-cache');
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', chosen.encoding.name);
    res.setHeader('Content-Length', stats.size);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file + chosen.encoding.ext)
      .on('error', (err) => (res.headersSent ? res.destroy(err) : next(err)))
      .pipe(res);
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function fileStats(path: string): Stats | undefined {
  try {
    const s = statSync(path);
    return s.isFile() ? s : undefined;
  } catch {
    return undefined;
  }
}

/** The Vite plugin: precompress the client build when it is written; serve the result in `vite preview`. */
export function precompressedAssets(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'async-lanes-precompress',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle: {
      // After every other plugin wrote its files (the default recording is inside the entry chunk).
      order: 'post',
      sequential: true,
      async handler(options) {
        if (this.environment.name !== 'client' || !options.dir) return;
        const written = await precompressDir(options.dir, join(config.cacheDir, 'precompressed'));
        config.logger.info(`precompressed ${written.length} files (${relative(config.root, options.dir)}: .br and .gz)`);
      },
    },
    configurePreviewServer(server) {
      const dist = resolve(server.config.root, server.config.build.outDir);
      // Registered before Vite's own compression and static middlewares, so a precompressed
      // file is answered here and never compressed again.
      server.middlewares.use(servePrecompressed(dist, server.config.preview.headers ?? {}));
    },
  };
}
