'use client';

import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { formatClockTime, formatZonedTime } from '@/lib/newsroom/time';

const NewsroomZone = createContext('UTC');

/** Set once by the newsroom's layout from NEWSROOM_TIMEZONE. */
export function NewsroomTimeZone({ zone, children }: { zone: string; children: ReactNode }) {
  return <NewsroomZone value={zone}>{children}</NewsroomZone>;
}

export const useNewsroomTimeZone = () => useContext(NewsroomZone);

const noChanges = () => () => {};
// The server does not know the reader's zone: the hint appears once the page runs in the browser.
const useBrowserTimeZone = () =>
  useSyncExternalStore(
    noChanges,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );

const dayMonth = (value: Date, timeZone: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone }).format(value);

/** "7 Dec 2026, 09:46 EST (14:46 your time)": every time the newsroom shows, in its zone and, where it differs, the reader's. */
export function NewsroomTime({ value, className }: { value: Date; className?: string }) {
  const zone = useNewsroomTimeZone();
  const browser = useBrowserTimeZone();
  const local = browser && formatClockTime(value, browser);
  const differs = local !== null && (local !== formatClockTime(value, zone) || dayMonth(value, browser!) !== dayMonth(value, zone));
  return (
    <time dateTime={value.toISOString()} className={className}>
      {formatZonedTime(value, zone)}
      {differs && (
        <span className="text-zinc-600 dark:text-zinc-400">
          {' '}({dayMonth(value, browser!) === dayMonth(value, zone) ? '' : `${dayMonth(value, browser!)}, `}
          {local} your time)
        </span>
      )}
    </time>
  );
}
