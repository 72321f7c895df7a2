import { sql } from 'drizzle-orm';
import { db } from '../index';

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

/** The newest stored price of every coin with its 24-hour change, in rank order; one index probe per coin. */
export async function listLatestQuotes(limit = 100): Promise<CoinQuote[]> {
  const rows = await db.execute<{
    symbol: string;
    name: string;
    rank: number;
    price: string;
    previous: string | null;
    volume: string | null;
    market_cap: string | null;
    as_of: Date | string;
    sparkline: string[] | null;
  }>(sql`
    select c.symbol, c.name, c.rank, latest.price_usd as price, previous.price_usd as previous,
      latest.volume_24h_usd as volume, latest.market_cap_usd as market_cap, latest.time as as_of,
      (select array_agg(price_usd::text order by hour)
         from (select distinct on (date_trunc('hour', time)) date_trunc('hour', time) as hour, price_usd
                 from price_ticks
                where coin_symbol = c.symbol and time > latest.time - interval '24 hours'
                order by date_trunc('hour', time), time desc) hourly) as sparkline
    from coins c
    cross join lateral (
      select price_usd, volume_24h_usd, market_cap_usd, time from price_ticks
       where coin_symbol = c.symbol order by time desc limit 1) latest
    left join lateral (
      select price_usd from price_ticks
       where coin_symbol = c.symbol and time <= latest.time - interval '24 hours' order by time desc limit 1) previous on true
    order by c.rank
    limit ${limit}`);
  return rows.map((row) => {
    const price = Number(row.price);
    const previous = row.previous === null ? null : Number(row.previous);
    return {
      symbol: row.symbol,
      name: row.name,
      rank: row.rank,
      priceUsd: price,
      change24hPct: previous ? ((price - previous) / previous) * 100 : null,
      volume24hUsd: row.volume === null ? null : Number(row.volume),
      marketCapUsd: row.market_cap === null ? null : Number(row.market_cap),
      asOf: new Date(row.as_of),
      sparkline: (row.sparkline ?? []).map(Number),
    };
  });
}
