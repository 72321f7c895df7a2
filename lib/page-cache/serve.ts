// The page cache in front of Next.js: a page that declared itself cacheable (declare.ts) is kept after its
// first render and served from memory until it expires or something it shows is edited. Hits never reach
// Next.js or PostgreSQL, so they are also what readers get while the database is away.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { acceptsGzip, compressOnTheWay, gzipJoined } from '@/lib/compression';
import { declarationScope } from './declare';
import { freshNonce, joinWithNonce, PLACEHOLDER_HEADER, swapNonceOnTheWay } from './nonce';
import { CACHE_STATUS_HEADER, PUBLIC_CACHE_CONTROL, recordRender } from './record';
import type { SharedTier } from './shared-tier';
import type { CachedPage, PageStore } from './store';

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

// Next.js answers router and prefetch requests differently by these (its own Vary); the rest of a request does not matter.
const VARYING_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-router-state-tree', 'next-url'];
const MAX_VARYING_HEADER = 2048;
// The only query parameters public pages read (pagination; Next's router cache-buster). Any other makes an
// address the cache does not keep, so random query strings cannot push real pages out.
const KEPT_PARAMS = new Set(['page', '_rsc']);
// Never public: no need to look for them in the cache (or ask Redis).
const NEVER_CACHED = /^\/(api|admin|_next|media|sign-in)(\/|$)/;

// Over HTTPS a page carries HSTS and upgrade-insecure-requests (proxy.ts): the scheme is part of the key.
const scheme = (request: IncomingMessage) => (String(request.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() === 'https' ? 'https' : 'http');

/** Where a read of a public page is kept, or null for a request the cache leaves alone. */
export function cacheKeyFor(request: IncomingMessage): string | null {
  if ((request.method !== 'GET' && request.method !== 'HEAD') || request.headers['next-action']) return null;
  const url = new URL(request.url ?? '/', 'http://cache.invalid');
  if (NEVER_CACHED.test(url.pathname) || [...url.searchParams.keys()].some((name) => !KEPT_PARAMS.has(name))) return null;
  const varying = VARYING_HEADERS.map((name) => String(request.headers[name] ?? ''));
  if (varying.some((value) => value.length > MAX_VARYING_HEADER)) return null;
  return [scheme(request), request.url, ...varying].join('\n');
}

type Options = {
  store: PageStore;
  shared?: SharedTier;
  placeholder: string;
  /** While the database is known to be away, an expired page beats a 503. */
  databaseDown: () => boolean;
};

export function createPageCache({ store, shared, placeholder, databaseDown }: Options) {
  // Pages being rendered right now: meanwhile their expired copy is served, so a spike costs one render.
  const rendering = new Set<string>();

  function serve(request: IncomingMessage, response: ServerResponse, page: CachedPage, status: 'hit' | 'stale') {
    const nonce = freshNonce();
    const gzip = acceptsGzip(request);
    const body = gzip ? gzipJoined(page.parts, store.deflated(page), nonce) : joinWithNonce(page.parts, nonce);
    response.statusCode = page.status;
    for (const [name, value] of page.headers) response.setHeader(name, value.replaceAll(placeholder, nonce));
    response.appendHeader('Vary', 'Accept-Encoding');
    if (gzip) response.setHeader('Content-Encoding', 'gzip');
    response.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
    response.setHeader(CACHE_STATUS_HEADER, status);
    response.setHeader('Content-Length', body.length);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  /** Serves `request` from the cache, or hands it to `render` and keeps the result if the page allows. */
  async function handle(request: IncomingMessage, response: ServerResponse, render: Handler): Promise<void> {
    const key = cacheKeyFor(request);
    if (key) {
      const { fresh, expired } = store.lookup(key);
      if (fresh) return serve(request, response, fresh, 'hit');
      if (expired && (rendering.has(key) || databaseDown())) return serve(request, response, expired, 'stale');
      const fromPeer = await shared?.fetch(key);
      if (fromPeer && store.put(key, fromPeer)) return serve(request, response, fromPeer, 'hit');
    }

    request.headers[PLACEHOLDER_HEADER] = placeholder;
    const nonce = freshNonce();
    // Nearest the socket first: Next.js writes through the recorder, then the nonce swap, then gzip.
    compressOnTheWay(request, response);
    swapNonceOnTheWay(response, placeholder, nonce);
    const keeps = key !== null && request.method === 'GET' && !rendering.has(key);
    const renderedAt = Date.now();
    const scope = declarationScope();
    const recorded = recordRender(response, { declared: scope.declared, readOnly: key !== null, keep: keeps });
    if (keeps) {
      rendering.add(key);
      response.once('close', () => rendering.delete(key));
      response.once('finish', () => {
        const page = recorded({ renderedAt, nonce, placeholder });
        if (page && store.put(key, page)) shared?.keep(key, page);
        // An answer that is not to be kept (gone, moved, no longer public) replaces the old copy; an outage does not.
        else if (response.statusCode < 500) store.remove(key);
      });
    }
    await scope.run(() => render(request, response));
  }

  return { handle };
}
