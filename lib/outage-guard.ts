import type { IncomingMessage, ServerResponse } from 'node:http';
import { unavailableResponse } from './unavailable-page';

type Options = {
  /** A bounded "can PostgreSQL be reached?" */
  databaseReachable: () => Promise<boolean>;
  /** A response that has not started after this long is checked against the database. */
  deadlineMs: number;
};

// Headers that describe Next.js's body; everything else it set (security headers, say) stays on the 503.
const BODY_HEADERS = ['content-length', 'content-encoding', 'transfer-encoding', 'etag', 'vary', 'last-modified'];

/**
 * Turns a failure caused by the database into the "We'll be right back" page: a 500 from Next.js is held back
 * until it is known whether PostgreSQL can be reached, and answered with 503 and Retry-After when it cannot.
 * A response that has not begun by the deadline gets the same check, so a database that stops answering cannot
 * hang a request. Responses that never touch the database, cached pages included, pass untouched.
 */
export function guardAgainstOutage(request: IncomingMessage, response: ServerResponse, { databaseReachable, deadlineMs }: Options) {
  const original = { writeHead: response.writeHead, flushHeaders: response.flushHeaders, write: response.write, end: response.end };
  const call = (method: keyof typeof original, args: unknown[]) => (original[method] as (...a: unknown[]) => unknown).apply(response, args);
  let held: { head: unknown[]; chunks: unknown[][]; ended: unknown[] | null } | null = null;
  let replaced = false;
  // Next.js's router and server actions read a short text; a browser asking for a document gets the page.
  const wantsPage = /text\/html/.test(request.headers.accept ?? '') && !request.headers.rsc && !request.headers['next-action'];

  const replace = () => {
    replaced = true;
    const { headers, body } = unavailableResponse(wantsPage);
    BODY_HEADERS.forEach((name) => response.removeHeader(name));
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    call('writeHead', [503]);
    call('end', [body]);
  };

  const settle = async () => {
    if (!(await databaseReachable())) return replace();
    call('writeHead', held!.head);
    held!.chunks.forEach((chunk) => call('write', chunk));
    call('end', held!.ended!);
  };

  // True once the response is being held back or replaced; a 500 about to start is held from here on.
  const intercepted = (head: unknown[] = [response.statusCode]) => {
    if (replaced || held) return true;
    if (head[0] !== 500 || response.headersSent) return false;
    held = { head, chunks: [], ended: null };
    return true;
  };

  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    return intercepted(args) ? this : call('writeHead', args);
  } as ServerResponse['writeHead'];
  response.flushHeaders = () => {
    if (!intercepted()) call('flushHeaders', []);
  };
  response.write = function (...args: unknown[]) {
    if (!intercepted()) return call('write', args);
    held?.chunks.push(args);
    return true;
  } as ServerResponse['write'];
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!intercepted()) return call('end', args);
    if (held && !held.ended && !replaced) {
      held.ended = args;
      void settle();
    }
    return this;
  } as ServerResponse['end'];

  const watchdog = setTimeout(async () => {
    if (response.headersSent || held || replaced) return;
    if (!(await databaseReachable()) && !response.headersSent && !held && !replaced) replace();
  }, deadlineMs);
  response.once('close', () => clearTimeout(watchdog));
}
