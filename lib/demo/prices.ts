import { gaussian, seededRandom } from '@/lib/prices/simulated';
import { coins } from './catalog';

const HOURS = 30 * 24;
const HOURS_PER_YEAR = 24 * 365;

export type SeedTick = { coinSymbol: string; time: Date; priceUsd: number; volume24hUsd: number; marketCapUsd: number };

/**
 * Hourly ticks for the last 30 days: a geometric random walk per coin with the coin's own volatility,
 * a shared market factor (crypto moves together) and a slight downward drift, as after a record high,
 * ending at each coin's price today.
 */
export function generatePriceHistory(now: Date, seed = 20_251_006): SeedTick[] {
  const next = seededRandom(seed);
  const end = new Date(now);
  end.setUTCMinutes(0, 0, 0);
  const prices = coins.map(() => 1);
  const ticks: SeedTick[] = [];
  for (let h = HOURS; h >= 0; h--) {
    const time = new Date(end.getTime() - h * 3_600_000);
    const market = gaussian(next);
    coins.forEach((coin, i) => {
      const sigma = coin.volatility / Math.sqrt(HOURS_PER_YEAR);
      const shock = 0.7 * market + 0.71 * gaussian(next);
      prices[i]! *= Math.exp(-0.25 / HOURS_PER_YEAR - (sigma * sigma) / 2 + sigma * shock);
      ticks.push({ coinSymbol: coin.symbol, time, priceUsd: prices[i]!, marketCapUsd: 0, volume24hUsd: 0.025 + 0.03 * next() });
    });
  }
  // The walk starts at 1; scale each coin's path so that it ends at the coin's price today.
  return ticks.map((tick, n) => {
    const i = n % coins.length;
    const price = Number(((tick.priceUsd / prices[i]!) * coins[i]!.price).toPrecision(8));
    const marketCap = price * coins[i]!.supply;
    return { ...tick, priceUsd: price, marketCapUsd: Math.round(marketCap), volume24hUsd: Math.round(marketCap * tick.volume24hUsd) };
  });
}
