// What the price worker asks of the database. Takes the connection as a parameter: the worker runs
// outside Next.js, in the launcher process or on its own.
import { and, eq, lt, sql, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Database } from '../index';
import { coins, priceCandles, priceTicks } from '../schema';
import { columnNames, excluded } from './columns';

export const PRICE_CHANNEL = 'price_ticks';

/** One stored observation of a coin's market. */
export type Tick = { coinSymbol: string; time: Date; priceUsd: number; volume24hUsd: number | null; marketCapUsd: number | null };

export type TrackedCoin = { symbol: string; providerId: string | null };

/** The newest stored tick per coin symbol. */
export type LatestTicks = Map<string, Omit<Tick, 'coinSymbol'>>;

const usdOrNull = z.string().nullable().transform((value) => (value === null ? null : Number(value)));
const trackedRows = z.array(
  z.object({
    symbol: z.string(),
    provider_id: z.string().nullable(),
    time: z.coerce.date().nullable(),
    price_usd: usdOrNull,
    volume_24h_usd: usdOrNull,
    market_cap_usd: usdOrNull,
  }),
);

export async function loadTrackedCoins(db: Database): Promise<{ coins: TrackedCoin[]; latest: LatestTicks }> {
  const c = alias(coins, 'c');
  const t = alias(priceTicks, 't');
  const rows = trackedRows.parse(
    await db.execute(sql`
      select ${c.symbol} as symbol, ${c.providerId} as provider_id, latest.time, latest.price_usd, latest.volume_24h_usd, latest.market_cap_usd
      from ${coins} ${c}
      left join lateral (
        select ${t.time} as time, ${t.priceUsd} as price_usd, ${t.volume24hUsd} as volume_24h_usd, ${t.marketCapUsd} as market_cap_usd
        from ${priceTicks} ${t} where ${t.coinSymbol} = ${c.symbol} order by ${t.time} desc limit 1) latest on true
      order by ${c.rank}`),
  );
  const latest: LatestTicks = new Map();
  for (const row of rows) {
    if (row.price_usd === null || row.time === null) continue;
    latest.set(row.symbol, {
      time: row.time,
      priceUsd: row.price_usd,
      volume24hUsd: row.volume_24h_usd,
      marketCapUsd: row.market_cap_usd,
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
  const bin = (time: SQLWrapper) => sql`date_bin(interval ${sql.raw(`'${BUCKETS[interval]}'`)}, ${time}, timestamptz '2000-01-01 00:00:00+00')`;
  const { coinSymbol, time, priceUsd, volume24hUsd } = priceTicks;
  const rows = await db.execute(sql`
    insert into ${priceCandles} (${columnNames(priceCandles.coinSymbol, priceCandles.interval, priceCandles.bucket, priceCandles.open, priceCandles.high, priceCandles.low, priceCandles.close, priceCandles.volume24hUsd)})
    select ${coinSymbol}, ${interval}, ${bin(time)},
      (array_agg(${priceUsd} order by ${time}))[1], max(${priceUsd}), min(${priceUsd}),
      (array_agg(${priceUsd} order by ${time} desc))[1], (array_agg(${volume24hUsd} order by ${time} desc))[1]
    from ${priceTicks} where ${time} >= ${bin(sql`${since.toISOString()}::timestamptz`)}
    group by ${coinSymbol}, ${bin(time)}
    on conflict (${columnNames(priceCandles.coinSymbol, priceCandles.interval, priceCandles.bucket)}) do update
      set ${sql.join(
        [priceCandles.open, priceCandles.high, priceCandles.low, priceCandles.close, priceCandles.volume24hUsd].map((column) => sql`${columnNames(column)} = ${excluded(column)}`),
        sql`, `,
      )}
    returning 1`);
  return rows.length;
}

export async function deleteTicksBefore(db: Database, cutoff: Date): Promise<number> {
  const rows = await db.delete(priceTicks).where(lt(priceTicks.time, cutoff)).returning({ one: sql`1` });
  return rows.length;
}

/** Retires candles of one interval older than `cutoff`, through price_candles_interval_bucket_idx. */
export async function deleteCandlesBefore(db: Database, interval: keyof typeof BUCKETS, cutoff: Date): Promise<number> {
  const rows = await db
    .delete(priceCandles)
    .where(and(eq(priceCandles.interval, interval), lt(priceCandles.bucket, cutoff)))
    .returning({ one: sql`1` });
  return rows.length;
}
