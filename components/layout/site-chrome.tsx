import type { CoinQuote } from '@/db/queries/prices';
import { PriceStrip, type TickerQuote } from '@/components/prices/price-strip';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

type Props = { categories: { slug: string; name: string }[]; quotes: CoinQuote[]; children: React.ReactNode };

// Only what the strip shows: every public page carries it in its payload.
const tickerQuotes = (quotes: CoinQuote[]): TickerQuote[] => quotes.map(({ symbol, priceUsd, change24hPct }) => ({ symbol, priceUsd, change24hPct }));

// The public site around a page: price strip, header, footer. The newsroom has its own frame (newsroom-frame.tsx).
export function SiteChrome({ categories, quotes, children }: Props) {
  return (
    <>
      <link rel="alternate" type="application/rss+xml" title="Tickerwire: latest news" href="/feed.xml" />
      <PriceStrip quotes={tickerQuotes(quotes)} />
      <SiteHeader categories={categories} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter categories={categories} />
    </>
  );
}
