import { describe, expect, it } from 'vitest';
import { jumpReference, validateQuote } from '@/lib/prices/validate';

const now = new Date('2026-11-25T12:00:00Z');
const quote = (overrides: Record<string, unknown> = {}) => ({ symbol: 'BTC', priceUsd: 104_000, volume24hUsd: 5e10, marketCapUsd: 2e12, time: new Date(now.getTime() - 5_000), ...overrides });

describe('tick validation', () => {
  it('accepts a sane quote and normalises numeric strings', () => {
    expect(validateQuote(quote(), 103_500, now)).toMatchObject({ ok: true, tick: { coinSymbol: 'BTC', priceUsd: 104_000 } });
    expect(validateQuote(quote({ priceUsd: '104000.5', volume24hUsd: null }), 103_500, now)).toMatchObject({ ok: true, tick: { priceUsd: 104_000.5, volume24hUsd: null } });
  });

  it.each([
    ['a non-numeric price', { priceUsd: 'n/a' }, /not a number/],
    ['an empty price', { priceUsd: '' }, /not a number/],
    ['an infinite price', { priceUsd: Infinity }, /not a number/],
    ['a zero price', { priceUsd: 0 }, /positive/],
    ['a negative price', { priceUsd: -1 }, /positive/],
    ['a jump beyond the bound', { priceUsd: 140_000 }, /jump/],
    ['a crash beyond the bound', { priceUsd: 70_000 }, /jump/],
    ['a stale timestamp', { time: new Date(now.getTime() - 10 * 60_000) }, /stale/],
    ['a timestamp from the future', { time: new Date(now.getTime() + 5 * 60_000) }, /future/],
    ['an invalid timestamp', { time: new Date('nope') }, /timestamp/],
    ['a negative volume', { volume24hUsd: -5 }, /volume/],
  ])('rejects %s', (_, overrides, reason) => {
    const verdict = validateQuote(quote(overrides), 103_500, now);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(reason);
  });

  it('accepts any first price for a coin with no history', () => {
    expect(validateQuote(quote({ priceUsd: 1 }), undefined, now).ok).toBe(true);
  });

  it('judges a jump against a recent price only, so a real move after a long outage is not refused for days', () => {
    const last = { priceUsd: 80_000, time: new Date(now.getTime() - 60 * 60_000) };
    expect(validateQuote(quote(), jumpReference(last, now), now).ok).toBe(true);
    const recent = { priceUsd: 80_000, time: new Date(now.getTime() - 60_000) };
    expect(validateQuote(quote(), jumpReference(recent, now), now)).toMatchObject({ ok: false, reason: expect.stringContaining('jump') });
  });
});
