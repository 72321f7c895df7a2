// Issue 6, "Bad input": every public endpoint answers a generated corpus of hostile requests with a 4xx or an
// ordinary page, never a 500, a hang or a glimpse of the server's insides.
import type { APIRequestContext, APIResponse } from '@playwright/test';
import fc from 'fast-check';
import { HOSTILE_NUMBERS, HOSTILE_SEED, hostileNumber, hostileQuery, hostileSegment, hostileString, hostileText, leaksInternals, percentGarbage, queryExamples, SEGMENT_EXAMPLES } from '../support/hostile-corpus';
import { expect, test } from '../support/e2e-portal';

// Bounded: a request that takes longer than this counts as a hang.
const RESPONSE_TIMEOUT = 10_000;
const tried = new Map<string, number>();

async function expectSurvives(response: APIResponse, url: string) {
  expect(response.status(), `${url} answered ${response.status()}`).toBeLessThan(500);
  expect(leaksInternals(await response.text()), `${url} leaked`).toBeNull();
}

/** Sends the examples, then `generated` more requests, at one endpoint; each must survive. */
async function attack<T>(endpoint: string, requests: fc.Arbitrary<T>, generated: number, send: (value: T) => Promise<void>, examples: T[] = []) {
  test.setTimeout(60_000);
  let count = 0;
  await fc.assert(
    fc.asyncProperty(requests, async (value) => {
      count++;
      await send(value);
    }),
    { seed: HOSTILE_SEED, numRuns: examples.length + generated, endOnFailure: true, examples: examples.map((example) => [example]) },
  );
  tried.set(endpoint, count);
}

const getting = (request: APIRequestContext) => async (url: string) => expectSurvives(await request.get(url, { timeout: RESPONSE_TIMEOUT, maxRedirects: 0 }), url);

test.afterAll(() => {
  const total = [...tried.values()].reduce((sum, n) => sum + n, 0);
  console.log(`hostile-input: ${[...tried].map(([endpoint, n]) => `${endpoint} ${n}`).join(', ')}; total ${total} requests`);
});

type Endpoint = { endpoint: string; runs: number; urls: fc.Arbitrary<string>; examples: string[] };
const path = (endpoint: string, runs: number, url: (segment: string) => string): Endpoint => ({ endpoint, runs, urls: hostileSegment.map(url), examples: SEGMENT_EXAMPLES.map(url) });
const query = (endpoint: string, runs: number, name: string, values: fc.Arbitrary<string>, valid: string, url: (query: string) => string): Endpoint => ({
  endpoint,
  runs,
  urls: hostileQuery(name, values, valid).map(url),
  examples: queryExamples(name).map(url),
});
const imageUrls = fc.oneof(hostileText, fc.constantFrom('/covers/../../.env', '//evil.example/x.png', 'file:///etc/passwd', '/covers/bitcoin-1.jpg'));
const imageQuery = (url: string, w: string, q: string) => `/_next/image?${[url, w, q].map((part) => part.replace(/^\?/, '')).filter(Boolean).join('&')}`;

