// deploy/nginx/tickerwire.conf, run by the real nginx in front of a stub that keeps the portal's caching contract.
// Counts and contents only: how long anything takes is the benchmark's business.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { startNginx, type RunningNginx } from '@/tests/support/nginx';
import { clientAddress } from '@/lib/server/client-ip';
import { followEventStream } from '../support/event-stream';
import { startStubOrigin } from '../support/stub-origin';

let origin: Awaited<ReturnType<typeof startStubOrigin>>;
let proxy: RunningNginx;

beforeAll(async () => {
  origin = await startStubOrigin();
  // Fails every test, naming NGINX_BIN and the Debian package, when nginx is missing.
  proxy = await startNginx({ upstreamPort: origin.port });
});

afterAll(async () => {
  await proxy?.stop();
  await origin?.close();
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(proxy.url + path, { headers });
  return { status: response.status, cache: response.headers.get('x-cache-status'), headers: response.headers, body: await response.text() };
};
const burst = (path: string, readers: number) => Promise.all(Array.from({ length: readers }, () => get(path)));
const tally = (values: (string | null)[]) => Object.fromEntries([...new Set(values)].map((v) => [v, values.filter((w) => w === v).length]));
const version = (body: string) => /version (\d+)/.exec(body)?.[1];
// nginx keeps a page one second (counted in whole seconds): asks until the cached copy is no longer fresh and
// returns that first answer after it (STALE, EXPIRED or MISS). Asking meanwhile is harmless, as a HIT never reaches the origin.
async function firstAfterExpiry(path: string) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const answer = await get(path);
    if (answer.cache !== 'HIT') return answer;
    if (Date.now() > deadline) throw new Error(`${path} was still a HIT 5 s after it was cached for one`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('public pages behind the proxy', () => {
  it('answers a burst of 100 readers of one page with a single request to the origin', async () => {
    const started = Date.now();
    const answers = await burst('/news/burst', 100);
    const seconds = (Date.now() - started) / 1000;
    const asked = origin.requests('GET /news/burst');
    console.log(`burst: 100 concurrent requests for one page in ${seconds.toFixed(2)} s, ${asked} reached the origin; cache statuses ${JSON.stringify(tally(answers.map((a) => a.cache)))}`);

    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(answers.filter((a) => a.cache === 'MISS')).toHaveLength(1);
    // One render per page per second: a burst that outlasted its second (a loaded machine) may add a refresh.
    expect(asked).toBeGreaterThanOrEqual(1);
    expect(asked).toBeLessThanOrEqual(1 + Math.floor(seconds));
    // The cached copy keeps its header and body together: the nonce on the script is the policy's.
    for (const { headers, body } of answers) {
      const nonce = /'nonce-([^']+)'/.exec(headers.get('content-security-policy') ?? '')?.[1];
      expect(body).toContain(`<script nonce="${nonce}">`);
    }
    expect(answers[0]!.headers.get('content-encoding')).toBe('gzip');
  });

  it('refreshes the page the next second in the background, readers getting the previous copy meanwhile', async () => {
    expect((await get('/news/refresh')).cache).toBe('MISS');
    const first = await firstAfterExpiry('/news/refresh');
    expect([first.cache, version(first.body)]).toEqual(['STALE', '1']);
    await vi.waitFor(() => expect(origin.requests('GET /news/refresh')).toBe(2));
    const next = await get('/news/refresh');
    expect([next.cache, version(next.body)]).toEqual(['HIT', '2']);
    console.log(`refresh: expired copy served as ${first.cache} (version 1), then ${next.cache} version 2; origin requests ${origin.requests('GET /news/refresh')}`);
  });

  it('keeps the HTML and the client-side navigation payload of one address apart (Vary: RSC)', async () => {
    const [pages, payloads] = await Promise.all([
      Promise.all(Array.from({ length: 20 }, () => get('/news/navigation'))),
      Promise.all(Array.from({ length: 20 }, () => get('/news/navigation', { RSC: '1' }))),
    ]);
    expect(pages.every((p) => p.body.startsWith('<!doctype html>'))).toBe(true);
    expect(payloads.every((p) => p.headers.get('content-type') === 'text/x-component' && p.body.startsWith('rsc payload'))).toBe(true);
    console.log(`navigation: 20 page and 20 payload requests for one address, ${origin.requests('GET /news/navigation')} reached the origin`);
  });

  it('passes the client address and scheme on as the portal expects with TRUSTED_PROXY_HOPS=1', async () => {
    const seen = JSON.parse((await get('/whoami', { 'X-Forwarded-For': '203.0.113.9' })).body);
    expect(seen).toMatchObject({ forwardedFor: '203.0.113.9, 127.0.0.1', forwardedProto: 'http' });
    // The address the client wrote is kept but not believed: the portal takes the one nginx saw.
    expect(clientAddress(seen.forwardedFor, '127.0.0.1', 1)).toBe('127.0.0.1');
  });
});

