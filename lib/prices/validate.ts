import type { RawQuote, Tick } from './types';

export type TickRules = {
  /** Largest accepted move from the last stored price, as a fraction (0.25 = 25%). */
  maxJump: number;
  /** Oldest accepted observation, in milliseconds before now. */
  maxAgeMs: number;
  /** Clock skew tolerated for observations stamped in the future. */
  maxFutureMs: number;
};

export const defaultTickRules: TickRules = { maxJump: 0.25, maxAgeMs: 5 * 60_000, maxFutureMs: 30_000 };

const toNumber = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN);

function optionalAmount(value: unknown): number | null | undefined {
  if (value === undefined || value === null) return null;
  const n = toNumber(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

// A jump is judged against a recent price only: after a long outage a real move past the bound must not be
// refused until the old tick ages out of storage.
const JUMP_REFERENCE_MAX_AGE_MS = 15 * 60_000;

/** The stored price a new quote's jump is measured from, or undefined when the last tick is too old to judge by. */
export function jumpReference(last: { priceUsd: number; time: Date } | undefined, now: Date): number | undefined {
  return last && now.getTime() - last.time.getTime() <= JUMP_REFERENCE_MAX_AGE_MS ? last.priceUsd : undefined;
}

export type Verdict = { ok: true; tick: Tick } | { ok: false; reason: string };

/** Accepts a quote as a tick, or says why it is not fit to store or show. */
export function validateQuote(quote: RawQuote, lastPrice: number | undefined, now: Date, rules = defaultTickRules): Verdict {
  const price = toNumber(quote.priceUsd);
  if (!Number.isFinite(price)) return { ok: false, reason: `price is not a number (${String(quote.priceUsd)})` };
  if (price <= 0) return { ok: false, reason: `price must be positive (${price})` };
  if (!(quote.time instanceof Date) || Number.isNaN(quote.time.getTime())) return { ok: false, reason: 'timestamp is missing or invalid' };
  const age = now.getTime() - quote.time.getTime();
  if (age > rules.maxAgeMs) return { ok: false, reason: `stale: observed ${Math.round(age / 1000)} s ago` };
  if (-age > rules.maxFutureMs) return { ok: false, reason: `timestamp ${Math.round(-age / 1000)} s in the future` };
  if (lastPrice !== undefined && Math.abs(Math.log(price / lastPrice)) > Math.log(1 + rules.maxJump)) {
    return { ok: false, reason: `jump from ${lastPrice} to ${price} exceeds ${rules.maxJump * 100}%` };
  }
  const volume = optionalAmount(quote.volume24hUsd);
  const marketCap = optionalAmount(quote.marketCapUsd);
  if (volume === undefined || marketCap === undefined) return { ok: false, reason: 'volume or market cap is not a non-negative number' };
  return { ok: true, tick: { coinSymbol: quote.symbol, time: quote.time, priceUsd: price, volume24hUsd: volume, marketCapUsd: marketCap } };
}
