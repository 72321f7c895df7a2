import type { Metadata } from 'next';
import { PriceChange } from '@/components/prices/price-change';
import { Sparkline } from '@/components/prices/sparkline';
import { listLatestQuotes } from '@/db/queries/prices';
import { formatCompactUsd, formatUsd, formatUtcTime } from '@/lib/format';

export const metadata: Metadata = {
  title: 'Crypto prices',
  description: 'Latest prices, 24-hour change, volume and market value of the coins Tickerwire tracks.',
  alternates: { canonical: '/prices' },
};

export default async function PricesPage() {
  const quotes = await listLatestQuotes();
  return (
    <>
      <h1 className="text-3xl font-black tracking-tight">Crypto prices</h1>
      {quotes[0] && <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">As of {formatUtcTime(quotes[0].asOf)}</p>}
      <div className="mt-6 overflow-x-auto">
        <table className="w-full min-w-[40rem] text-left tabular-nums">
          <caption className="sr-only">Tracked coins by market value</caption>
          <thead className="border-b-2 border-zinc-900 text-sm dark:border-zinc-100">
            <tr>
              <th scope="col" className="py-2 pr-3">#</th>
              <th scope="col" className="py-2 pr-3">Coin</th>
              <th scope="col" className="py-2 pr-3 text-right">Price</th>
              <th scope="col" className="py-2 pr-3 text-right">24h</th>
              <th scope="col" className="py-2 pr-3 text-right">24h volume</th>
              <th scope="col" className="py-2 pr-3 text-right">Market cap</th>
              <th scope="col" className="py-2">Last 24 hours</th>
            </tr>
          </thead>
          <tbody>
            {quotes.map((quote) => (
              <tr key={quote.symbol} className="border-b border-zinc-200 dark:border-zinc-800">
                <td className="py-3 pr-3 text-zinc-600 dark:text-zinc-400">{quote.rank}</td>
                <th scope="row" className="py-3 pr-3">
                  <span className="font-semibold">{quote.name}</span> <span className="text-sm text-zinc-600 dark:text-zinc-400">{quote.symbol}</span>
                </th>
                <td className="py-3 pr-3 text-right">{formatUsd(quote.priceUsd)}</td>
                <td className="py-3 pr-3 text-right">
                  <PriceChange value={quote.change24hPct} />
                </td>
                <td className="py-3 pr-3 text-right">{quote.volume24hUsd === null ? 'n/a' : formatCompactUsd(quote.volume24hUsd)}</td>
                <td className="py-3 pr-3 text-right">{quote.marketCapUsd === null ? 'n/a' : formatCompactUsd(quote.marketCapUsd)}</td>
                <td className="py-3">
                  <Sparkline values={quote.sparkline} label={`${quote.name}, last 24 hours`} width={100} height={28} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
