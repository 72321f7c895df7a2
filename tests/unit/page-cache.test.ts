// The page cache's parts without Next.js: the nonce placeholder, what the store keeps and drops, and cache keys.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { describe, expect, test } from 'vitest';
import { joinWithNonce, noncePlaceholder, splitOnPlaceholder } from '@/lib/server/page-cache/nonce';
import { cacheKeyFor } from '@/lib/server/page-cache/serve';
import { ALL_PAGES, PageStore, type CachedPage } from '@/lib/server/page-cache/store';

const placeholder = noncePlaceholder('a signing secret of at least thirty-two characters');
describe('nonce placeholder', () => {
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

const listeningStore = (maxBytes?: number) => {
  const store = new PageStore(maxBytes);
  store.listen(0);
  return store;
};

describe('page store', () => {
  test('a page is served until one of its tags is invalidated, then dropped, never served stale', () => {
    const store = listeningStore();
    store.put('/news/a', page(), 2_000);
    expect(store.lookup('/news/a', 2_000).fresh).toBeDefined();
    store.invalidate(['article:3'], 3_000);
    expect(store.lookup('/news/a', 3_000).fresh).toBeDefined();
    store.invalidate(['article:2'], 3_000);
    expect(store.lookup('/news/a', 3_000)).toEqual({});
  });

  test('an expired page may stand in while it is rendered again', () => {
    const store = listeningStore();
    store.put('/', page(), 2_000);
    expect(store.lookup('/', 60_999).fresh).toBeDefined();
    expect(store.lookup('/', 61_000)).toEqual({ expired: expect.objectContaining({ tags: ['article:1', 'article:2'] }) });
    store.remove('/');
    expect(store.lookup('/', 61_000)).toEqual({});
  });

  test('everything goes on a "*" announcement, and when invalidations are heard again after a gap', () => {
    const store = listeningStore();
    store.put('/', page({ tags: ['article-lists'] }), 2_000);
    store.invalidate([ALL_PAGES], 2_500);
    expect(store.lookup('/', 2_500)).toEqual({});
    store.put('/', page({ renderedAt: 3_000 }), 3_000);
    store.deaf();
    expect(store.put('/latest', page({ renderedAt: 3_100 }), 3_100)).toBe(false);
    expect(store.lookup('/', 3_200).fresh).toBeDefined();
    store.listen(3_300);
    expect(store.lookup('/', 3_300)).toEqual({});
  });

  test('nothing is kept before invalidations are heard', () => {
    expect(new PageStore().put('/', page(), 2_000)).toBe(false);
  });

  test('a page whose render began before an edit of what it shows is not kept', () => {
    const store = listeningStore();
    store.invalidate(['article:1'], 1_500);
    expect(store.put('/news/a', page({ renderedAt: 1_000 }), 2_000)).toBe(false);
    expect(store.put('/news/a', page({ renderedAt: 1_600 }), 2_000)).toBe(true);
  });

  test('the least recently used page goes first when the store is full, gzip copies counted', () => {
    // Random bytes: their deflated copy is as big as they are.
    const big = () => page({ parts: [randomBytes(1024)] });
    const store = listeningStore(3 * (1024 + 512));
    store.put('/a', big(), 2_000);
    store.put('/b', big(), 2_000);
    store.put('/c', big(), 2_000);
    store.lookup('/a', 2_000);
    store.put('/d', big(), 2_000);
    expect(store.lookup('/b', 2_000)).toEqual({});
    expect(store.lookup('/a', 2_000).fresh).toBeDefined();
    expect(store.lookup('/c', 2_000).fresh).toBeDefined();
    // Deflating /c's copy for gzip readers makes room by dropping the least recently used, /d.
    store.deflated(store.lookup('/c', 2_000).fresh!);
    expect(store.lookup('/d', 2_000)).toEqual({});
  });
});

describe('cache keys', () => {
  const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ url, method, headers }) as unknown as IncomingMessage;

  test('public reads have a key; pagination and the router are part of it', () => {
    expect(cacheKeyFor(request('/latest?page=2'))).not.toBe(cacheKeyFor(request('/latest')));
    expect(cacheKeyFor(request('/news/a', { rsc: '1' }))).not.toBe(cacheKeyFor(request('/news/a')));
    expect(cacheKeyFor(request('/news/a', { 'x-forwarded-proto': 'https' }))).not.toBe(cacheKeyFor(request('/news/a')));
    expect(cacheKeyFor(request('/news/a', {}, 'HEAD'))).toBe(cacheKeyFor(request('/news/a')));
  });

  test('writes, private areas, unknown query parameters and oversized router state are left alone', () => {
    for (const r of [
      request('/news/a', {}, 'POST'),
      request('/news/a', { 'next-action': 'abc' }),
      request('/admin/pieces/1'),
      request('/api/prices/stream'),
      request('/_next/static/chunks/x.js'),
      request('/?utm_source=x'),
      request('/latest?page=2&r=123'),
      request('/news/a', { 'next-router-state-tree': 'x'.repeat(5000) }),
    ]) {
      expect(cacheKeyFor(r), `${r.method} ${r.url}`).toBeNull();
    }
  });
});
