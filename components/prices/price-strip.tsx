'use client';

import Link from 'next/link';
import type { CoinQuote } from '@/db/queries/prices';
import { LiveChange, LivePrice } from './live-price';

export type TickerQuote = Pick<CoinQuote, 'symbol' | 'priceUsd' | 'change24hPct'>;

// A client component although it has no state of its own: every public page's payload then carries the quotes
// (about 60 bytes a coin) instead of the strip's markup for each coin (about 430), which the browser has cached
// with the JavaScript.
export function PriceStrip({ quotes }: { quotes: TickerQuote[] }) {
  return (
    <section aria-label="Price ticker" className="border-b border-zinc-200 bg-zinc-50 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <ul className="mx-auto flex max-w-6xl gap-5 overflow-x-auto whitespace-nowrap px-4">
        {quotes.map((quote) => (
          <li key={quote.symbol}>
            <Link href="/prices" className="inline-flex min-h-11 items-center gap-1.5 tabular-nums hover:underline">
              <span className="font-semibold">{quote.symbol}</span> <LivePrice symbol={quote.symbol} price={quote.priceUsd} /> <LiveChange symbol={quote.symbol} price={quote.priceUsd} change={quote.change24hPct} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
