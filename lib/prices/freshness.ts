import type { CoinQuote } from '@/db/queries/prices';

/** The newest observation among the quotes, as an ISO string for client components; null when there are none. */
export function newestQuoteTime(quotes: Pick<CoinQuote, 'asOf'>[]): string | null {
  return quotes.length ? new Date(Math.max(...quotes.map((q) => q.asOf.getTime()))).toISOString() : null;
}
