import { describe, expect, it } from 'vitest';
import { createSimulatedProvider } from '@/lib/prices/simulated';
import type { LatestTicks } from '@/lib/prices/types';
import { validateQuote } from '@/lib/prices/validate';

const coins = [
  { symbol: 'BTC', providerId: 'bitcoin' },
  { symbol: 'DOGE', providerId: 'dogecoin' },
  { symbol: 'NEW', providerId: null },
];
const latest: LatestTicks = new Map([
  ['BTC', { time: new Date(), priceUsd: 100_000, volume24hUsd: 4e10, marketCapUsd: 2e12 }],
  ['DOGE', { time: new Date(), priceUsd: 0.2, volume24hUsd: 1e9, marketCapUsd: 3e10 }],
]);

describe('simulated provider', () => {
  it('walks on from the latest stored price, with ticks that pass validation', async () => {
    let clock = Date.now();
    const provider = createSimulatedProvider({ seed: 42, now: () => new Date((clock += 5_000)) });
    for (let i = 0; i < 50; i++) {
      const quotes = await provider.fetchQuotes(coins, latest);
      expect(quotes.map((q) => q.symbol)).toEqual(['BTC', 'DOGE']);
      for (const q of quotes) {
        const verdict = validateQuote(q, latest.get(q.symbol)!.priceUsd, new Date(clock));
        expect(verdict.ok).toBe(true);
        if (verdict.ok) latest.set(q.symbol, verdict.tick);
      }
    }
    const btc = latest.get('BTC')!.priceUsd;
    expect(btc).not.toBe(100_000);
    expect(Math.abs(Math.log(btc / 100_000))).toBeLessThan(0.05);
  });

  it('replays the same market for the same seed', async () => {
    const run = async () => {
      const provider = createSimulatedProvider({ seed: 7, now: () => new Date('2026-11-25T12:00:05Z') });
      return provider.fetchQuotes(coins, new Map([['BTC', { time: new Date('2026-11-25T12:00:00Z'), priceUsd: 100_000, volume24hUsd: null, marketCapUsd: null }]]));
    };
    expect(await run()).toEqual(await run());
  });
});
