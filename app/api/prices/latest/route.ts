import { listLatestQuotes, type CoinQuote } from '@/db/queries/prices';

const TTL_MS = 2_000;
let cached: { at: number; quotes: Promise<CoinQuote[]> } | null = null;

/** The latest quotes as JSON, for clients without EventSource and for resyncs; at most one query per 2 s. */
export async function GET() {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    cached = { at: Date.now(), quotes: listLatestQuotes() };
    cached.quotes.catch(() => (cached = null));
  }
  const quotes = await cached.quotes;
  return Response.json(
    quotes.map(({ symbol, priceUsd, change24hPct, asOf }) => ({ s: symbol, p: priceUsd, c: change24hPct, t: asOf.toISOString() })),
    { headers: { 'Cache-Control': 'public, max-age=2, s-maxage=2, stale-while-revalidate=10' } },
  );
}
