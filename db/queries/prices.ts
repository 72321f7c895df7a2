import { eq, sql } from 'drizzle-orm';
import { db } from '../index';
import { articles, articleTags, coins, tags } from '../schema';

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

type QuoteRow = {
  symbol: string;
  name: string;
  rank: number;
  price: string | number;
  previous: string | number | null;
  volume: string | number | null;
  market_cap: string | number | null;
  as_of: Date | string;
  sparkline: string[] | null;
};

/**
 * The newest stored price of every coin with its 24-hour change, in rank order; one index probe per coin. The
 * sparkline's hourly closes come from the 5-minute candles (12 rows an hour instead of every tick), and its last
 * point is the newest tick, which the candles may not have caught up with.
 */
const quotesSql = (limit: number) => sql`
    select c.symbol, c.name, c.rank, latest.price_usd as price, previous.price_usd as previous,
      latest.volume_24h_usd as volume, latest.market_cap_usd as market_cap, latest.time as as_of,
      array(select close::text from (
              select distinct on (date_trunc('hour', bucket)) date_trunc('hour', bucket) as hour, close
                from price_candles
               where coin_symbol = c.symbol and interval = '5m' and bucket > latest.time - interval '24 hours'
                 and bucket < date_trunc('hour', latest.time)
               order by date_trunc('hour', bucket), bucket desc) hourly
            order by hour) || latest.price_usd::text as sparkline
    from coins c
    cross join lateral (
      select price_usd, volume_24h_usd, market_cap_usd, time from price_ticks
       where coin_symbol = c.symbol order by time desc limit 1) latest
    left join lateral (
      select price_usd from price_ticks
       where coin_symbol = c.symbol and time <= latest.time - interval '24 hours' order by time desc limit 1) previous on true
    order by c.rank
    limit ${limit}`;

/** The quotes as one JSON array, for a statement that returns more than prices. */
export const quotesJson = (limit: number) => sql`(select coalesce(json_agg(q order by q.rank), '[]'::json) from (${quotesSql(limit)}) q)`;

const orNull = (value: string | number | null) => (value === null ? null : Number(value));

export function parseQuotes(rows: QuoteRow[]): CoinQuote[] {
  return rows.map((row) => {
    const price = Number(row.price);
    const previous = orNull(row.previous);
    return {
      symbol: row.symbol,
      name: row.name,
      rank: row.rank,
      priceUsd: price,
      change24hPct: previous ? ((price - previous) / previous) * 100 : null,
      volume24hUsd: orNull(row.volume),
      marketCapUsd: orNull(row.market_cap),
      asOf: new Date(row.as_of),
      sparkline: (row.sparkline ?? []).map(Number),
    };
  });
}

export const listLatestQuotes = async (limit = 100): Promise<CoinQuote[]> => parseQuotes(await db.execute<QuoteRow>(quotesSql(limit)));

/** Hourly closes over the last `days` days per coin, from the 5-minute candles (a sparkline per coin). */
export async function listSparklines(days: number): Promise<Map<string, number[]>> {
  const rows = await db.execute<{ symbol: string; closes: string[] }>(sql`
    select coin_symbol as symbol, array_agg(close::text order by bucket) as closes
    from price_candles
    where interval = '5m' and bucket > now() - make_interval(days => ${days}) and extract(minute from bucket) = 0
    group by coin_symbol`);
  return new Map(rows.map((r) => [r.symbol, r.closes.map(Number)]));
}

export const CHART_RANGES = {
  '1d': { label: '1D', days: 1, interval: '5m', step: '5 minutes' },
  '7d': { label: '7D', days: 7, interval: '5m', step: '1 hour' },
  '30d': { label: '30D', days: 30, interval: '5m', step: '4 hours' },
  '1y': { label: '1Y', days: 365, interval: '1d', step: '1 day' },
} as const;
export type ChartRange = keyof typeof CHART_RANGES;

/** Closing prices for a chart of one coin over a range, thinned to one point per step. */
export async function listChartPoints(symbol: string, range: ChartRange): Promise<{ time: number; value: number }[]> {
  const { days, interval, step } = CHART_RANGES[range];
  const rows = await db.execute<{ time: string; close: string }>(sql`
    select distinct on (slot) slot as time, close
    from (select date_bin(${step}::interval, bucket, timestamptz '2000-01-01 00:00:00+00') as slot, bucket, close
            from price_candles
           where coin_symbol = ${symbol} and interval = ${interval} and bucket > now() - make_interval(days => ${days})) c
    order by slot, bucket desc`);
  return rows.map((r) => ({ time: Math.floor(new Date(r.time).getTime() / 1000), value: Number(r.close) }));
}

export async function getCoin(symbol: string) {
  // The coins table's CHECK: anything else (a NUL byte from an address, say) cannot be a coin.
  if (!/^[A-Z0-9]{2,10}$/.test(symbol)) return null;
  const [row] = await db.select({ symbol: coins.symbol, name: coins.name, rank: coins.rank }).from(coins).where(eq(coins.symbol, symbol));
  return row ?? null;
}

export type PriceAtPublication = { symbol: string; thenUsd: number; nowUsd: number };

/**
 * For each coin an article is tagged with: its price when the article was published (from the raw ticks while
 * they are kept, else the 5-minute, else the daily candles) and its latest price, as a JSON array for a statement
 * to embed. Coins with either price unknown are left out.
 */
export const pricesAtPublicationJson = (articleId: number) => sql`(select coalesce(json_agg(p order by p.symbol), '[]'::json) from (
    select t.coin_symbol as symbol,
      coalesce(
        (select price_usd from price_ticks where coin_symbol = t.coin_symbol and time <= a.published_at and time > a.published_at - interval '2 hours' order by time desc limit 1),
        (select close from price_candles where coin_symbol = t.coin_symbol and interval = '5m' and bucket <= a.published_at and bucket > a.published_at - interval '2 hours' order by bucket desc limit 1),
        (select close from price_candles where coin_symbol = t.coin_symbol and interval = '1d' and bucket <= a.published_at and bucket > a.published_at - interval '2 days' order by bucket desc limit 1)
      ) as "thenUsd",
      (select price_usd from price_ticks where coin_symbol = t.coin_symbol order by time desc limit 1) as "nowUsd"
    from ${articleTags} at
    join ${tags} t on t.id = at.tag_id and t.coin_symbol is not null
    join ${articles} a on a.id = at.article_id
    where at.article_id = ${articleId}) p
  where p."thenUsd" is not null and p."nowUsd" is not null)`;

export async function listPricesAtPublication(articleId: number): Promise<PriceAtPublication[]> {
  const [row] = await db.execute<{ prices: PriceAtPublication[] }>(sql`select ${pricesAtPublicationJson(articleId)} as prices`);
  return row!.prices;
}
