// Gzip in the web server: streamed responses over real HTTP, and cached pages joined from deflated pieces.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGunzip, gunzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { compressOnTheWay, deflatePieces, gzipJoined } from '@/lib/compression';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

async function serve(type: string, chunks: string[]) {
  const server = createServer((request, response) => {
    compressOnTheWay(request, response);
    response.setHeader('Content-Type', type);
    chunks.slice(0, -1).forEach((chunk) => response.write(chunk));
    response.end(chunks.at(-1));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const page = ['<!doctype html><p>', 'Bitcoin miners '.repeat(200), '</p>'];

test('a page written in pieces reaches a gzip client compressed and whole', async () => {
  const url = await serve('text/html; charset=utf-8', page);
  const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
  expect(response.headers.get('content-encoding')).toBe('gzip');
  expect(response.headers.get('vary')).toMatch(/Accept-Encoding/);
  // fetch decompresses; the raw size is checked through a client that does not.
  expect(await response.text()).toBe(page.join(''));
  const raw = await new Promise<Buffer>((resolve) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c)).on('end', () => resolve(Buffer.concat(parts)));
    });
  });
  expect(raw.length).toBeLessThan(page.join('').length / 5);
  expect(gunzipSync(raw).toString()).toBe(page.join(''));
});

test('event streams, small answers and clients without gzip get identity', async () => {
  for (const [type, chunks, encoding] of [
    ['text/event-stream', page, 'gzip'],
    ['text/html', ['<p>short</p>'], 'gzip'],
    ['text/html', page, 'identity'],
  ] as const) {
    const response = await fetch(await serve(type, [...chunks]), { headers: { 'accept-encoding': encoding } });
    expect(response.headers.get('content-encoding'), type).toBeNull();
    expect(await response.text()).toBe(chunks.join(''));
  }
});

test('a cached page joined from deflated pieces is valid gzip of the pieces and the separator', () => {
  const parts = [Buffer.from('<script nonce="'), Buffer.from('">a()</script>'.repeat(50)), Buffer.from('">b()</script>')];
  const body = gzipJoined(parts, deflatePieces(parts), 'NONCE123');
  expect(gunzipSync(body).toString()).toBe(parts.map(String).join('NONCE123'));
});

test('a reader who stops reading holds the writer back, and gets the whole body when reading again', { timeout: 30_000 }, async () => {
  // Random bytes do not compress: buffers fill as they would with a big sitemap and a stalled phone.
  const chunk = randomBytes(256 * 1024);
  const total = 640;
  let written = 0;
  const server = createServer((request, response) => {
    compressOnTheWay(request, response);
    response.setHeader('Content-Type', 'application/xml');
    // Writes as Next.js streams a page: stops when write() says so, goes on at 'drain'.
    const pump = () => {
      while (written < total) {
        written += 1;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      response.end();
    };
    pump();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const received = await new Promise<{ bytes: number; first: Buffer }>((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      res.pause();
      // The kernel's socket buffers take some megabytes; past them, a writer that is held back stops for good.
      void (async () => {
        let seen = -1;
        while (written !== seen) {
          seen = written;
          await sleep(500);
        }
        expect(written).toBeLessThan(total / 2);
        const body = res.pipe(createGunzip());
        let bytes = 0;
        let first: Buffer | undefined;
        body.on('data', (c: Buffer) => {
          first ??= c;
          bytes += c.length;
        });
        body.on('end', () => resolve({ bytes, first: first! })).on('error', reject);
      })().catch(reject);
    });
  });
  expect(received.bytes).toBe(total * chunk.length);
  expect(chunk.subarray(0, received.first.length).equals(received.first)).toBe(true);
});
