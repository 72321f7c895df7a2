import { coins } from './catalog';

const HOURS = 30 * 24;
const HOURS_PER_YEAR = 24 * 365;

// Small deterministic PRNG (mulberry32) so every seeded database gets the same history.
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function gaussian(next: () => number) {
  const u = Math.max(next(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

export type SeedTick = { coinSymbol: string; time: Date; priceUsd: number; volume24hUsd: number; marketCapUsd: number };

/**
 * Hourly ticks for the last 30 days: a geometric random walk per coin with the coin's own volatility,
 * a shared market factor (crypto moves together) and a slight downward drift, as after a record high.
 */
export function generatePriceHistory(now: Date, seed = 20_251_006): SeedTick[] {
  const next = random(seed);
  const end = new Date(now);
  end.setUTCMinutes(0, 0, 0);
  const prices = coins.map((coin) => coin.startPrice);
  const ticks: SeedTick[] = [];
  for (let h = HOURS; h >= 0; h--) {
    const time = new Date(end.getTime() - h * 3_600_000);
    const market = gaussian(next);
    coins.forEach((coin, i) => {
      const sigma = coin.volatility / Math.sqrt(HOURS_PER_YEAR);
      const shock = 0.7 * market + 0.71 * gaussian(next);
      prices[i]! *= Math.exp(-0.25 / HOURS_PER_YEAR - (sigma * sigma) / 2 + sigma * shock);
      const price = Number(prices[i]!.toPrecision(8));
      const marketCap = price * coin.supply;
      ticks.push({
        coinSymbol: coin.symbol,
        time,
        priceUsd: price,
        marketCapUsd: Math.round(marketCap),
        volume24hUsd: Math.round(marketCap * (0.025 + 0.03 * next())),
      });
    });
  }
  return ticks;
}
