import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpProvider, parseRetryAfter, ProviderError } from '@/lib/prices/coingecko';
import { hang, json, market, raw, startStubMarket } from '../support/stub-market';

const coins = [
  { symbol: 'BTC', providerId: 'bitcoin' },
  { symbol: 'ETH', providerId: 'ethereum' },
];

describe('HTTP price provider against a local stub of the API', () => {
  let stub: Awaited<ReturnType<typeof startStubMarket>>;
  const sleeps: number[] = [];
  const provider = () =>
    createHttpProvider({
      baseUrl: stub.baseUrl,
      apiKey: 'test-key',
      timeoutMs: 300,
      retries: 2,
      backoffMs: 10,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });

  beforeAll(async () => {
    stub = await startStubMarket();
  });
  afterAll(() => stub.close());

  it('asks for every tracked coin in one request, with the API key, and maps the answer to quotes', async () => {
    stub.reply(json([market('bitcoin', 104_250.5), market('ethereum', 3_410.2), market('dogecoin', 0.2)]));
    const quotes = await provider().fetchQuotes(coins, new Map());
    expect(quotes.map((q) => [q.symbol, q.priceUsd])).toEqual([
      ['BTC', 104_250.5],
      ['ETH', 3_410.2],
    ]);
    const request = stub.requests.at(-1)!;
    expect(request.url).toContain('/api/v3/coins/markets?vs_currency=usd&ids=bitcoin%2Cethereum');
    expect(request.headers['x-cg-demo-api-key']).toBe('test-key');
  });

  it('gives up on a request that hangs and retries it', async () => {
    stub.reply(hang, json([market('bitcoin', 100_000)]));
    const quotes = await provider().fetchQuotes(coins, new Map());
    expect(quotes).toHaveLength(1);
  });

  it('waits as long as Retry-After says on HTTP 429, then succeeds', async () => {
    sleeps.length = 0;
    stub.reply(raw('slow down', 429, { 'Retry-After': '2' }), json([market('bitcoin', 99_000)]));
    const quotes = await provider().fetchQuotes(coins, new Map());
    expect(quotes[0]?.priceUsd).toBe(99_000);
    expect(sleeps).toContain(2_000);
  });

  it('fails clearly on malformed JSON, without retrying a broken answer', async () => {
    stub.reply(raw('{"oops": ', 200, { 'Content-Type': 'application/json' }));
    await expect(provider().fetchQuotes(coins, new Map())).rejects.toThrow(new ProviderError('response is not valid JSON'));
  });

  it('fails after the last retry when the server keeps erroring', async () => {
    stub.reply(raw('down', 503), raw('down', 503), raw('down', 503));
    await expect(provider().fetchQuotes(coins, new Map())).rejects.toThrow('HTTP 503');
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('7')).toBe(7_000);
    expect(parseRetryAfter(new Date(Date.now() + 3_000).toUTCString())).toBeGreaterThan(1_000);
    expect(parseRetryAfter('soon')).toBeNull();
  });
});
