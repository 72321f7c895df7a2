'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { CoinQuote } from '@/db/queries/prices';
import { formatCompactUsd } from '@/lib/content/format';
import { LiveChange, LivePrice } from './live-price';
import { Sparkline } from './sparkline';

type Row = Omit<CoinQuote, 'asOf' | 'sparkline'> & { week: number[] };
type Key = 'rank' | 'name' | 'priceUsd' | 'change24hPct' | 'volume24hUsd' | 'marketCapUsd';

const columns: { key: Key; label: string; numeric: boolean }[] = [
  { key: 'rank', label: '#', numeric: true },
  { key: 'name', label: 'Coin', numeric: false },
  { key: 'priceUsd', label: 'Price', numeric: true },
  { key: 'change24hPct', label: '24h', numeric: true },
  { key: 'volume24hUsd', label: '24h volume', numeric: true },
  { key: 'marketCapUsd', label: 'Market cap', numeric: true },
];

// The coin column stays in place while a narrow screen scrolls the table sideways; its edge shows where figures pass under it.
// Narrower gutters on a phone, so rank, coin, price and 24h change fit a 375 px screen before the table scrolls.
const cell = 'px-1 py-3 sm:px-2';
const stickyCoin = 'sticky left-0 z-10 bg-white dark:bg-zinc-950 max-md:shadow-[1px_0_0_var(--color-zinc-200)] dark:max-md:shadow-[1px_0_0_var(--color-zinc-800)]';

/**
 * All tracked coins; a click on a column heading sorts by it (and again reverses). Without JavaScript: rank order.
 * Each row keeps to one line; on a phone the table scrolls sideways inside the page's box, never the page.
 */
export function PricesTable({ rows }: { rows: Row[] }) {
  const [sort, setSort] = useState<{ key: Key; descending: boolean }>({ key: 'rank', descending: false });
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [a[sort.key], b[sort.key]];
    const order = typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y)) : (x ?? -Infinity) - (y ?? -Infinity);
    return sort.descending ? -order : order;
  });
  return (
    <table className="w-full whitespace-nowrap text-left tabular-nums">
      <caption className="sr-only">Tracked coins; column headings sort the table</caption>
      <thead className="border-b-2 border-zinc-900 text-sm dark:border-zinc-100">
        <tr>
          {columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              className={column.key === 'name' ? stickyCoin : column.numeric && column.key !== 'rank' ? 'text-right' : ''}
            >
              <button
                type="button"
                onClick={() => setSort((s) => ({ key: column.key, descending: s.key === column.key ? !s.descending : column.numeric && column.key !== 'rank' }))}
                className="min-h-11 px-1 font-semibold hover:underline sm:px-2"
              >
                {column.label}
                <span aria-hidden="true">{sort.key === column.key ? (sort.descending ? ' ↓' : ' ↑') : ''}</span>
              </button>
            </th>
          ))}
          <th scope="col" className="px-1 sm:px-2">
            7 days
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.symbol} className="border-b border-zinc-200 dark:border-zinc-800">
            <td className={`${cell} text-zinc-600 dark:text-zinc-400`}>{row.rank}</td>
            <th scope="row" className={`${cell} ${stickyCoin}`}>
              <Link href={`/prices/${row.symbol.toLowerCase()}`} className="inline-flex min-h-11 flex-col justify-center hover:underline sm:flex-row sm:items-center sm:justify-start sm:gap-2">
                <span className="font-semibold">{row.name}</span>
                <span className="text-sm text-zinc-600 dark:text-zinc-400">{row.symbol}</span>
              </Link>
            </th>
            <td className={`${cell} text-right`}>
              <LivePrice symbol={row.symbol} price={row.priceUsd} />
            </td>
            <td className={`${cell} text-right`}>
              <LiveChange symbol={row.symbol} price={row.priceUsd} change={row.change24hPct} />
            </td>
            <td className={`${cell} text-right`}>{row.volume24hUsd === null ? 'n/a' : formatCompactUsd(row.volume24hUsd)}</td>
            <td className={`${cell} text-right`}>{row.marketCapUsd === null ? 'n/a' : formatCompactUsd(row.marketCapUsd)}</td>
            <td className={cell}>
              <Sparkline values={row.week} label={`${row.name}, last 7 days`} width={100} height={28} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
