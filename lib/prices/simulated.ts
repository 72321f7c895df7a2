import type { LatestTicks, PriceProvider, RawQuote, TrackedCoin } from './types';

// Yearly volatility by coin; unknown coins move like a mid-cap altcoin.
const VOLATILITY: Record<string, number> = { BTC: 0.45, ETH: 0.65, BNB: 0.55, TRX: 0.5, XRP: 0.8, SOL: 0.8, LTC: 0.75, ADA: 0.85, LINK: 0.85 };
const DEFAULT_VOLATILITY = 0.9;
const MS_PER_YEAR = 365 * 24 * 3_600_000;

/** A seeded PRNG (mulberry32): the same seed replays the same market. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function gaussian(random: () => number) {
  return Math.sqrt(-2 * Math.log(Math.max(random(), Number.EPSILON))) * Math.cos(2 * Math.PI * random());
}

/**
 * A random walk from the latest stored price of each coin, scaled to the time since the last tick,
 * with a market factor shared by all coins. For demos and tests: this machine has no market-data feed.
 */
export function createSimulatedProvider({ seed = Date.now(), now = () => new Date() } = {}): PriceProvider {
  const random = seededRandom(seed);
  let lastAt = now().getTime();
  return {
    name: 'simulated',
    async fetchQuotes(coins: TrackedCoin[], latest: LatestTicks): Promise<RawQuote[]> {
      const time = now();
      const elapsed = Math.max(1_000, time.getTime() - lastAt);
      lastAt = time.getTime();
      const market = gaussian(random);
      return coins.flatMap((coin) => {
        const last = latest.get(coin.symbol);
        if (last === undefined) return [];
        const sigma = (VOLATILITY[coin.symbol] ?? DEFAULT_VOLATILITY) * Math.sqrt(elapsed / MS_PER_YEAR);
        const price = Number((last.priceUsd * Math.exp(sigma * (0.7 * market + 0.71 * gaussian(random)))).toPrecision(8));
        const ratio = price / last.priceUsd;
        return [
          {
            symbol: coin.symbol,
            priceUsd: price,
            marketCapUsd: last.marketCapUsd === null ? null : Math.round(last.marketCapUsd * ratio),
            volume24hUsd: last.volume24hUsd === null ? null : Math.round(last.volume24hUsd * (1 + 0.01 * gaussian(random))),
            time,
          },
        ];
      });
    },
  };
}
