// Every request the web server takes, top to bottom: refused when its body is too large or it searches too often,
// answered from the page cache when it can be, otherwise rendered by Next.js. A render the pipeline may need whole
// (a document, or a page it may keep) is collected; then the nonce is swapped, the page kept, and the answer
// compressed, here and nowhere else. Everything else (price streams, API answers, client-side navigations, server actions) streams
// through as Next.js writes it, compressed by Next.js, unless it is an error this pipeline replaces.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { parse, type UrlWithParsedQuery } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CLIENT_IP_HEADER } from '@/lib/server/client-ip';
import { acceptsGzip, isCompressible } from '@/lib/server/compression';
import { log } from '@/lib/log';
import { declarationScope, type CacheDeclaration } from '@/lib/server/page-cache/declare';
import { freshNonce, PLACEHOLDER_HEADER } from '@/lib/server/page-cache/nonce';
import { isCacheable, pageFromRender, PUBLIC_CACHE_CONTROL } from '@/lib/server/page-cache/record';
import { cacheKeyFor, replyWithPage, type Reply } from '@/lib/server/page-cache/serve';
import type { SharedTier } from '@/lib/server/page-cache/shared-tier';
import type { PageStore } from '@/lib/server/page-cache/store';
import { refuseBody } from '@/lib/server/request-limits';
import { tooManySearchesResponse, unavailableResponse } from '@/lib/server/unavailable-page';
import { capture, type Collected } from './capture';

type Render = (request: IncomingMessage, response: ServerResponse, parsedUrl?: UrlWithParsedQuery) => Promise<void>;

// A collected render is answered through the response's own methods: Next.js's compression, which wraps them in
// turn, ignores any end() after the one Next.js made.
type Rendered = { collected: Collected; declared: CacheDeclaration | undefined; own: Pick<ServerResponse, 'writeHead' | 'end'> };

type Options = {
  render: Render;
  store: PageStore;
  shared?: SharedTier;
  placeholder: string;
  database: {
    /** What the last health check found: while it is away, an expired page beats a 503. */
    up: () => boolean;
    /** A bounded "can PostgreSQL be reached now?", by a check begun no earlier than `notBefore`. */
    reachable: (notBefore?: number) => Promise<boolean>;
    /** Whether the current request's work failed on its connection to PostgreSQL. */
    lost: () => boolean;
  };
  /** A render that has sent nothing after this long is checked against the database. */
  deadlineMs: number;
  /** Takes one search from a client's allowance (lib/server/rate-limit.ts): 0, or the seconds until it may search. */
  limitSearches?: (client: string) => number;
};

// Next.js answers a page that calls notFound() with an empty error document, the not-found page only in the
// data for client JavaScript (vercel/next.js#98295): such a 404 is rendered again as the `/_not-found` route.
const NOT_FOUND_ROUTE = '/_not-found';
const NEXT_ERROR_DOCUMENT = '<html id="__next_error__"';
const SWAPPED_TYPES = /^text\/(html|x-component)/;
const MIN_GZIP_BYTES = 1024;
const SEARCH_PATH = '/search';
const GONE_OR_MOVED = new Set([301, 308, 404, 410]);
const BODY_HEADERS = ['content-length', 'content-encoding', 'transfer-encoding', 'etag', 'vary', 'last-modified', 'content-type', 'cache-control', 'set-cookie'];

// A request for a page, not Next.js's router or a server action reading their own format.
const forPage = (request: IncomingMessage) => (request.method === 'GET' || request.method === 'HEAD') && !request.headers.rsc && !request.headers['next-action'];
// A browser asking for one.
const wantsDocument = (request: IncomingMessage) => forPage(request) && /text\/html/.test(request.headers.accept ?? '');

const pathOf = (request: IncomingMessage) => new URL(request.url ?? '/', 'http://localhost').pathname;

/**
 * A search a reader asked for: the search page with a query, however its address is spelt (Next.js decodes
 * `/%73earch` to the same page), and not Next.js's prefetch of a link to it, which no one asked for.
 */
function isSearch(request: IncomingMessage): boolean {
  if (request.headers['next-router-prefetch']) return false;
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return false;
  }
  return path.replace(/\/+/g, '/').replace(/(.)\/$/, '$1') === SEARCH_PATH && (url.searchParams.get('q') ?? '').trim() !== '';
}

