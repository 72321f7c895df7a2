'use client';

import { useSyncExternalStore } from 'react';
import { formatUtcTime } from '@/lib/content/format';
import type { Freshness } from '@/lib/prices/freshness';
import { isStale, newestTickTime, subscribe } from './price-store';

// The browser's clock, read every 5 s. While the page hydrates it reads null, so the first render in the browser
// is the server's, judged when the prices were read: a page cached or slow to arrive may be older than that.
let clock = Date.now();
function subscribeClock(onTick: () => void) {
  const tick = () => {
    clock = Date.now();
    onTick();
  };
  tick();
  const timer = setInterval(tick, 5_000);
  return () => clearInterval(timer);
}

/**
 * "As of HH:MM UTC" for the newest price on the page, and a Stale badge once it is older than the threshold
 * or the server says its prices have stopped (database away).
 */
export function AsOf({ asOf, staleAfterSeconds, staleWhenRead, className = '' }: Freshness & { className?: string }) {
  const newest = useSyncExternalStore(subscribe, newestTickTime, () => 0);
  const streamStale = useSyncExternalStore(subscribe, isStale, () => false);
  const now = useSyncExternalStore(subscribeClock, () => clock, () => null);
  const time = Math.max(Date.parse(asOf), newest);
  const stale = streamStale || (now === null ? staleWhenRead : now - time > staleAfterSeconds * 1000);
  return (
    <p className={`text-xs text-zinc-600 dark:text-zinc-400 ${className}`}>
      As of <time dateTime={new Date(time).toISOString()}>{formatUtcTime(new Date(time))}</time>
      {stale && (
        <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100" title="No new price has arrived recently">
          Stale
        </span>
      )}
    </p>
  );
}
