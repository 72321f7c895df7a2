import { and, eq, gt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { db } from '../index';
import { articles, articleTags, coins, priceCandles, priceTicks, tags } from '../schema';

export type CoinQuote = {
  symbol: string;
  name: string;
  rank: number;
  priceUsd: number;
  change24hPct: number | null;
  volume24hUsd: number | null;
  marketCapUsd: number | null;
  asOf: Date;
  /** Hourly closes over the last 24 hours, oldest first, for a sparkline. */
  sparkline: number[];
};

// Numbers arrive as strings from a row and as numbers from JSON; times as strings from JSON.
const usdValue = z.union([z.string(), z.number()]).transform(Number);
const quoteRow = z.object({
  symbol: z.string(),
  name: z.string(),
  rank: z.number(),
  price: usdValue,
  previous: usdValue.nullable(),
  volume: usdValue.nullable(),
  market_cap: usdValue.nullable(),
  as_of: z.coerce.date(),
  sparkline: z.array(usdValue).nullable(),
});

/**
 * The newest stored price of every coin with its 24-hour change, in rank order; one index probe per coin. The
 * sparkline's hourly closes come from the 5-minute candles (12 rows an hour instead of every tick), and its last
 * point is the newest tick, which the candles may not have caught up with.
 */
function quotesSql(limit: number) {
  const c = alias(coins, 'c');
  const tick = alias(priceTicks, 'tick');
  const candle = alias(priceCandles, 'candle');
  return sql`
    select ${c.symbol} as symbol, ${c.name} as name, ${c.rank} as rank, latest.price, previous.price as previous,
      latest.volume, latest.market_cap, latest.as_of,
      array(select close::text from (
              select distinct on (date_trunc('hour', ${candle.bucket})) date_trunc('hour', ${candle.bucket}) as hour, ${candle.close} as close
                from ${priceCandles} ${candle}
               where ${candle.coinSymbol} = ${c.symbol} and ${candle.interval} = '5m' and ${candle.bucket} > latest.as_of - interval '24 hours'
                 and ${candle.bucket} < date_trunc('hour', latest.as_of)
               order by date_trunc('hour', ${candle.bucket}), ${candle.bucket} desc) hourly
            order by hour) || latest.price::text as sparkline
    from ${coins} ${c}
    cross join lateral (
      select ${tick.priceUsd} as price, ${tick.volume24hUsd} as volume, ${tick.marketCapUsd} as market_cap, ${tick.time} as as_of
        from ${priceTicks} ${tick}
       where ${tick.coinSymbol} = ${c.symbol} order by ${tick.time} desc limit 1) latest
    left join lateral (
      select ${tick.priceUsd} as price from ${priceTicks} ${tick}
       where ${tick.coinSymbol} = ${c.symbol} and ${tick.time} <= latest.as_of - interval '24 hours' order by ${tick.time} desc limit 1) previous on true
    order by ${c.rank}
    limit ${limit}`;
}

/** The quotes as one JSON array, for a statement that returns more than prices (read it with quotesSchema). */
export const quotesJson = (limit: number) => sql`(select coalesce(json_agg(q order by q.rank), '[]'::json) from (${quotesSql(limit)}) q)`;

export const quotesSchema = z.array(quoteRow).transform((rows): CoinQuote[] =>
  rows.map((row) => ({
    symbol: row.symbol,
    name: row.name,
    rank: row.rank,
    priceUsd: row.price,
    change24hPct: row.previous ? ((row.price - row.previous) / row.previous) * 100 : null,
    volume24hUsd: row.volume,
    marketCapUsd: row.market_cap,
    asOf: row.as_of,
    sparkline: row.sparkline ?? [],
  })),
);

export const listLatestQuotes = async (limit = 100): Promise<CoinQuote[]> => quotesSchema.parse(await db.execute(quotesSql(limit)));

const closesSchema = z.array(usdValue);

/** Hourly closes over the last `days` days per coin, from the 5-minute candles (a sparkline per coin). */
export async function listSparklines(days: number): Promise<Map<string, number[]>> {
  const rows = await db
    .select({ symbol: priceCandles.coinSymbol, closes: sql`array_agg(${priceCandles.close}::text order by ${priceCandles.bucket})`.mapWith((closes) => closesSchema.parse(closes)) })
    .from(priceCandles)
    .where(and(eq(priceCandles.interval, '5m'), gt(priceCandles.bucket, sql`now() - make_interval(days => ${days})`), sql`extract(minute from ${priceCandles.bucket}) = 0`))
    .groupBy(priceCandles.coinSymbol);
  return new Map(rows.map((r) => [r.symbol, r.closes]));
}

export const CHART_RANGES = {
  '1d': { label: '1D', days: 1, interval: '5m', step: '5 minutes' },
  '7d': { label: '7D', days: 7, interval: '5m', step: '1 hour' },
  '30d': { label: '30D', days: 30, interval: '5m', step: '4 hours' },
  '1y': { label: '1Y', days: 365, interval: '1d', step: '1 day' },
} as const;
export type ChartRange = keyof typeof CHART_RANGES;

const chartRows = z.array(z.object({ time: z.coerce.date(), close: usdValue }));

/** Closing prices for a chart of one coin over a range, thinned to one point per step. */
export async function listChartPoints(symbol: string, range: ChartRange): Promise<{ time: number; value: number }[]> {
  const { days, interval, step } = CHART_RANGES[range];
  const slot = sql`date_bin(${step}::interval, ${priceCandles.bucket}, timestamptz '2000-01-01 00:00:00+00')`;
  const rows = await db.execute(sql`
    select distinct on (slot) slot as time, close
    from (select ${slot} as slot, ${priceCandles.bucket} as bucket, ${priceCandles.close} as close
            from ${priceCandles}
           where ${priceCandles.coinSymbol} = ${symbol} and ${priceCandles.interval} = ${interval} and ${priceCandles.bucket} > now() - make_interval(days => ${days})) c
    order by slot, bucket desc`);
  return chartRows.parse(rows).map((r) => ({ time: Math.floor(r.time.getTime() / 1000), value: r.close }));
}

export async function getCoin(symbol: string) {
  // The coins table's CHECK: anything else (a NUL byte from an address, say) cannot be a coin.
  if (!/^[A-Z0-9]{2,10}$/.test(symbol)) return null;
  const [row] = await db.select({ symbol: coins.symbol, name: coins.name, rank: coins.rank }).from(coins).where(eq(coins.symbol, symbol));
  return row ?? null;
}

export const pricesAtPublicationSchema = z.array(z.object({ symbol: z.string(), thenUsd: z.number(), nowUsd: z.number() }));
export type PriceAtPublication = z.infer<typeof pricesAtPublicationSchema>[number];

/**
 * For each coin an article is tagged with: its price when the article was published (from the raw ticks while
 * they are kept, else the 5-minute, else the daily candles) and its latest price, as a JSON array for a statement
 * to embed (read it with pricesAtPublicationSchema). Coins with either price unknown are left out.
 */
export function pricesAtPublicationJson(articleId: number) {
  const tick = alias(priceTicks, 'tick');
  const candle = alias(priceCandles, 'candle');
  const at = articles.publishedAt;
  const closeBefore = (interval: SQL, window: SQL) => sql`(select ${candle.close} from ${priceCandles} ${candle}
    where ${candle.coinSymbol} = ${tags.coinSymbol} and ${candle.interval} = ${interval} and ${candle.bucket} <= ${at} and ${candle.bucket} > ${at} - ${window}
    order by ${candle.bucket} desc limit 1)`;
  return sql`(select coalesce(json_agg(p order by p.symbol), '[]'::json) from (
    select ${tags.coinSymbol} as symbol,
      coalesce(
        (select ${tick.priceUsd} from ${priceTicks} ${tick} where ${tick.coinSymbol} = ${tags.coinSymbol} and ${tick.time} <= ${at} and ${tick.time} > ${at} - interval '2 hours' order by ${tick.time} desc limit 1),
        ${closeBefore(sql`'5m'`, sql`interval '2 hours'`)},
        ${closeBefore(sql`'1d'`, sql`interval '2 days'`)}
      ) as "thenUsd",
      (select ${tick.priceUsd} from ${priceTicks} ${tick} where ${tick.coinSymbol} = ${tags.coinSymbol} order by ${tick.time} desc limit 1) as "nowUsd"
    from ${articleTags}
    join ${tags} on ${tags.id} = ${articleTags.tagId} and ${tags.coinSymbol} is not null
    join ${articles} on ${articles.id} = ${articleTags.articleId}
    where ${articleTags.articleId} = ${articleId}) p
  where p."thenUsd" is not null and p."nowUsd" is not null)`;
}

export async function listPricesAtPublication(articleId: number): Promise<PriceAtPublication[]> {
  const [row] = await db.execute(sql`select ${pricesAtPublicationJson(articleId)} as prices`);
  return z.object({ prices: pricesAtPublicationSchema }).parse(row).prices;
}
