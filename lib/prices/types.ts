// What the database stores and reads back for the feed is defined beside its queries (db/ does not import lib/).
import type { LatestTicks, TrackedCoin } from '@/db/queries/price-feed';
export type { LatestTicks, Tick, TrackedCoin } from '@/db/queries/price-feed';

/** One observation of a coin's market, as a provider reports it (numbers may be anything until validated). */
export type RawQuote = {
  symbol: string;
  priceUsd: unknown;
  volume24hUsd?: unknown;
  marketCapUsd?: unknown;
  time: Date;
};

/** A source of market prices. Implementations throw on failure; the worker logs, waits and tries again. */
export interface PriceProvider {
  readonly name: string;
  fetchQuotes(coins: TrackedCoin[], latest: LatestTicks): Promise<RawQuote[]>;
}