const endpoints: Endpoint[] = [
  path('/news/[slug]', 50, (s) => `/news/${s}`),
  path('/category/[slug]', 30, (s) => `/category/${s}`),
  query('/category/bitcoin?page=', 30, 'page', hostileNumber, '2', (q) => `/category/bitcoin${q}`),
  path('/tag/[slug]', 30, (s) => `/tag/${s}?page=1`),
  path('/author/[slug]', 30, (s) => `/author/${s}?page=2`),
  query('/latest?page=', 30, 'page', hostileNumber, '1', (q) => `/latest${q}`),
  query('/search?q=', 50, 'q', hostileText, 'bitcoin', (q) => `/search${q}`),
  query('/search?q=bitcoin&page=', 25, 'page', hostileNumber, '1', (q) => `/search?q=bitcoin${q.replace('?', '&')}`),
  query('/trending', 10, 'page', hostileString, '1', (q) => `/trending${q}`),
  path('/prices/[symbol]', 30, (s) => `/prices/${s}`),
  {
    ...query('/prices/btc?range=', 30, 'range', hostileText, '1d', (q) => `/prices/btc${q}`),
    // Names every object inherits, which a lookup with `in` mistook for ranges.
    examples: [...queryExamples('range'), '?range=toString', '?range=__proto__', '?range=constructor', '?range=hasOwnProperty'].map((q) => `/prices/btc${q}`),
  },
  query('/feed.xml', 10, 'category', hostileString, 'bitcoin', (q) => `/feed.xml${q}`),
  path('/category/[slug]/feed.xml', 30, (s) => `/category/${s}/feed.xml`),
  query('/sitemap.xml', 10, 'page', hostileString, '1', (q) => `/sitemap.xml${q}`),
  { ...path('/sitemaps/[name]', 40, (s) => `/sitemaps/${s}`), urls: fc.oneof(hostileSegment, hostileNumber.map((n) => `articles-${encodeURIComponent(n)}.xml`)).map((s) => `/sitemaps/${s}`) },
  query('/news-sitemap.xml', 10, 'page', hostileString, '1', (q) => `/news-sitemap.xml${q}`),
  query('/api/prices/latest', 10, 'symbol', hostileString, 'BTC', (q) => `/api/prices/latest${q}`),
  { ...path('/media/[file]', 40, (s) => `/media/${s}`), urls: fc.oneof(hostileSegment, percentGarbage.map((g) => `..${g}..${g}etc${g}passwd`)).map((s) => `/media/${s}`) },
  {
    ...query('/_next/image?url=&w=&q=', 50, 'url', imageUrls, '/covers/bitcoin-1.jpg', (url) => imageQuery(url, 'w=640', 'q=75')),
    urls: fc.tuple(hostileQuery('url', imageUrls, '/covers/bitcoin-1.jpg'), hostileQuery('w', hostileNumber, '640'), hostileQuery('q', hostileNumber, '75')).map(([url, w, q]) => imageQuery(url, w, q)),
  },
];

for (const { endpoint, runs, urls, examples } of endpoints) {
  test(`${endpoint} survives hostile input`, async ({ request }) => {
    await attack(endpoint, urls, runs, getting(request), examples);
  });
}

const contentTypes = ['application/json', 'application/json; charset=utf-16', 'text/plain;charset=UTF-8', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/xml', '*/*', ''];

test('POST /api/views (the view beacon) survives hostile bodies and content types', async ({ request }) => {
  const bodies = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    hostileString.map((v) => JSON.stringify({ articleId: v })),
    hostileNumber.map((v) => `{"articleId": ${v}}`),
    hostileText,
  );
  const examples = ['', '{', '\u0000', '{"articleId":1,"articleId":-1}', '{"__proto__":{"articleId":1}}', '[{"articleId":1}]', ...HOSTILE_NUMBERS.map((n) => `{"articleId":${n}}`)];
  const beacons = fc.record({ body: bodies, type: fc.constantFrom(...contentTypes), browser: fc.boolean() });
  await attack('POST /api/views', beacons, 80, async ({ body, type, browser }) => {
    // A browser's user agent gets past the bot filter to the database; a bot's is turned away first.
    const headers = { ...(type ? { 'content-type': type } : {}), 'user-agent': browser ? 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' : 'hostile-bot/1.0' };
    const response = await request.post('/api/views', { data: Buffer.from(body), headers, timeout: RESPONSE_TIMEOUT });
    await expectSurvives(response, `/api/views ${type} ${body.slice(0, 80)}`);
  }, examples.map((body) => ({ body, type: 'application/json', browser: true })));
});

test('the price stream survives hostile Last-Event-ID headers and parameters', async ({ baseURL }) => {
  // Header values must be Latin-1 without line breaks; anything else is replaced as a client library would refuse it.
  const headerSafe = (text: string) => text.replace(/[^\t\x20-\x7e]/g, '?').slice(0, 4_000);
  const reconnects = fc.record({ header: fc.option(hostileNumber.map(headerSafe)), query: hostileQuery('lastEventId', hostileNumber, '1') });
  const examples = [...HOSTILE_NUMBERS.map((header) => ({ header: headerSafe(header), query: '' })), ...queryExamples('lastEventId').map((query) => ({ header: null, query }))];
  await attack('/api/prices/stream', reconnects, 15, async ({ header, query }) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), RESPONSE_TIMEOUT);
    const response = await fetch(`${baseURL}/api/prices/stream${query}`, { headers: header === null ? {} : { 'Last-Event-ID': header }, signal: controller.signal });
    // Only the first bytes: the stream itself never ends.
    const { value } = await response.body!.getReader().read();
    controller.abort();
    clearTimeout(timer);
    expect(response.status, `Last-Event-ID ${header} ${query}`).toBeLessThan(500);
    expect(new TextDecoder().decode(value)).toMatch(response.ok ? /^retry: \d+/ : /\S/);
  }, examples);
});
