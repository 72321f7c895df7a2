'use client';

import { useSyncExternalStore } from 'react';
import { formatPercent, formatUsd } from '@/lib/content/format';
import { getLiveQuote, subscribe } from './price-store';

const useLiveQuote = (symbol: string) =>
  useSyncExternalStore(
    subscribe,
    () => getLiveQuote(symbol),
    () => undefined,
  );

/** A price that follows the live stream; a new value flashes green or red with an arrow, then settles. */
export function LivePrice({ symbol, price }: { symbol: string; price: number }) {
  const live = useLiveQuote(symbol);
  const value = live?.price ?? price;
  const cue = live?.direction === 'up' ? 'animate-flash-up' : live?.direction === 'down' ? 'animate-flash-down' : '';
  return (
    // Remounting on each tick restarts the one-shot animation.
    <span key={live?.time} data-live-price={symbol} className={`rounded px-0.5 tabular-nums ${cue}`}>
      {formatUsd(value)}
      {/* Its room is kept (hidden) until the first move, so the arrow's arrival shifts nothing beside it. */}
      <span aria-hidden="true" className={`cue-arrow ml-0.5 text-xs ${live?.direction ? '' : 'invisible'}`}>
        {live?.direction === 'down' ? '▼' : '▲'}
      </span>
    </span>
  );
}

/** The 24-hour change, recomputed against the price 24 hours ago as new prices arrive; arrow and sign, not colour alone. */
export function LiveChange({ symbol, price, change }: { symbol: string; price: number; change: number | null }) {
  const live = useLiveQuote(symbol);
  if (change === null) return <span className="text-zinc-600 dark:text-zinc-400">n/a</span>;
  const reference = price / (1 + change / 100);
  const value = live ? (live.price / reference - 1) * 100 : change;
  const up = value >= 0;
  return (
    <span className={`tabular-nums ${up ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400'}`}>
      <span aria-hidden="true">{up ? '▲' : '▼'}</span> {formatPercent(value)}
    </span>
  );
}
