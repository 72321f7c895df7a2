import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { formatClockTime, formatZonedTime, instantToZonedTime, isTimeZone, zonedTimeToInstant } from '@/lib/newsroom/time';

it('shows a time in the newsroom zone with the zone named', () => {
  const at = new Date('2026-12-07T14:46:00Z');
  expect(formatZonedTime(at, 'America/New_York')).toBe('7 Dec 2026, 09:46 EST');
  expect(formatZonedTime(at, 'UTC')).toBe('7 Dec 2026, 14:46 UTC');
  expect(formatZonedTime(new Date('2026-07-01T00:05:00Z'), 'America/Los_Angeles')).toBe('30 Jun 2026, 17:05 PDT');
  expect(formatClockTime(at, 'Asia/Tokyo')).toBe('23:46');
});

it('reads the schedule picker in the newsroom zone, across clock changes', () => {
  expect(zonedTimeToInstant('2026-12-07T09:46', 'America/New_York')?.toISOString()).toBe('2026-12-07T14:46:00.000Z');
  expect(zonedTimeToInstant('2026-07-07T09:46', 'America/New_York')?.toISOString()).toBe('2026-07-07T13:46:00.000Z');
  expect(zonedTimeToInstant('2026-12-07T09:46', 'Asia/Kolkata')?.toISOString()).toBe('2026-12-07T04:16:00.000Z');
  expect(zonedTimeToInstant('2026-12-07T09:46', 'UTC')?.toISOString()).toBe('2026-12-07T09:46:00.000Z');
  // 02:30 does not happen in New York on 8 March 2026: it is taken as 03:30 EDT.
  expect(zonedTimeToInstant('2026-03-08T02:30', 'America/New_York')?.toISOString()).toBe('2026-03-08T07:30:00.000Z');
  expect(zonedTimeToInstant('7 Dec 2026', 'UTC')).toBeNull();
});

it('fills a picker with a stored time as the newsroom zone reads it', () => {
  expect(instantToZonedTime(new Date('2026-12-07T14:46:00Z'), 'America/New_York')).toBe('2026-12-07T09:46');
  expect(instantToZonedTime(new Date('2026-12-08T04:16:00Z'), 'Asia/Kolkata')).toBe('2026-12-08T09:46');
  expect(instantToZonedTime(new Date('2026-12-07T00:05:00Z'), 'UTC')).toBe('2026-12-07T00:05');
});

it('knows an IANA zone name from a made-up one', () => {
  expect(['UTC', 'America/New_York', 'Europe/Berlin'].every(isTimeZone)).toBe(true);
  expect(['Mars/Olympus_Mons', 'EST5EDT6', ''].some(isTimeZone)).toBe(false);
});

it('refuses to start with a NEWSROOM_TIMEZONE that is not a zone, and says why', () => {
  const start = (zone: string) => {
    try {
      execFileSync(process.execPath, ['--import', 'tsx', '-e', "await import('./lib/env.ts')"], { env: { ...process.env, NEWSROOM_TIMEZONE: zone }, stdio: 'pipe' });
      return '';
    } catch (error) {
      return String((error as { stderr: Buffer }).stderr);
    }
  };
  expect(start('Mars/Olympus_Mons')).toContain('"Mars/Olympus_Mons" is not an IANA time zone name');
  expect(start('Europe/Berlin')).toBe('');
});
