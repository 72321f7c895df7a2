// Every 404 the site's own page in the server's HTML. Next.js 16 answers a page that calls notFound() with its empty
// error document (`<html id="__next_error__">`, the not-found page only in the data for client JavaScript):
// React's server renderer has no error boundaries, so the not-found boundary cannot catch the throw while the
// document is rendered (vercel/next.js#98295, also with a bare Next.js app). An address that matches no route is
// rendered as the `/_not-found` route instead, on the server, inside the root layout. So is every 404 here.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse, type UrlWithParsedQuery } from 'node:url';
import { chunkBytes, writeCallback } from '@/lib/response-chunk';

type Render = (request: IncomingMessage, response: ServerResponse, parsedUrl?: UrlWithParsedQuery) => Promise<void>;

const NOT_FOUND_ROUTE = '/_not-found';
const ERROR_DOCUMENT = '<html id="__next_error__"';

/**
 * Renders the request with Next.js; a document that comes back as Next's empty 404 error document is thrown away
 * before any of it is sent, and the request is rendered again as the `/_not-found` route, at its own address.
 */
export async function renderWithServerNotFound(request: IncomingMessage, response: ServerResponse, render: Render): Promise<void> {
  // Next.js's router and server actions read their own format; only a browser asking for a document is concerned.
  const document = (request.method === 'GET' || request.method === 'HEAD') && /text\/html/.test(request.headers.accept ?? '') && !request.headers.rsc && !request.headers['next-action'];
  if (!document) return render(request, response);

  const original = { writeHead: response.writeHead, flushHeaders: response.flushHeaders, write: response.write, end: response.end };
  const call = (method: keyof typeof original, args: unknown[]) => (original[method] as (...a: unknown[]) => unknown).apply(response, args);
  const headersBefore = new Set(response.getHeaderNames());
  // A 404's head waits for its first bytes, which tell the error document from a page; nothing else is held.
  let held: unknown[] | null = null;
  let state = 'watching' as 'watching' | 'passing' | 'discarding';

  const decide = (chunk: unknown, encoding: unknown) => {
    if (state !== 'watching' || (!held && response.statusCode !== 404)) {
      if (state === 'watching') state = 'passing';
      return;
    }
    const bytes = chunkBytes(chunk, encoding);
    if (!bytes) return;
    state = bytes.includes(ERROR_DOCUMENT) ? 'discarding' : 'passing';
    if (state === 'passing' && held) call('writeHead', held);
  };

  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (state === 'watching' && args[0] === 404) held = args;
    else call('writeHead', args);
    return this;
  } as ServerResponse['writeHead'];
  response.flushHeaders = () => {
    if (state === 'passing' || (state === 'watching' && response.statusCode !== 404)) call('flushHeaders', []);
  };
  response.write = function (chunk: unknown, ...rest: unknown[]) {
    decide(chunk, typeof rest[0] === 'string' ? rest[0] : undefined);
    if (state !== 'discarding') return call('write', [chunk, ...rest]) as boolean;
    writeCallback(...rest)?.();
    return true;
  } as ServerResponse['write'];
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    decide(typeof args[0] === 'function' ? undefined : args[0], typeof args[1] === 'string' ? args[1] : undefined);
    if (state === 'watching' && held) call('writeHead', held);
    if (state !== 'discarding') return call('end', args) as ServerResponse;
    writeCallback(...args)?.();
    return this;
  } as ServerResponse['end'];

  await render(request, response);
  Object.assign(response, original);
  if (state !== 'discarding') return;
  // What the first render set goes (its body's length, preloads, its policy); the second render sets its own.
  for (const name of response.getHeaderNames()) if (!headersBefore.has(name)) response.removeHeader(name);
  await render(request, response, { ...parse(request.url ?? '/', true), pathname: NOT_FOUND_ROUTE });
}
