// The web server's pipeline over real HTTP, with a stand-in for Next.js that writes a response the ways Next.js
// does (setHeader and end; writeHead and streamed writes). What a client receives is what is asserted.
import { randomBytes } from 'node:crypto';
import { createServer, get, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { cachePage } from '@/lib/server/page-cache/declare';
import { noncePlaceholder, PLACEHOLDER_HEADER } from '@/lib/server/page-cache/nonce';
import { PageStore } from '@/lib/server/page-cache/store';
import { createPipeline } from '@/lib/server/pipeline';
import { createRateLimiter } from '@/lib/server/rate-limit';

const placeholder = noncePlaceholder('a signing secret of at least thirty-two characters');
const servers: ReturnType<typeof createServer>[] = [];
afterEach(() =>
  servers.splice(0).forEach((server) => {
    server.closeAllConnections();
    server.close();
  }),
);

type Render = (request: IncomingMessage, response: ServerResponse, parsedUrl?: { pathname?: string | null }) => Promise<void>;

async function start(render: Render, { reachable = true, deadlineMs = 2_000, lost = false, limitSearches = undefined as ((client: string) => number) | undefined } = {}) {
  const store = new PageStore();
  store.listen(0);
  let renders = 0;
  const handle = createPipeline({
    render: (request, response, parsedUrl) => {
      renders += 1;
      return render(request, response, parsedUrl);
    },
    store,
    placeholder,
    database: { up: () => reachable, reachable: async () => reachable, lost: () => lost },
    deadlineMs,
    limitSearches,
  });
  const server = createServer((request, response) => void handle(request, response));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, renders: () => renders };
}

// A page as Next.js renders it behind the web server: its nonce is whatever the request said.
const pageWithNonce = (request: IncomingMessage, response: ServerResponse, body = '<p>Bitcoin miners</p>'.repeat(100)) => {
  const nonce = String(request.headers[PLACEHOLDER_HEADER] ?? 'a-fresh-nonce-from-proxy');
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Content-Security-Policy', `script-src 'nonce-${nonce}'`);
  response.writeHead(200);
  response.write(`<!doctype html><script nonce="${nonce}">a()</script>`);
  response.end(body);
};

const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];

describe('pages', () => {
  test('a cacheable page is kept and served again without a render, each answer with a nonce of its own', async () => {
    const site = await start(async (request, response) => {
      cachePage(['article:1'], 60);
      pageWithNonce(request, response);
    });
    const first = await fetch(`${site.url}/news/one`, { headers: { accept: 'text/html' } });
    const second = await fetch(`${site.url}/news/one`, { headers: { accept: 'text/html' } });
    const [one, two] = [await first.text(), await second.text()];
    expect([first.headers.get('x-tickerwire-cache'), second.headers.get('x-tickerwire-cache')]).toEqual(['miss', 'hit']);
    expect(site.renders()).toBe(1);
    for (const [response, body] of [[first, one], [second, two]] as const) {
      const nonce = nonceOf(response.headers.get('content-security-policy'));
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(body).toContain(`<script nonce="${nonce}">`);
      expect(body).not.toContain(placeholder);
      expect(response.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=1, stale-while-revalidate=59');
    }
    expect(nonceOf(first.headers.get('content-security-policy'))).not.toBe(nonceOf(second.headers.get('content-security-policy')));
  });

  test('a page a gzip reader asks for arrives compressed and whole, cached or not', async () => {
    const site = await start(async (request, response) => {
      if (request.url === '/kept') cachePage(['article:1'], 60);
      pageWithNonce(request, response);
    });
    for (const path of ['/kept', '/kept', '/not-declared']) {
      const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve) => {
        get(`${site.url}${path}`, { headers: { 'accept-encoding': 'gzip', accept: 'text/html' } }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c)).on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(parts) }));
        });
      });
      expect(raw.encoding, path).toBe('gzip');
      const text = gunzipSync(raw.body).toString();
      expect(text, path).toContain('<p>Bitcoin miners</p>'.repeat(100));
      expect(text, path).not.toContain(placeholder);
    }
  });

  test("Next.js's empty 404 document is replaced by the site's not-found page, at the same address, for any client", async () => {
    const site = await start(async (request, response, parsedUrl) => {
      response.statusCode = 404;
      if (parsedUrl?.pathname === '/_not-found') return pageWithNonce(request, response, '<h1>Page not found</h1>');
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end('<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>');
    });
    // A proxy in front keeps one 404 per address, whichever client asked first.
    for (const headers of [{ accept: 'text/html' }, {}] as Record<string, string>[]) {
      const response = await fetch(`${site.url}/news/no-such-story`, { headers });
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('<h1>Page not found</h1>');
    }
  });
});

