import { SideBox } from '@/components/ui/side-box';
import type { CoinQuote } from '@/db/queries/prices';
import { priceFreshness } from '@/lib/prices/freshness';
import { AsOf } from './as-of';
import { LiveChange, LivePrice } from './live-price';
import { Sparkline } from './sparkline';

export function PricesBox({ quotes }: { quotes: CoinQuote[] }) {
  const freshness = priceFreshness(quotes);
  return (
    <SideBox id="prices-box" title="Crypto prices" moreHref="/prices">
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
              <td className="py-2 text-right tabular-nums"><LivePrice symbol={quote.symbol} price={quote.priceUsd} /></td>
              <td className="py-2 text-right tabular-nums">
                <LiveChange symbol={quote.symbol} price={quote.priceUsd} change={quote.change24hPct} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {freshness && <AsOf {...freshness} className="mt-2" />}
    </SideBox>
  );
}
