// The page cache's side of a request: which requests it may answer (their key), and a kept page as a reader gets
// it. lib/server/pipeline.ts decides when; hits never reach Next.js or PostgreSQL, so they are also what readers get
// while the database is away.
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { gzipJoined } from '@/lib/server/compression';
import { freshNonce, joinWithNonce } from './nonce';
import { CACHE_STATUS_HEADER, PUBLIC_CACHE_CONTROL } from './record';
import type { CachedPage, PageStore } from './store';

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

export type Reply = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

/** A kept page as one reader gets it: a nonce of their own, gzipped when they take it, marked for a CDN. */
export function replyWithPage(page: CachedPage, { store, placeholder, status, gzip }: { store: PageStore; placeholder: string; status: 'hit' | 'stale' | 'miss'; gzip: boolean }): Reply {
  const nonce = freshNonce();
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of page.headers) headers[name] = value.replaceAll(placeholder, nonce);
  headers.vary = [headers.vary, 'Accept-Encoding'].filter(Boolean).join(', ');
  if (gzip) headers['content-encoding'] = 'gzip';
  headers['cache-control'] = PUBLIC_CACHE_CONTROL;
  headers[CACHE_STATUS_HEADER.toLowerCase()] = status;
  return { status: page.status, headers, body: gzip ? gzipJoined(store.deflated(page), nonce) : joinWithNonce(page.parts, nonce) };
}
