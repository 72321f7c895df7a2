import Link from 'next/link';
import type { CoinQuote } from '@/db/queries/prices';
import { formatUsd, formatUtcTime } from '@/lib/format';
import { PriceChange } from './price-change';
import { Sparkline } from './sparkline';

export function PricesBox({ quotes }: { quotes: CoinQuote[] }) {
  const asOf = quotes[0]?.asOf;
  return (
    <section aria-labelledby="prices-box" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="flex items-baseline justify-between">
        <h2 id="prices-box" className="text-lg font-bold">
          Crypto prices
        </h2>
        <Link href="/prices" className="flex min-h-11 items-center px-1 text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300">
          More<span className="sr-only"> crypto prices</span>
        </Link>
      </div>
      <table className="w-full text-sm">
        <caption className="sr-only">Latest prices and 24-hour change</caption>
        <tbody>
          {quotes.map((quote) => (
            <tr key={quote.symbol} className="border-t border-zinc-100 dark:border-zinc-900">
              <th scope="row" className="py-2 text-left font-semibold">
                {quote.symbol}
              </th>
              <td className="py-2">
                <Sparkline values={quote.sparkline} label={`${quote.name}, last 24 hours`} width={56} height={20} />
              </td>
              <td className="py-2 text-right tabular-nums">{formatUsd(quote.priceUsd)}</td>
              <td className="py-2 text-right tabular-nums">
                <PriceChange value={quote.change24hPct} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {asOf && <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">As of {formatUtcTime(asOf)}</p>}
    </section>
  );
}