describe('gone or moved', () => {
  // As Next.js answers notFound() and permanentRedirect(): for one reader, whatever the page is.
  const goneOrMoved = async (request: IncomingMessage, response: ServerResponse) => {
    response.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    if (request.url === '/news/renamed') {
      response.setHeader('Location', '/news/new-name');
      response.statusCode = 308;
      return void response.end();
    }
    if (request.url === '/news/with-cookie') response.setHeader('Set-Cookie', 'seen=1');
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.statusCode = 404;
    response.end('<!doctype html><h1>Page not found</h1>');
  };

  test('a public address that is gone or moved says so publicly, so a proxy replaces its copy of the old page', async () => {
    const site = await start(goneOrMoved);
    const gone = await fetch(`${site.url}/news/unpublished`, { headers: { accept: 'text/html' } });
    const moved = await fetch(`${site.url}/news/renamed`, { redirect: 'manual' });
    expect([gone.status, gone.headers.get('cache-control')]).toEqual([404, 'public, max-age=0, s-maxage=1, stale-while-revalidate=59']);
    expect([moved.status, moved.headers.get('location'), moved.headers.get('cache-control')]).toEqual([308, '/news/new-name', 'public, max-age=0, s-maxage=1, stale-while-revalidate=59']);
  });

  test('a 404 that sets a cookie, or at an address the cache never keeps, stays private', async () => {
    const site = await start(goneOrMoved);
    for (const path of ['/news/with-cookie', '/admin/pieces/999', '/news/unpublished?utm=1']) {
      const response = await fetch(`${site.url}${path}`, { headers: { accept: 'text/html' } });
      expect([response.status, response.headers.get('cache-control')], path).toEqual([404, 'private, no-cache, no-store, max-age=0, must-revalidate']);
    }
  });
});

describe('streams', () => {
  test('an answer the pipeline does not keep streams through: the first bytes arrive before the render ends', async () => {
    let finishRender: () => void = () => {};
    const site = await start(async (_request, response) => {
      response.setHeader('Content-Type', 'text/event-stream');
      response.writeHead(200);
      response.write('data: first\n\n');
      await new Promise<void>((resolve) => (finishRender = resolve));
      response.end('data: last\n\n');
    });
    const response = await fetch(`${site.url}/api/prices/stream`);
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('data: first\n\n');
    finishRender();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('data: last\n\n');
  });

  test('a reader who stops reading holds the writer back, and gets the whole body when reading again', { timeout: 30_000 }, async () => {
    const chunk = randomBytes(256 * 1024);
    const total = 640;
    let written = 0;
    const site = await start(async (_request, response) => {
      response.setHeader('Content-Type', 'application/octet-stream');
      // Writes as Next.js streams: stops when write() says so, goes on at 'drain'.
      await new Promise<void>((resolve) => {
        const pump = () => {
          while (written < total) {
            written += 1;
            if (!response.write(chunk)) return void response.once('drain', pump);
          }
          response.end();
          resolve();
        };
        pump();
      });
    });
    const bytes = await new Promise<number>((resolve, reject) => {
      get(`${site.url}/api/export`, (res) => {
        res.pause();
        void (async () => {
          // The kernel's socket buffers take some megabytes; past them, a writer that is held back stops.
          let seen = -1;
          while (written !== seen) {
            seen = written;
            await sleep(500);
          }
          expect(written).toBeLessThan(total / 2);
          let received = 0;
          res.on('data', (c: Buffer) => (received += c.length)).on('end', () => resolve(received)).on('error', reject);
          res.resume();
        })().catch(reject);
      });
    });
    expect(bytes).toBe(total * chunk.length);
  });
});

