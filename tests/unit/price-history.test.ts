import { describe, expect, it } from 'vitest';
import { coins } from '@/lib/demo/catalog';
import { generatePriceHistory } from '@/lib/demo/prices';

const now = new Date('2026-11-25T12:34:00Z');

describe('seeded price history', () => {
  it('is the same every time for the same seed, and different for another', () => {
    expect(generatePriceHistory(now)).toEqual(generatePriceHistory(now));
    expect(generatePriceHistory(now, 1)[100]!.priceUsd).not.toBe(generatePriceHistory(now, 2)[100]!.priceUsd);
  });

  it('has 30 days of hourly, positive prices for every coin, ending at the current hour', () => {
    const history = generatePriceHistory(now);
    for (const coin of coins) {
      const ticks = history.filter((t) => t.coinSymbol === coin.symbol);
      expect(ticks).toHaveLength(30 * 24 + 1);
      expect(ticks.at(-1)!.time.toISOString()).toBe('2026-11-25T12:00:00.000Z');
      expect(ticks.at(-1)!.priceUsd).toBeCloseTo(coin.price, 4);
      expect(ticks.every((t) => t.priceUsd > 0 && t.volume24hUsd > 0 && t.marketCapUsd > 0)).toBe(true);
    }
  });

  it('moves like a market: hourly moves are small, but the month has a real range', () => {
    const btc = generatePriceHistory(now).filter((t) => t.coinSymbol === 'BTC').map((t) => t.priceUsd);
    const moves = btc.slice(1).map((p, i) => Math.abs(Math.log(p / btc[i]!)));
    expect(Math.max(...moves)).toBeLessThan(0.05);
    expect(Math.max(...btc) / Math.min(...btc)).toBeGreaterThan(1.03);
  });
});
