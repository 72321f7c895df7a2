import type { PriceAtPublication } from '@/db/queries/prices';
import { formatPercent, formatUsd } from '@/lib/content/format';
import { LivePrice } from './live-price';

/** "BTC $X at publication, $Y now" for each coin the story is tagged with. */
export function PricesAtPublication({ prices }: { prices: PriceAtPublication[] }) {
  if (prices.length === 0) return null;
  return (
    <ul aria-label="Prices since publication" className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm">
      {prices.map(({ symbol, thenUsd, nowUsd }) => {
        const change = (nowUsd / thenUsd - 1) * 100;
        return (
          <li key={symbol} className="tabular-nums">
            <span className="font-semibold">{symbol}</span> {formatUsd(thenUsd)} at publication, <LivePrice symbol={symbol} price={nowUsd} /> now{' '}
            <span className="text-zinc-600 dark:text-zinc-400">({formatPercent(change)})</span>
          </li>
        );
      })}
    </ul>
  );
}
