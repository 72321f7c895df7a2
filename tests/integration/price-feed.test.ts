import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { rollUpCandles, storeTicks } from '@/db/queries/price-feed';
import { listLatestQuotes } from '@/db/queries/prices';
import { coins, priceCandles, priceTicks } from '@/db/schema';
import { createHttpProvider } from '@/lib/prices/coingecko';
import { startPriceWorker } from '@/lib/prices/worker';
import { json, market, startStubMarket } from '../support/stub-market';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

describe('price feed', () => {
  let stub: Awaited<ReturnType<typeof startStubMarket>>;
  const databaseUrl = () => process.env.DATABASE_URL!;

  beforeAll(async () => {
    stub = await startStubMarket();
    await db.insert(coins).values([
      { symbol: 'BTC', name: 'Bitcoin', rank: 1, providerId: 'bitcoin' },
      { symbol: 'ETH', name: 'Ethereum', rank: 2, providerId: 'ethereum' },
      { symbol: 'SOL', name: 'Solana', rank: 3, providerId: 'solana' },
      { symbol: 'ADA', name: 'Cardano', rank: 4, providerId: 'cardano' },
      { symbol: 'XRP', name: 'XRP', rank: 5, providerId: 'ripple' },
    ]);
  });
  beforeEach(() => db.delete(priceTicks).where(sql`true`));
  afterAll(() => stub.close());

  it('stores good ticks and rejects, logs and never stores bad ones', async () => {
    await storeTicks(db, [
      { coinSymbol: 'BTC', time: minutesAgo(1), priceUsd: 100_000, volume24hUsd: 1, marketCapUsd: 1 },
      { coinSymbol: 'SOL', time: minutesAgo(1), priceUsd: 150, volume24hUsd: 1, marketCapUsd: 1 },
    ]);
    stub.reply(
      json([
        market('bitcoin', 100_500), // fine
        market('ethereum', 'lots'), // not a number
        market('solana', 400), // +167% in one tick
        market('cardano', -0.5), // negative
        { ...market('ripple', 2.5), last_updated: new Date(Date.now() - 3_600_000).toISOString() }, // an hour old
      ]),
    );
    const log = vi.fn();
    const worker = startPriceWorker({ databaseUrl: databaseUrl(), provider: createHttpProvider({ baseUrl: stub.baseUrl }), intervalMs: 60_000, log });
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('price_tick_rejected', expect.anything()), { timeout: 5_000 });
    await worker.stop();

    const stored = await db.select({ symbol: priceTicks.coinSymbol, price: priceTicks.priceUsd }).from(priceTicks).orderBy(asc(priceTicks.time));
    expect(stored.filter((t) => t.symbol === 'BTC').map((t) => t.price)).toEqual([100_000, 100_500]);
    expect(stored.filter((t) => t.symbol !== 'BTC').map((t) => t.price)).toEqual([150]);
    const rejected = log.mock.calls.filter(([event]) => event === 'price_tick_rejected').map(([, fields]) => fields.symbol);
    expect(rejected.sort()).toEqual(['ADA', 'ETH', 'SOL', 'XRP']);
    const btc = (await listLatestQuotes()).find((q) => q.symbol === 'BTC');
    expect(btc?.priceUsd).toBe(100_500);
  });

  it('keeps the last good prices through a provider outage', async () => {
    await storeTicks(db, [{ coinSymbol: 'BTC', time: minutesAgo(1), priceUsd: 101_000, volume24hUsd: null, marketCapUsd: null }]);
    stub.reply(...Array.from({ length: 4 }, () => json({ error: 'down' }, 503)));
    const log = vi.fn();
    const worker = startPriceWorker({ databaseUrl: databaseUrl(), provider: createHttpProvider({ baseUrl: stub.baseUrl, retries: 0 }), intervalMs: 60_000, log });
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('price_worker_error', expect.anything()), { timeout: 5_000 });
    await worker.stop();
    expect((await listLatestQuotes()).find((q) => q.symbol === 'BTC')?.priceUsd).toBe(101_000);
  });

  it('rolls ticks up into 5-minute and daily candles, the same on every run', async () => {
    const day = new Date(Date.UTC(2026, 10, 20));
    const at = (h: number, m: number) => new Date(day.getTime() + (h * 60 + m) * 60_000);
    const ticks = [
      [at(10, 0), 100],
      [at(10, 2), 104],
      [at(10, 3), 98],
      [at(10, 4), 101],
      [at(10, 5), 103],
      [at(23, 59), 110],
    ] as const;
    await db.insert(priceTicks).values(ticks.map(([time, priceUsd]) => ({ coinSymbol: 'ETH', time, priceUsd })));

    for (let run = 0; run < 2; run++) {
      await rollUpCandles(db, '5m', day);
      await rollUpCandles(db, '1d', day);
    }
    const candles = await db
      .select({ interval: priceCandles.interval, bucket: priceCandles.bucket, open: priceCandles.open, high: priceCandles.high, low: priceCandles.low, close: priceCandles.close })
      .from(priceCandles)
      .where(eq(priceCandles.coinSymbol, 'ETH'))
      .orderBy(asc(priceCandles.interval), asc(priceCandles.bucket));
    expect(candles).toEqual([
      { interval: '5m', bucket: at(10, 0), open: 100, high: 104, low: 98, close: 101 },
      { interval: '5m', bucket: at(10, 5), open: 103, high: 103, low: 103, close: 103 },
      { interval: '5m', bucket: at(23, 55), open: 110, high: 110, low: 110, close: 110 },
      { interval: '1d', bucket: day, open: 100, high: 110, low: 98, close: 110 },
    ]);
  });

  it('draws the 24-hour sparkline from the hourly closes of the 5-minute candles, ending at the newest price', async () => {
    await db.delete(priceCandles).where(eq(priceCandles.coinSymbol, 'SOL'));
    const base = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 6 * 3_600_000);
    const at = (minutes: number) => new Date(base.getTime() + minutes * 60_000);
    const ticks = [
      [at(-30 * 60), 40], // more than a day before the newest tick: not drawn
      [at(10), 50],
      [at(40), 52],
      [at(65), 55],
      [at(170), 57],
      [at(200), 60], // the newest, later than the candles the worker has rolled up
    ] as const;
    await db.insert(priceTicks).values(ticks.slice(0, -1).map(([time, priceUsd]) => ({ coinSymbol: 'SOL', time, priceUsd })));
    await rollUpCandles(db, '5m', at(-31 * 60));
    await db.insert(priceTicks).values({ coinSymbol: 'SOL', time: ticks.at(-1)![0], priceUsd: ticks.at(-1)![1] });

    const sol = (await listLatestQuotes()).find((q) => q.symbol === 'SOL');
    expect(sol).toMatchObject({ priceUsd: 60, sparkline: [52, 55, 57, 60] });
  });

  it('retires 5-minute candles after a month and keeps the daily ones', async () => {
    const daysAgo = (d: number) => new Date(Math.floor(Date.now() / 86_400_000 - d) * 86_400_000);
    await db.delete(priceCandles).where(eq(priceCandles.coinSymbol, 'XRP'));
    const candle = { coinSymbol: 'XRP', open: 2, high: 2, low: 2, close: 2 };
    await db.insert(priceCandles).values([
      { ...candle, interval: '5m', bucket: daysAgo(40) },
      { ...candle, interval: '5m', bucket: daysAgo(2) },
      { ...candle, interval: '1d', bucket: daysAgo(40) },
    ]);
    const worker = startPriceWorker({ databaseUrl: databaseUrl(), provider: { name: 'quiet', fetchQuotes: async () => [] }, intervalMs: 100 });
    const left = () => db.select({ interval: priceCandles.interval, bucket: priceCandles.bucket }).from(priceCandles).where(eq(priceCandles.coinSymbol, 'XRP')).orderBy(asc(priceCandles.bucket), asc(priceCandles.interval));
    await vi.waitFor(async () => expect(await left()).toHaveLength(2), { timeout: 5_000 });
    await worker.stop();
    expect(await left()).toEqual([
      { interval: '1d', bucket: daysAgo(40) },
      { interval: '5m', bucket: daysAgo(2) },
    ]);
  });

  it('elects exactly one leader among two workers, and the other takes over when it stops', async () => {
    const provider = { name: 'quiet', fetchQuotes: async () => [] };
    const first = startPriceWorker({ databaseUrl: databaseUrl(), provider, intervalMs: 100 });
    await vi.waitFor(() => expect(first.isLeader()).toBe(true));
    const second = startPriceWorker({ databaseUrl: databaseUrl(), provider, intervalMs: 100 });
    // The second has lost the election and asked again: its lock connection (the one holding no lock) started the query twice.
    const attempts = new Set<string>();
    await vi.waitFor(async () => {
      const rows = await db.execute<{ started: string }>(sql`
        select a.query_start::text as started from pg_stat_activity a
        where a.datname = current_database() and a.pid <> pg_backend_pid() and a.query like '%pg_try_advisory_lock%'
          and not exists (select 1 from pg_locks l where l.pid = a.pid and l.locktype = 'advisory' and l.granted)`);
      rows.forEach((row) => attempts.add(row.started));
      expect(attempts.size).toBeGreaterThanOrEqual(2);
    }, { timeout: 5_000, interval: 20 });
    expect([first.isLeader(), second.isLeader()]).toEqual([true, false]);

    await first.stop();
    await vi.waitFor(() => expect(second.isLeader()).toBe(true), { timeout: 3_000 });
    await second.stop();
  });
});
