// Gzip of kept pages: joined from pieces deflated once, with only the nonce compressed per answer.
import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { deflatePieces, gzipJoined, isCompressible } from '@/lib/server/compression';

test('a cached page joined from deflated pieces is valid gzip of the pieces and the separator', () => {
  const parts = [Buffer.from('<script nonce="'), Buffer.from('">a()</script>'.repeat(50)), Buffer.from('">b()</script>')];
  const body = gzipJoined(deflatePieces(parts), 'NONCE123');
  // gunzip checks the trailer's CRC-32 and length against what it inflated.
  expect(gunzipSync(body).toString()).toBe(parts.map(String).join('NONCE123'));
});

test('pieces of any size, empty ones and large ones included, join into gzip whose checksum and length gunzip accepts', () => {
  const parts = [Buffer.alloc(0), randomBytes(70_000), Buffer.from('x'), Buffer.alloc(0), Buffer.from('<p>'.repeat(40_000))];
  for (const nonce of ['', 'a', randomBytes(16).toString('base64')]) {
    expect(gunzipSync(gzipJoined(deflatePieces(parts), nonce)).equals(Buffer.from(parts.map((part) => part.toString('latin1')).join(nonce), 'latin1'))).toBe(true);
  }
});

test('text and data types are compressed, event streams and images are not', () => {
  expect(['text/html; charset=utf-8', 'text/x-component', 'application/rss+xml', 'application/json', 'image/svg+xml'].filter(isCompressible)).toHaveLength(5);
  expect(['text/event-stream', 'image/webp', 'application/octet-stream'].filter(isCompressible)).toEqual([]);
});
