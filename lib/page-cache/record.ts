// What a render leaves for the page cache: the response's headers marked for a CDN when the page declared itself
// cacheable, and a copy of its body, taken before the nonce swap so it keeps the placeholder.
import type { ServerResponse } from 'node:http';
import { chunkBytes } from '@/lib/response-chunk';
import type { CacheDeclaration } from './declare';
import { splitOnPlaceholder } from './nonce';
import type { CachedPage } from './store';

/** For a CDN or proxy in front: a second of freshness, then a minute of stale-while-revalidate. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=59';
export const CACHE_STATUS_HEADER = 'X-Tickerwire-Cache';
const MAX_PAGE_BYTES = 4 * 1024 * 1024;
// Per response or per connection; a hit gets its own.
const UNKEPT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'x-request-id', 'age', CACHE_STATUS_HEADER.toLowerCase()]);

const withoutAcceptEncoding = (vary: string) =>
  vary
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v && v.toLowerCase() !== 'accept-encoding')
    .join(', ');

/**
 * Watches a render. At its first byte, a successful read of a page that declared itself cacheable is marked public
 * and, if `keep` is set, copied from then on; anything else (an error, a redirect, a stream) is never copied.
 */
export function recordRender(response: ServerResponse, { declared, readOnly, keep }: { declared: () => CacheDeclaration | undefined; readOnly: boolean; keep: boolean }) {
  const original = { writeHead: response.writeHead, write: response.write, end: response.end };
  const chunks: Buffer[] = [];
  let bytes = 0;
  let copying = false;

  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const cacheable = readOnly && this.statusCode === 200 && declared() !== undefined && !this.hasHeader('set-cookie');
    if (cacheable) {
      this.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
      this.setHeader(CACHE_STATUS_HEADER, 'miss');
    }
    copying = cacheable && keep && !String(this.getHeader('content-type') ?? '').startsWith('text/event-stream');
    return (original.writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];

  const copy = (chunk: unknown, encoding: unknown) => {
    const given = copying ? chunkBytes(chunk, encoding) : undefined;
    if (!given) return;
    bytes += given.length;
    // A copy: the writer may reuse its buffer once written. Past the limit the page is not kept at all.
    if (bytes > MAX_PAGE_BYTES) copying = false;
    else chunks.push(Buffer.from(given));
  };
  response.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    copy(chunk, encoding);
    return original.write.call(this, chunk as never, encoding as never, callback as never);
  } as ServerResponse['write'];
  response.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    copy(chunk, encoding);
    return original.end.call(this, chunk as never, encoding as never, callback as never);
  } as ServerResponse['end'];

  /** The page to keep, once the response has finished, or null when there is none. */
  return (at: { renderedAt: number; nonce: string; placeholder: string }): CachedPage | null => {
    const declaration = declared();
    if (!copying || !declaration) return null;
    const headers: [string, string][] = [];
    for (const [name, value] of Object.entries(response.getHeaders())) {
      if (UNKEPT_HEADERS.has(name) || value === undefined) continue;
      const text = (Array.isArray(value) ? value.join(', ') : String(value)).replaceAll(at.nonce, at.placeholder);
      // A hit adds Accept-Encoding itself, whichever encoding this response had.
      const kept = name === 'vary' ? withoutAcceptEncoding(text) : text;
      if (kept) headers.push([name, kept]);
    }
    return {
      status: 200,
      headers,
      parts: splitOnPlaceholder(Buffer.concat(chunks), at.placeholder),
      tags: [...declaration.tags],
      renderedAt: at.renderedAt,
      expiresAt: at.renderedAt + declaration.maxAgeSeconds * 1000,
    };
  };
}
