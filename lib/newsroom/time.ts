// Times in the newsroom's zone (NEWSROOM_TIMEZONE): shown as "7 Dec 2026, 09:46 EST", typed in the schedule picker.
// Pure functions over Intl, so the server and the browser format and convert alike.

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, withDate: boolean) {
  const key = `${timeZone}|${withDate}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat('en-GB', {
      ...(withDate && { day: 'numeric', month: 'short', year: 'numeric' }),
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
      timeZoneName: withDate ? 'short' : undefined,
    });
    formatters.set(key, found);
  }
  return found;
}

/** "7 Dec 2026, 09:46 EST" (en-GB names zones outside the UK by offset, so the zone name comes from en-US). */
export function formatZonedTime(value: Date, timeZone: string): string {
  const parts = formatter(timeZone, true).formatToParts(value);
  const text = parts.filter((p) => p.type !== 'timeZoneName').map((p) => p.value).join('').replace(/,?\s*$/, '');
  return `${text} ${zoneName(value, timeZone)}`;
}

/** "14:46": the clock time alone, for the reader's own zone beside the newsroom's. */
export const formatClockTime = (value: Date, timeZone: string) => formatter(timeZone, false).format(value);

function zoneName(value: Date, timeZone: string) {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(value).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(value: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
      .formatToParts(value)
      .map((p) => [p.type, Number(p.value)]),
  );
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((asUtc - Math.floor(value.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time ("2026-12-07T09:46", a datetime-local value) names in the zone, or null if it is not
 * one. A time a clock change skips moves forward by the gap.
 */
export function zonedTimeToInstant(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(wall)) return null;
  // Two passes settle on the offset in force at the result, also across a change of offset.
  const first = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  const second = wall - offsetMinutes(new Date(first), timeZone) * 60_000;
  return new Date(Math.max(first, second));
}

/** The wall-clock time of an instant in the zone as a datetime-local value ("2026-12-07T09:46"), for a picker showing it. */
export function instantToZonedTime(value: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(value)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