describe('outages', () => {
  test('a 500 while the database is away becomes "We\'ll be right back" (503); with the database up it stays a 500', async () => {
    for (const reachable of [false, true]) {
      const site = await start(
        async (_request, response) => {
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html');
          response.end('<p>Internal error</p>');
        },
        { reachable },
      );
      for (const path of ['/news/a', '/api/prices/latest']) {
        const response = await fetch(`${site.url}${path}`, { headers: { accept: 'text/html' } });
        expect(response.status, `${path} reachable=${reachable}`).toBe(reachable ? 500 : 503);
        if (!reachable) {
          expect(response.headers.get('retry-after')).toBe('5');
          expect(await response.text()).toContain('right back');
        }
      }
    }
  });

  test('a 500 from a render that lost its connection to PostgreSQL is a 503, even with the database back', async () => {
    const site = await start(
      async (_request, response) => {
        response.statusCode = 500;
        response.end('<p>Internal error</p>');
      },
      { reachable: true, lost: true },
    );
    const response = await fetch(`${site.url}/news/a`, { headers: { accept: 'text/html' } });
    expect([response.status, response.headers.get('retry-after')]).toEqual([503, '5']);
  });

  test('a 404 whose not-found page fails while the database is away is "We\'ll be right back", not a 404 to keep', async () => {
    const site = await start(
      async (_request, response, parsedUrl) => {
        if (parsedUrl?.pathname === '/_not-found') {
          response.statusCode = 500;
          return void response.end('<p>Internal error</p>');
        }
        response.statusCode = 404;
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end('<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>');
      },
      { reachable: false },
    );
    const response = await fetch(`${site.url}/news/gone`, { headers: { accept: 'text/html' } });
    expect([response.status, response.headers.get('cache-control')]).toEqual([503, 'no-store']);
  });

  test('a render that hangs while the database is away is answered with 503 at the deadline, and its late writes go nowhere', async () => {
    let lateWrite: () => void = () => {};
    const site = await start(
      async (_request, response) => {
        await new Promise<void>((resolve) => (lateWrite = resolve));
        response.setHeader('Content-Type', 'text/html');
        response.end('<p>too late</p>');
      },
      { reachable: false, deadlineMs: 200 },
    );
    const response = await fetch(`${site.url}/news/slow`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(503);
    const body = await response.text();
    lateWrite();
    expect(body).toContain('right back');
    expect(body).not.toContain('too late');
  });
});

test('a body larger than its route takes is refused from its length, unread', async () => {
  const site = await start(async (_request, response) => {
    response.end('read it');
  });
  const response = await fetch(`${site.url}/api/views`, { method: 'POST', body: 'x'.repeat(2_000) });
  expect(response.status).toBe(413);
  expect(await response.text()).toContain('1024 bytes');
});

describe('search rate limit', () => {
  test('a client searching too fast is told when to come back, in a page; another client is served; later it is too', async () => {
    let now = 0;
    const site = await start(
      async (_, response) => {
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end('<p>results</p>');
      },
      { limitSearches: createRateLimiter({ burst: 3, perSecond: 0.5 }, () => now) },
    );
    const searchAs = (client: string, accept = 'text/html') => fetch(`${site.url}/search?q=bitcoin`, { headers: { 'x-tickerwire-client-ip': client, accept } });

    for (let i = 0; i < 3; i++) expect((await searchAs('198.51.100.7')).status).toBe(200);
    const refused = await searchAs('198.51.100.7');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(await refused.text()).toContain('Too many searches; try again in 2 seconds.');
    const fromScript = await searchAs('198.51.100.7', '*/*');
    expect([fromScript.status, await fromScript.text()]).toEqual([429, 'Too many searches; try again in 2 seconds.\n']);
    expect(site.renders()).toBe(3);

    expect((await searchAs('203.0.113.9')).status).toBe(200);
    // Other pages are not searches.
    expect((await fetch(`${site.url}/latest`, { headers: { 'x-tickerwire-client-ip': '198.51.100.7' } })).status).toBe(200);

    now += 2_000;
    expect((await searchAs('198.51.100.7')).status).toBe(200);
    expect((await searchAs('198.51.100.7')).status).toBe(429);
  });

  test('the limit holds however the address is spelt, across one IPv6 /64, and not for prefetches or the empty form', async () => {
    const site = await start(
      async (_, response) => {
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end('<p>results</p>');
      },
      { limitSearches: createRateLimiter({ burst: 2, perSecond: 0.5 }, () => 0) },
    );
    const get = (path: string, client: string, headers: Record<string, string> = {}) => fetch(`${site.url}${path}`, { headers: { 'x-tickerwire-client-ip': client, accept: 'text/html', ...headers } }).then((r) => r.status);

    // Next.js's prefetch of a link to search, and the form without a query, cost nothing.
    for (let i = 0; i < 5; i++) expect(await get('/search?q=bitcoin', '192.0.2.1', { 'next-router-prefetch': '1' })).toBe(200);
    for (let i = 0; i < 5; i++) expect(await get('/search', '192.0.2.1')).toBe(200);
    expect([await get('/search?q=a', '192.0.2.1'), await get('/%73earch?q=b', '192.0.2.1'), await get('/search/?q=c', '192.0.2.1')]).toEqual([200, 200, 429]);
    // One host walking through its /64 is one client; an IPv4-mapped address is the IPv4 address.
    expect([await get('/search?q=a', '2001:db8:1:2::1'), await get('/search?q=a', '2001:db8:1:2:ffff::9'), await get('/search?q=a', '2001:db8:1:2:0:0:0:7')]).toEqual([200, 200, 429]);
    expect(await get('/search?q=a', '2001:db8:1:3::1')).toBe(200);
    expect([await get('/search?q=a', '::ffff:198.51.100.8'), await get('/search?q=a', '198.51.100.8'), await get('/search?q=a', '198.51.100.8')]).toEqual([200, 200, 429]);
  });
});