/** Answers in one piece; `via` is the response's own methods when a render still holds it. */
function reply(response: ServerResponse, { status, headers, body }: Reply, head: boolean, via: Pick<ServerResponse, 'writeHead' | 'end'> = response) {
  // What Next.js said of its own body does not describe this one; the rest (security headers, the request id) stays.
  for (const name of BODY_HEADERS) if (!(name in headers)) response.removeHeader(name);
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
  response.setHeader('Content-Length', body.length);
  (via.writeHead as (status: number) => ServerResponse).call(response, status);
  (via.end as (body?: Buffer) => ServerResponse).call(response, head ? undefined : body);
}

const plainText = (status: number, text: string): Reply => ({ status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: Buffer.from(text) });
const unavailable = (request: IncomingMessage): Reply => {
  const { headers, body } = unavailableResponse(wantsDocument(request));
  return { status: 503, headers, body: Buffer.from(body) };
};

export function createPipeline({ render, store, shared, placeholder, database, deadlineMs, limitSearches }: Options) {
  // Pages being rendered right now: meanwhile their expired copy is served, so a spike costs one render.
  const rendering = new Set<string>();

  /** Next.js's answer, collected when `collect`, or null once it has streamed to the client (or been replaced). */
  async function renderWithNext(request: IncomingMessage, response: ServerResponse, collect: boolean, parsedUrl?: UrlWithParsedQuery): Promise<Rendered | null> {
    const scope = declarationScope();
    const captured = capture(response, { collect, hold: (status) => status === 500 });
    const rendered = scope.run(() => render(request, response, parsedUrl)).catch((error: unknown) => {
      // A render this pipeline answered in place of (an outage) may fail writing to it: nothing is lost.
      if (response.writableEnded) return;
      log('request_handler_error', { error });
      captured.abandon();
      if (!response.headersSent) reply(response, plainText(500, 'Internal Server Error'), false, captured.own);
      else response.destroy();
    });
    let watchdog: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => (watchdog = setTimeout(() => resolve('deadline'), deadlineMs)));
    let outcome = await Promise.race([captured.done, deadline, rendered.then(() => captured.done)]);
    clearTimeout(watchdog);
    // A database that stops answering cannot hang a request: one that is away gets "We'll be right back" now.
    if (outcome === 'deadline') {
      if (captured.untouched() && !(await database.reachable()) && captured.untouched()) {
        captured.abandon();
        reply(response, unavailable(request), false, captured.own);
        return null;
      }
      outcome = await captured.done;
    }
    if (outcome.streamed || response.writableEnded) return null;
    return { collected: outcome.collected, declared: scope.declared(), own: captured.own };
  }

  /** What the reader gets from a collected render: the nonce swapped, an outage or an empty 404 replaced, gzip. */
  async function finish(request: IncomingMessage, response: ServerResponse, collected: Collected, { nonce, gzip, headersBefore }: { nonce: string; gzip: boolean; headersBefore: Set<string> }): Promise<Reply | null> {
    if (collected.status === 500) {
      const failedAt = Date.now();
      // Next.js's error hook notes a lost connection (instrumentation.ts) as the render fails: let it finish first.
      await new Promise(setImmediate);
      // A connection lost is an outage even when the database is back by now (its driver may report the lost
      // connection's error once more); otherwise ask afresh, not by a check begun before this render failed.
      if (database.lost() || !(await database.reachable(failedAt))) return unavailable(request);
    }
    // Whatever the client accepts: a proxy keeps one 404 per address for every client that asks.
    if (collected.status === 404 && forPage(request) && collected.body.includes(NEXT_ERROR_DOCUMENT)) {
      // What the first render set goes (its policy, preloads); the route renders at the reader's address.
      for (const name of response.getHeaderNames()) if (!headersBefore.has(name)) response.removeHeader(name);
      const page = await renderWithNext(request, response, true, { ...parse(request.url ?? '/', true), pathname: NOT_FOUND_ROUTE });
      if (!page) return null;
      // A not-found page that failed in turn (the database gone, say) is the failure it is, not a 404 to keep.
      const status = page.collected.status >= 500 ? page.collected.status : 404;
      return finish(request, response, { ...page.collected, status }, { nonce, gzip, headersBefore });
    }
    const swap = (text: string) => text.replaceAll(placeholder, nonce);
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(collected.headers)) headers[name] = Array.isArray(value) ? value.map(swap) : typeof value === 'string' ? swap(value) : value;
    const type = String(headers['content-type'] ?? '');
    const body = SWAPPED_TYPES.test(type) ? Buffer.from(swap(collected.body.toString('latin1')), 'latin1') : collected.body;
    if (!gzip || headers['content-encoding'] || !isCompressible(type) || body.length < MIN_GZIP_BYTES) return { status: collected.status, headers, body };
    headers['content-encoding'] = 'gzip';
    headers.vary = [headers.vary, 'Accept-Encoding'].filter(Boolean).join(', ');
    return { status: collected.status, headers, body: gzipSync(body) };
  }

  return async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const head = request.method === 'HEAD';
    const gzip = acceptsGzip(request);
    // 1. A body larger than its route takes is refused from its length alone, never read.
    const refusal = refuseBody(pathOf(request), request.headers);
    if (refusal) {
      // As the routes themselves refuse: {"error": …}, which the newsroom's upload shows as it is.
      response.setHeader('Connection', 'close');
      return reply(response, { status: refusal.status, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ error: refusal.message })) }, false);
    }
    // A client searching faster than anyone reads is told when to come back, before any work is done for it.
    const wait = limitSearches && isSearch(request) ? limitSearches(String(request.headers[CLIENT_IP_HEADER] ?? 'unknown')) : 0;
    if (wait > 0) {
      const { headers, body } = tooManySearchesResponse(wantsDocument(request), wait);
      return reply(response, { status: 429, headers, body: Buffer.from(body) }, head);
    }

    // 2. The page cache: a fresh page, or an expired one while it is being rendered or the database is away.
    const key = cacheKeyFor(request);
    if (key) {
      const { fresh, expired } = store.lookup(key);
      if (fresh) return reply(response, replyWithPage(fresh, { store, placeholder, status: 'hit', gzip }), head);
      if (expired && (rendering.has(key) || !database.up())) return reply(response, replyWithPage(expired, { store, placeholder, status: 'stale', gzip }), head);
      const fromPeer = await shared?.fetch(key);
      if (fromPeer && store.put(key, fromPeer)) return reply(response, replyWithPage(fromPeer, { store, placeholder, status: 'hit', gzip }), head);
    }

    // 3. Next.js renders. What is collected is rendered with the placeholder nonce and uncompressed, for step 4.
    const collect = key !== null || wantsDocument(request);
    const acceptEncoding = request.headers['accept-encoding'];
    if (collect) {
      request.headers[PLACEHOLDER_HEADER] = placeholder;
      delete request.headers['accept-encoding'];
    }
    const keeps = key !== null && !head && !rendering.has(key);
    if (keeps) rendering.add(key);
    const renderedAt = Date.now();
    const headersBefore = new Set(response.getHeaderNames());
    try {
      const rendered = await renderWithNext(request, response, collect);
      if (!rendered) return;

      // 4. Keep what may be kept, and answer.
      const { collected, declared } = rendered;
      if (key && isCacheable(collected, declared)) {
        const page = pageFromRender(collected, declared, { renderedAt, placeholder });
        if (keeps && store.put(key, page)) shared?.keep(key, page);
        return reply(response, replyWithPage(page, { store, placeholder, status: 'miss', gzip }), head, rendered.own);
      }
      // An answer that is not to be kept (gone, moved, no longer public) replaces the old copy; an outage does not.
      if (keeps && collected.status < 500) store.remove(key);
      const answer = await finish(request, response, collected, { nonce: freshNonce(), gzip, headersBefore });
      if (!answer) return;
      // Gone or moved is the same for every reader, and a proxy or CDN must be able to keep it: the copy of the page
      // it had is then replaced at its next refresh, instead of being served stale for the rest of its window.
      if (key && GONE_OR_MOVED.has(answer.status) && !answer.headers['set-cookie']) answer.headers['cache-control'] = PUBLIC_CACHE_CONTROL;
      reply(response, answer, head, rendered.own);
    } finally {
      if (keeps) rendering.delete(key);
      if (acceptEncoding !== undefined) request.headers['accept-encoding'] = acceptEncoding;
    }
  };
}
