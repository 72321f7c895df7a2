// What the price worker asks of the database. Takes the connection as a parameter: the worker runs
// outside Next.js, in the launcher process or on its own.
import { sql } from 'drizzle-orm';
import type { Database } from '../index';
import { coins, priceTicks } from '../schema';
import type { LatestTicks, Tick, TrackedCoin } from '@/lib/prices/types';

export const PRICE_CHANNEL = 'price_ticks';

export async function loadTrackedCoins(db: Database): Promise<{ coins: TrackedCoin[]; latest: LatestTicks }> {
  const rows = await db.execute<{
    symbol: string;
    provider_id: string | null;
    time: string | null;
    price_usd: string | null;
    volume_24h_usd: string | null;
    market_cap_usd: string | null;
  }>(sql`
    select c.symbol, c.provider_id, t.time, t.price_usd, t.volume_24h_usd, t.market_cap_usd
    from ${coins} c
    left join lateral (select * from ${priceTicks} where coin_symbol = c.symbol order by time desc limit 1) t on true
    order by c.rank`);
  const latest: LatestTicks = new Map();
  for (const row of rows) {
    if (row.price_usd === null || row.time === null) continue;
    latest.set(row.symbol, {
      time: new Date(row.time),
      priceUsd: Number(row.price_usd),
      volume24hUsd: row.volume_24h_usd === null ? null : Number(row.volume_24h_usd),
      marketCapUsd: row.market_cap_usd === null ? null : Number(row.market_cap_usd),
    });
  }
  return { coins: rows.map((r) => ({ symbol: r.symbol, providerId: r.provider_id })), latest };
}

/** Stores the ticks and tells every listening server process, in one transaction (NOTIFY is sent on commit). */
export async function storeTicks(db: Database, ticks: Tick[]): Promise<void> {
  if (ticks.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.insert(priceTicks).values(ticks).onConflictDoNothing();
    const payload = JSON.stringify(ticks.map((t) => ({ s: t.coinSymbol, p: t.priceUsd, t: t.time.toISOString() })));
    await tx.execute(sql`select pg_notify(${PRICE_CHANNEL}, ${payload})`);
  });
}

const BUCKETS = { '5m': '5 minutes', '1d': '1 day' } as const;

/**
 * Recomputes the OHLC candles of every bucket from `since` on, from the raw ticks. Idempotent:
 * running it again over the same ticks writes the same candles.
 */
export async function rollUpCandles(db: Pick<Database, 'execute'>, interval: keyof typeof BUCKETS, since: Date): Promise<number> {
  const width = sql.raw(`'${BUCKETS[interval]}'`);
  const rows = await db.execute(sql`
    insert into price_candles (coin_symbol, interval, bucket, open, high, low, close, volume_24h_usd)
    select coin_symbol, ${interval}, bucket,
      (array_agg(price_usd order by time))[1], max(price_usd), min(price_usd),
      (array_agg(price_usd order by time desc))[1], (array_agg(volume_24h_usd order by time desc))[1]
    from (select *, date_bin(interval ${width}, time, timestamptz '2000-01-01 00:00:00+00') as bucket
          from ${priceTicks} where time >= date_bin(interval ${width}, ${since.toISOString()}::timestamptz, timestamptz '2000-01-01 00:00:00+00')) t
    group by coin_symbol, bucket
    on conflict (coin_symbol, interval, bucket) do update
      set open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close, volume_24h_usd = excluded.volume_24h_usd
    returning 1`);
  return rows.length;
}

export async function deleteTicksBefore(db: Database, cutoff: Date): Promise<number> {
  const rows = await db.execute(sql`delete from ${priceTicks} where time < ${cutoff.toISOString()}::timestamptz returning 1`);
  return rows.length;
}

/** Retires candles of one interval older than `cutoff`, through price_candles_interval_bucket_idx. */
export async function deleteCandlesBefore(db: Database, interval: keyof typeof BUCKETS, cutoff: Date): Promise<number> {
  const rows = await db.execute(sql`delete from price_candles where interval = ${interval} and bucket < ${cutoff.toISOString()}::timestamptz returning 1`);
  return rows.length;
}
