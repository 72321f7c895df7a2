// The page cache in front of Next.js: a page that declared itself cacheable (declare.ts) is kept after its
// first render and served from memory until it expires or something it shows is edited. Hits never reach
// Next.js or PostgreSQL, so they are also what readers get while the database is away.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { chunkBytes } from '@/lib/response-chunk';
import { acceptsGzip, compressOnTheWay, deflatePieces, gzipJoined } from '@/lib/compression';
import { declarationScope, type CacheDeclaration } from './declare';
import { freshNonce, joinWithNonce, PLACEHOLDER_HEADER, splitOnPlaceholder, swapNonceOnTheWay } from './nonce';
import type { SharedTier } from './shared-tier';
import type { CachedPage, PageStore } from './store';

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** For a CDN or proxy in front: a second of freshness, then a minute of stale-while-revalidate. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=59';
export const CACHE_STATUS_HEADER = 'X-Tickerwire-Cache';
const MAX_PAGE_BYTES = 4 * 1024 * 1024;
// Next.js answers router and prefetch requests differently by these (its own Vary); the rest of a request does not matter.
const VARYING_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-router-state-tree', 'next-url'];
// Per response or per connection; a hit gets its own.
const UNKEPT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'x-request-id', 'age', CACHE_STATUS_HEADER.toLowerCase()]);

// Over HTTPS a page carries HSTS and upgrade-insecure-requests (proxy.ts): the scheme is part of the key.
const scheme = (request: IncomingMessage) => (String(request.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() === 'https' ? 'https' : 'http');
const cacheKey = (request: IncomingMessage) => [scheme(request), request.url ?? '/', ...VARYING_HEADERS.map((name) => request.headers[name] ?? '')].join('\n');

type Options = {
  store: PageStore;
  shared?: SharedTier;
  placeholder: string;
  /** While the database is known to be away, an expired or invalidated page beats a 503. */
  databaseDown: () => boolean;
};

export function createPageCache({ store, shared, placeholder, databaseDown }: Options) {
  // Pages being rendered right now: meanwhile their stale copy is served, so a spike costs one render.
  const rendering = new Set<string>();

  function serve(request: IncomingMessage, response: ServerResponse, page: CachedPage, status: 'hit' | 'stale') {
    const nonce = freshNonce();
    const gzip = acceptsGzip(request);
    const body = gzip ? gzipJoined(page.parts, (page.gzipParts ??= deflatePieces(page.parts)), nonce) : joinWithNonce(page.parts, nonce);
    response.statusCode = page.status;
    for (const [name, value] of page.headers) response.setHeader(name, name === 'content-security-policy' ? value.replaceAll(placeholder, nonce) : value);
    response.appendHeader('Vary', 'Accept-Encoding');
    if (gzip) response.setHeader('Content-Encoding', 'gzip');
    response.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
    response.setHeader('Age', Math.floor((Date.now() - page.renderedAt) / 1000));
    response.setHeader(CACHE_STATUS_HEADER, status);
    response.setHeader('Content-Length', body.length);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  /** Serves `request` from the cache, or hands it to `render` and keeps the result if the page allows. */
  async function handle(request: IncomingMessage, response: ServerResponse, render: Handler): Promise<void> {
    const readOnly = (request.method === 'GET' || request.method === 'HEAD') && !request.headers['next-action'];
    const key = cacheKey(request);
    if (readOnly) {
      const { fresh, stale } = store.lookup(key);
      if (fresh) return serve(request, response, fresh, 'hit');
      if (stale && (rendering.has(key) || databaseDown())) return serve(request, response, stale, 'stale');
      const fromPeer = await shared?.fetch(key);
      if (fromPeer && store.put(key, fromPeer)) return serve(request, response, fromPeer, 'hit');
    }

    request.headers[PLACEHOLDER_HEADER] = placeholder;
    const nonce = freshNonce();
    // Nearest the socket first: Next.js writes through the recorder, then the nonce swap, then gzip.
    compressOnTheWay(request, response);
    swapNonceOnTheWay(response, placeholder, nonce);
    const keeps = readOnly && request.method === 'GET' && !rendering.has(key);
    const renderedAt = Date.now();
    const scope = declarationScope();
    if (keeps) {
      rendering.add(key);
      response.once('close', () => rendering.delete(key));
    }
    markCacheable(response, scope.declared);
    const body = keeps ? recordBody(response) : null;
    response.once('finish', () => {
      const declared = scope.declared();
      const page = body && declared ? toCachedPage(response, body(), declared, { renderedAt, nonce, placeholder }) : null;
      if (page && store.put(key, page)) shared?.keep(key, page);
    });
    await scope.run(() => render(request, response));
  }

  return { handle };
}

// A page that declared itself cacheable says so to the browser and any CDN before its first byte goes out.
function markCacheable(response: ServerResponse, declaration: () => CacheDeclaration | undefined) {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (declaration() && this.statusCode < 400 && !this.hasHeader('set-cookie')) {
      this.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
      this.setHeader(CACHE_STATUS_HEADER, 'miss');
    }
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];
}

// Copies of what Next.js writes, before the nonce swap: the stored body keeps the placeholder.
function recordBody(response: ServerResponse): () => Buffer | null {
  const chunks: Buffer[] = [];
  let bytes = 0;
  const original = { write: response.write, end: response.end };
  const keep = (chunk: unknown, encoding: unknown) => {
    const given = chunkBytes(chunk, encoding);
    if (!given || bytes > MAX_PAGE_BYTES) return;
    // A copy: the writer may reuse its buffer once written.
    const buffer = Buffer.from(given);
    chunks.push(buffer);
    bytes += buffer.length;
  };
  response.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    keep(chunk, typeof encoding === 'string' ? encoding : undefined);
    return original.write.call(this, chunk as never, encoding as never, callback as never);
  } as ServerResponse['write'];
  response.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    keep(chunk, typeof encoding === 'string' ? encoding : undefined);
    return original.end.call(this, chunk as never, encoding as never, callback as never);
  } as ServerResponse['end'];
  return () => (bytes > MAX_PAGE_BYTES ? null : Buffer.concat(chunks));
}

const withoutAcceptEncoding = (vary: string) =>
  vary
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.toLowerCase() !== 'accept-encoding')
    .join(', ');

function toCachedPage(response: ServerResponse, body: Buffer | null, declared: CacheDeclaration, at: { renderedAt: number; nonce: string; placeholder: string }): CachedPage | null {
  if (!body || response.statusCode !== 200 || response.hasHeader('set-cookie')) return null;
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (UNKEPT_HEADERS.has(name) || value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    // A hit adds Accept-Encoding itself, whichever encoding this response had; the header went out with this
    // response's nonce, and the kept copy gets the placeholder back.
    headers.push([name, name === 'vary' ? withoutAcceptEncoding(text) : text.replaceAll(at.nonce, at.placeholder)]);
  }
  return {
    status: 200,
    headers,
    parts: splitOnPlaceholder(body, at.placeholder),
    tags: [...declared.tags],
    renderedAt: at.renderedAt,
    expiresAt: at.renderedAt + declared.maxAgeSeconds * 1000,
  };
}
