// Cached pages and per-response CSP nonces: Next.js renders every page with a placeholder nonce that never
// leaves this server, and each response, cached or fresh, has it swapped for a nonce of its own on the way out.
// The swap keeps lengths (both are 16 random bytes in base64), so a Content-Length stays right.
import { createHmac, randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { chunkBytes, writeCallback } from '@/lib/response-chunk';

/** Request header on which the web server hands proxy.ts the placeholder; clients' copies are overwritten. */
export const PLACEHOLDER_HEADER = 'x-tickerwire-nonce-placeholder';

export const freshNonce = () => randomBytes(16).toString('base64');

/**
 * The placeholder: derived from the signing secret, so that every instance sharing a cache writes the same one,
 * and secret like it, so that no one can plant it in stored content to have it turned into a valid nonce.
 */
export function noncePlaceholder(secret: string | undefined): string {
  if (!secret) throw new Error('The page cache needs AUTH_SECRET (lib/portal.ts sets it) to derive its nonce placeholder.');
  return createHmac('sha256', secret).update('tickerwire csp nonce placeholder').digest().subarray(0, 16).toString('base64');
}

/** The body's parts around each placeholder, so that a cached body is joined with a new nonce per response. */
export function splitOnPlaceholder(body: Buffer, placeholder: string): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(placeholder, from, 'latin1'); at !== -1; at = body.indexOf(placeholder, from, 'latin1')) {
    parts.push(body.subarray(from, at));
    from = at + placeholder.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

export const joinWithNonce = (parts: Buffer[], nonce: string): Buffer => {
  const separator = Buffer.from(nonce, 'latin1');
  return Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [part] : [separator, part])));
};

const SWAPPED_TYPES = /^text\/(html|x-component)/;

/**
 * Rewrites a response in flight: the placeholder becomes `nonce` in headers set with setHeader or appendHeader (how
 * Next.js sets them) and in HTML and React Server Component bodies. Chunks are held back by at most one placeholder's length, so a
 * placeholder split across two writes is still found.
 */
export function swapNonceOnTheWay(response: ServerResponse, placeholder: string, nonce: string) {
  const original = { setHeader: response.setHeader, appendHeader: response.appendHeader, write: response.write, end: response.end };
  const swap = (text: string) => text.replaceAll(placeholder, nonce);
  const swapValue = <T>(value: T): T => (typeof value === 'string' ? swap(value) : Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? swap(v) : v)) : value) as T;
  let carry = Buffer.alloc(0);
  const swapsBody = () => SWAPPED_TYPES.test(String(response.getHeader('content-type') ?? ''));

  // Any header may carry the nonce (the policy, a report-only policy, a preload Link).
  response.setHeader = function (this: ServerResponse, name: string, value: number | string | readonly string[]) {
    return original.setHeader.call(this, name, swapValue(value));
  } as ServerResponse['setHeader'];
  response.appendHeader = function (this: ServerResponse, name: string, value: string | readonly string[]) {
    return original.appendHeader.call(this, name, swapValue(value));
  } as ServerResponse['appendHeader'];

  // Everything but the last placeholder-length - 1 bytes is final; those wait for the next chunk.
  const pass = (chunk: unknown, encoding: unknown, last: boolean): Buffer | undefined => {
    const given = chunkBytes(chunk, encoding);
    if (!given) return last && carry.length ? carry : undefined;
    const bytes = Buffer.concat([carry, given]);
    const text = Buffer.from(swap(bytes.toString('latin1')), 'latin1');
    const keep = last ? 0 : Math.min(placeholder.length - 1, text.length);
    carry = text.subarray(text.length - keep);
    return text.subarray(0, text.length - keep);
  };

  response.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    if (!swapsBody()) return original.write.call(this, chunk as never, encoding as never, callback as never);
    const out = pass(chunk, typeof encoding === 'string' ? encoding : undefined, false)!;
    const done = writeCallback(encoding, callback);
    return original.write.call(this, out, done as never);
  } as ServerResponse['write'];

  response.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    const done = writeCallback(chunk, encoding, callback);
    if (!swapsBody()) return original.end.call(this, chunk as never, encoding as never, callback as never);
    const out = pass(typeof chunk === 'function' ? undefined : chunk, typeof encoding === 'string' ? encoding : undefined, true);
    return out ? original.end.call(this, out, done as never) : original.end.call(this, done as never, undefined as never, undefined as never);
  } as ServerResponse['end'];
}
