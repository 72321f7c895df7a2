// Gzip of kept pages: joined from pieces deflated once, with only the nonce compressed per answer.
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { deflatePieces, gzipJoined, isCompressible } from '@/lib/server/compression';

test('a cached page joined from deflated pieces is valid gzip of the pieces and the separator', () => {
  const parts = [Buffer.from('<script nonce="'), Buffer.from('">a()</script>'.repeat(50)), Buffer.from('">b()</script>')];
  const body = gzipJoined(parts, deflatePieces(parts), 'NONCE123');
  expect(gunzipSync(body).toString()).toBe(parts.map(String).join('NONCE123'));
});

test('text and data types are compressed, event streams and images are not', () => {
  expect(['text/html; charset=utf-8', 'text/x-component', 'application/rss+xml', 'application/json', 'image/svg+xml'].filter(isCompressible)).toHaveLength(5);
  expect(['text/event-stream', 'image/webp', 'application/octet-stream'].filter(isCompressible)).toEqual([]);
});