describe('answers that must not be shared', () => {
  it('never serves a private page from the cache: each of ten concurrent readers gets an answer of its own', async () => {
    const answers = await burst('/admin/account', 10);
    expect(new Set(answers.map((a) => a.body)).size).toBe(10);
    expect(origin.requests('GET /admin/account')).toBe(10);
    // Kept out of the cache (and its lock) altogether.
    expect(answers.every((a) => a.cache === null)).toBe(true);
    console.log(`private page: 10 concurrent readers, ${origin.requests('GET /admin/account')} requests at the origin, ${new Set(answers.map((a) => a.body)).size} distinct answers`);
  });

  it('never stores an answer that sets a cookie, even when it claims to be public', async () => {
    const [one, two] = [await get('/welcome'), await get('/welcome')];
    expect(one.headers.get('set-cookie')).toContain('visitor=1');
    expect(two.headers.get('set-cookie')).toContain('visitor=2');
    expect([one.body, two.body]).toEqual(['welcome 1', 'welcome 2']);
    expect([one.cache, two.cache]).toEqual(['MISS', 'MISS']);
    console.log(`cookie page: 2 readers, ${origin.requests('GET /welcome')} requests at the origin, cache statuses ${one.cache} and ${two.cache}`);
  });

  it('answers a signed-in reader from the origin, not from the copy other readers get', async () => {
    await get('/news/signed-in');
    const signedIn = await get('/news/signed-in', { Cookie: 'next-auth.session-token=abc' });
    expect(signedIn.cache).toBe('BYPASS');
    expect(origin.requests('GET /news/signed-in')).toBe(2);
  });

  it('passes every POST through to the origin', async () => {
    await get('/news/post');
    const posts = await Promise.all(['a', 'b', 'c'].map((body) => fetch(`${proxy.url}/news/post`, { method: 'POST', body }).then((r) => r.text())));
    const beacon = await fetch(`${proxy.url}/api/views`, { method: 'POST', body: '{"articleId":7}' }).then((r) => r.text());
    expect(posts.map((p) => p.replace(/\d+: /, ''))).toEqual(['received a', 'received b', 'received c']);
    expect(origin.requests('POST /news/post')).toBe(3);
    expect(beacon).toBe('received 1: {"articleId":7}');
    console.log(`POST: ${origin.requests('POST /news/post')} of 3 to a cached page and ${origin.requests('POST /api/views')} of 1 to /api/views reached the origin`);
  });
});

describe('live prices through the proxy', () => {
  it('streams each event as it is written, to every reader, never from the cache', async () => {
    const readers = [followEventStream(`${proxy.url}/api/prices/stream`), followEventStream(`${proxy.url}/api/prices/stream`)];
    try {
      await vi.waitFor(() => expect(readers.map((r) => r.events.length >= 3)).toEqual([true, true]), { timeout: 10_000 });
      // Both streams are still open at the origin while their events arrive: nothing waited for the end.
      expect(origin.openStreams()).toBe(2);
      expect(origin.requests('GET /api/prices/stream')).toBe(2);
      // Kept out of the cache and its lock: no cache status at all.
      const controller = new AbortController();
      const third = await fetch(`${proxy.url}/api/prices/stream`, { signal: controller.signal });
      controller.abort();
      expect([third.headers.get('content-type'), third.headers.get('x-cache-status')]).toEqual(['text/event-stream; charset=utf-8', null]);
      console.log(`price stream: ${readers.map((r) => r.events.length).join(' and ')} events reached two readers while both streams were open`);
    } finally {
      readers.forEach((r) => r.close());
    }
  });
});

describe('a page the portal takes down', () => {
  it('is gone after the next refresh when the portal answers it with a public 404', async () => {
    await get('/news/unpublished');
    origin.takeDown('/news/unpublished', { cacheable: true });
    await firstAfterExpiry('/news/unpublished'); // the last copy once more, while the refresh brings the 404
    await vi.waitFor(() => expect(origin.requests('GET /news/unpublished')).toBe(2));
    const after = await get('/news/unpublished');
    expect([after.status, after.body]).toEqual([404, 'not found']);
  });

  it('outlives a private 404 no longer than the stale-while-revalidate of its last copy', async () => {
    const path = '/news/unpublished-privately';
    origin.setStaleWindow(path, 2);
    const cached = await get(path);
    origin.takeDown(path, { cacheable: false });
    const inside = await firstAfterExpiry(path);
    // Past the window (two seconds after the one of freshness, rounded up to whole seconds) the 404 comes through.
    const since = Date.now();
    let past = inside;
    while (past.status === 200 && Date.now() - since < 4_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      past = await get(path);
    }
    console.log(`taken down with a private 404, stale-while-revalidate=2: ${inside.status} ${inside.cache} inside the window, ${past.status} ${past.cache} past it`);

    expect([inside.status, inside.body]).toEqual([200, cached.body]);
    expect([past.status, past.body]).toEqual([404, 'not found']);
  });
});

describe('the newsroom editor’s WebSocket', () => {
  it('is upgraded through to the portal, with the client’s address, and carries messages both ways', async () => {
    const socket = new WebSocket(`${proxy.url.replace('http', 'ws')}/collab`);
    const messages: string[] = [];
    socket.on('message', (data) => messages.push(String(data)));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    socket.send('keystroke');
    await vi.waitFor(() => expect(messages).toHaveLength(2));
    socket.close();
    expect(JSON.parse(messages[0]!)).toMatchObject({ forwardedFor: '127.0.0.1' });
    expect(messages[1]).toBe('keystroke');
  });
});

describe('when the origin fails', () => {
  it('keeps serving the last copy of a page while the origin answers 503, and after it is gone', async () => {
    const cached = await get('/news/outage');
    origin.becomeUnavailable();
    const during503 = await firstAfterExpiry('/news/outage');
    await vi.waitFor(() => expect(origin.requests('GET /news/outage')).toBe(2));

    await origin.close();
    const whileDown = await firstAfterExpiry('/news/outage');
    const neverCached = await get('/news/never-cached');
    console.log(`outage: with the origin answering 503 the page came as ${during503.status} ${during503.cache}; with it down, ${whileDown.status} ${whileDown.cache}; a page never cached: ${neverCached.status}`);

    for (const answer of [during503, whileDown]) {
      expect(answer.status).toBe(200);
      expect(answer.body).toBe(cached.body);
    }
    expect(neverCached.status).toBe(502);
  });
});
