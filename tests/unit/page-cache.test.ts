// The page cache's parts without Next.js: the nonce swap over real HTTP, and what the store keeps and drops.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { freshNonce, joinWithNonce, noncePlaceholder, splitOnPlaceholder, swapNonceOnTheWay } from '@/lib/page-cache/nonce';
import { ALL_PAGES, PageStore, type CachedPage } from '@/lib/page-cache/store';

const placeholder = noncePlaceholder('a signing secret of at least thirty-two characters');
const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

/** A real server whose handler writes through the swap; returns what a client receives. */
async function fetchThroughSwap(nonce: string, write: (response: ServerResponse) => void) {
  const server = createServer((_request, response) => {
    swapNonceOnTheWay(response, placeholder, nonce);
    write(response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return { csp: response.headers.get('content-security-policy'), body: await response.text() };
}

describe('nonce swap', () => {
  test('the placeholder never reaches the client: header and body carry the response nonce, even split across writes', async () => {
    const nonce = freshNonce();
    const html = `<script nonce="${placeholder}">a()</script><p>caf\u00e9 \u20bf</p><script nonce="${placeholder}">b()</script>`;
    const cut = html.indexOf(placeholder) + 7;
    const { csp, body } = await fetchThroughSwap(nonce, (response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Content-Security-Policy', `script-src 'nonce-${placeholder}'`);
      response.write(html.slice(0, cut));
      response.write(Buffer.from(html.slice(cut, cut + 30)));
      response.end(html.slice(cut + 30));
    });
    expect(csp).toBe(`script-src 'nonce-${nonce}'`);
    expect(body).toBe(html.replaceAll(placeholder, nonce));
    expect(body).not.toContain(placeholder);
  });

  test('other content types pass untouched', async () => {
    const { body } = await fetchThroughSwap(freshNonce(), (response) => {
      response.setHeader('Content-Type', 'text/event-stream');
      response.end(`data: ${placeholder}\n\n`);
    });
    expect(body).toBe(`data: ${placeholder}\n\n`);
  });

  test('a kept body is joined with a new nonce each time', () => {
    const parts = splitOnPlaceholder(Buffer.from(`<a n="${placeholder}"></a><b n="${placeholder}">`), placeholder);
    expect(parts).toHaveLength(3);
    expect(joinWithNonce(parts, 'N1').toString()).toBe('<a n="N1"></a><b n="N1">');
  });

  test('the placeholder is secret and the same for every instance with the same secret', () => {
    expect(noncePlaceholder('one secret of at least thirty-two characters')).toBe(noncePlaceholder('one secret of at least thirty-two characters'));
    expect(noncePlaceholder('one secret of at least thirty-two characters')).not.toBe(noncePlaceholder('another secret, thirty-two characters or so'));
    expect(() => noncePlaceholder(undefined)).toThrow(/AUTH_SECRET/);
  });
});

const page = (overrides: Partial<CachedPage> = {}): CachedPage => ({
  status: 200,
  headers: [],
  parts: [Buffer.from('<html>')],
  tags: ['article:1', 'article:2'],
  renderedAt: 1_000,
  expiresAt: 61_000,
  ...overrides,
});

describe('page store', () => {
  test('a page is served until one of its tags is invalidated, then only as stale', () => {
    const store = new PageStore();
    store.put('/news/a', page(), 2_000);
    expect(store.lookup('/news/a', 2_000).fresh).toBeDefined();
    store.invalidate(['article:3'], 3_000);
    expect(store.lookup('/news/a', 3_000).fresh).toBeDefined();
    store.invalidate(['article:2'], 3_000);
    expect(store.lookup('/news/a', 3_000)).toEqual({ stale: expect.objectContaining({ tags: ['article:1', 'article:2'] }) });
  });

  test('everything goes on a "*" announcement', () => {
    const store = new PageStore();
    store.put('/', page({ tags: ['article-lists'] }), 2_000);
    store.invalidate([ALL_PAGES], 2_500);
    expect(store.lookup('/', 2_500).fresh).toBeUndefined();
  });

  test('a page whose render began before an edit of what it shows is not kept', () => {
    const store = new PageStore();
    store.invalidate(['article:1'], 1_500);
    expect(store.put('/news/a', page({ renderedAt: 1_000 }), 2_000)).toBe(false);
    expect(store.put('/news/a', page({ renderedAt: 1_600 }), 2_000)).toBe(true);
  });

  test('a page expires after its age', () => {
    const store = new PageStore();
    store.put('/', page(), 2_000);
    expect(store.lookup('/', 60_999).fresh).toBeDefined();
    expect(store.lookup('/', 61_000).fresh).toBeUndefined();
  });

  test('the least recently used page goes first when the store is full', () => {
    const store = new PageStore(3 * (1024 + 512));
    const big = () => page({ parts: [Buffer.alloc(1024)] });
    store.put('/a', big(), 2_000);
    store.put('/b', big(), 2_000);
    store.put('/c', big(), 2_000);
    store.lookup('/a', 2_000);
    store.put('/d', big(), 2_000);
    expect(store.lookup('/b', 2_000)).toEqual({});
    expect(store.lookup('/a', 2_000).fresh).toBeDefined();
    expect(store.size.pages).toBe(3);
  });
});
