// Cached pages and per-response CSP nonces: Next.js renders every page the web server collects with a placeholder
// nonce that never leaves this server, and each response, cached or fresh, has it swapped for a nonce of its own
// (lib/server/pipeline.ts). Both are 16 random bytes in base64.
import { createHmac, randomFillSync } from 'node:crypto';

/** Request header on which the web server hands proxy.ts the placeholder; clients' copies are overwritten. */
export const PLACEHOLDER_HEADER = 'x-tickerwire-nonce-placeholder';

const NONCE_BYTES = 16;
// Drawn from the generator 4 KiB at a time: one call serves 256 nonces (a call per nonce was 2 % of a cache hit).
const pool = Buffer.alloc(256 * NONCE_BYTES);
let used = pool.length;

export function freshNonce(): string {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += NONCE_BYTES;
  return pool.toString('base64', used - NONCE_BYTES, used);
}

/**
 * The placeholder: derived from the signing secret, so that every instance sharing a cache writes the same one,
 * and secret like it, so that no one can plant it in stored content to have it turned into a valid nonce.
 */
export function noncePlaceholder(secret: string | undefined): string {
  if (!secret) throw new Error('The page cache needs AUTH_SECRET (lib/server/portal.ts sets it) to derive its nonce placeholder.');
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
