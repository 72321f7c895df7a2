/** One observation of a coin's market, as a provider reports it (numbers may be anything until validated). */
export type RawQuote = {
  symbol: string;
  priceUsd: unknown;
  volume24hUsd?: unknown;
  marketCapUsd?: unknown;
  time: Date;
};

export type Tick = { coinSymbol: string; time: Date; priceUsd: number; volume24hUsd: number | null; marketCapUsd: number | null };

export type TrackedCoin = { symbol: string; providerId: string | null };

/** The newest stored tick per coin symbol. */
export type LatestTicks = Map<string, Omit<Tick, 'coinSymbol'>>;

/** A source of market prices. Implementations throw on failure; the worker logs, waits and tries again. */
export interface PriceProvider {
  readonly name: string;
  fetchQuotes(coins: TrackedCoin[], latest: LatestTicks): Promise<RawQuote[]>;
}
