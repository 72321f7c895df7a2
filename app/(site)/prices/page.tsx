import type { Metadata } from 'next';
import { AsOf } from '@/components/prices/as-of';
import { PricesTable } from '@/components/prices/prices-table';
import { listLatestQuotes, listSparklines } from '@/db/queries/prices';
import { priceFreshness } from '@/lib/prices/freshness';

export const metadata: Metadata = {
  title: 'Crypto prices',
  description: 'Live prices, 24-hour change, volume and market value of the coins Tickerwire tracks.',
  alternates: { canonical: '/prices' },
};

export default async function PricesPage() {
  const [quotes, weeks] = await Promise.all([listLatestQuotes(), listSparklines(7)]);
  const freshness = priceFreshness(quotes);
  return (
    <>
      <h1 className="text-3xl font-black tracking-tight">Crypto prices</h1>
      {freshness && <AsOf {...freshness} className="mt-2 text-sm" />}
      <div className="mt-6 overflow-x-auto">
        <PricesTable
          rows={quotes.map((q) => ({
            symbol: q.symbol,
            name: q.name,
            rank: q.rank,
            priceUsd: q.priceUsd,
            change24hPct: q.change24hPct,
            volume24hUsd: q.volume24hUsd,
            marketCapUsd: q.marketCapUsd,
            week: weeks.get(q.symbol) ?? [],
          }))}
        />
      </div>
    </>
  );
}
