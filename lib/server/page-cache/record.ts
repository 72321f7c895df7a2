// What a render leaves for the page cache: a successful read of a page that declared itself cacheable becomes a
// CachedPage, its body split around the nonce placeholder so each reader gets a nonce of their own.
import type { OutgoingHttpHeaders } from 'node:http';
import type { CacheDeclaration } from './declare';
import { splitOnPlaceholder } from './nonce';
import type { CachedPage } from './store';

/** For a CDN or proxy in front: a second of freshness, then a minute of stale-while-revalidate. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=59';
export const CACHE_STATUS_HEADER = 'X-Tickerwire-Cache';
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;
// Per response or per connection; a hit gets its own.
const UNKEPT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'x-request-id', 'age', 'cache-control', CACHE_STATUS_HEADER.toLowerCase()]);

const withoutAcceptEncoding = (vary: string) =>
  vary
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v && v.toLowerCase() !== 'accept-encoding')
    .join(', ');

type Render = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

/** A render the same for every reader: a 200 that declared itself cacheable, sets no cookie and is no stream. */
export function isCacheable(render: Render, declaration: CacheDeclaration | undefined): declaration is CacheDeclaration {
  const type = String(render.headers['content-type'] ?? '');
  return render.status === 200 && declaration !== undefined && render.headers['set-cookie'] === undefined && !type.startsWith('text/event-stream') && render.body.length <= MAX_PAGE_BYTES;
}

/** The page to keep from a cacheable render, as rendered: with the placeholder, not a reader's nonce. */
export function pageFromRender(render: Render, declaration: CacheDeclaration, { renderedAt, placeholder }: { renderedAt: number; placeholder: string }): CachedPage {
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(render.headers)) {
    if (UNKEPT_HEADERS.has(name) || value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    // A hit adds Accept-Encoding itself, whichever encoding this response had.
    const kept = name === 'vary' ? withoutAcceptEncoding(text) : text;
    if (kept) headers.push([name, kept]);
  }
  return {
    status: 200,
    headers,
    parts: splitOnPlaceholder(render.body, placeholder),
    tags: [...declaration.tags],
    renderedAt,
    expiresAt: renderedAt + declaration.maxAgeSeconds * 1000,
  };
}
