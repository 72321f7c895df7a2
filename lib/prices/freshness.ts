import type { CoinQuote } from '@/db/queries/prices';
import { env } from '@/lib/env';

/** How current a set of quotes is, as a client component needs it: the newest observation, and whether it was stale when read. */
export type Freshness = { asOf: string; staleAfterSeconds: number; staleWhenRead: boolean };

/** The freshness of the quotes, judged now against PRICE_STALE_AFTER_SECONDS; null when there are none. */
export function priceFreshness(quotes: Pick<CoinQuote, 'asOf'>[]): Freshness | null {
  if (!quotes.length) return null;
  const newest = Math.max(...quotes.map((q) => q.asOf.getTime()));
  const staleAfterSeconds = env.PRICE_STALE_AFTER_SECONDS;
  return { asOf: new Date(newest).toISOString(), staleAfterSeconds, staleWhenRead: Date.now() - newest > staleAfterSeconds * 1000 };
}
