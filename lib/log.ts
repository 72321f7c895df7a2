import { format, stripVTControlCharacters } from 'node:util';
import { currentRequestId } from '@/lib/request-context';

export type Level = 'info' | 'warn' | 'error';

// Matched anywhere in a key, in any case: `password`, `passwordHash`, `AUTH_SECRET`, `set-cookie`, `x-csrf-token`.
const SECRET_KEY = /password|token|secret|cookie|authori[sz]ation/i;
const MAX_DEPTH = 6;

/** A copy of `value` that is safe to log: whatever sits under a secret-sounding key is replaced, errors made readable. */
export function redact(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (value instanceof Error) {
    const { code, digest } = value as Error & { code?: unknown; digest?: unknown };
    return { name: value.name, message: value.message, code, digest, stack: value.stack };
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Date) return value;
  if (seen.has(value) || depth >= MAX_DEPTH) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1, seen));
  // Headers and Maps keep their entries out of Object.entries.
  const entries = value instanceof Map || value instanceof Headers ? [...value.entries()] : Object.entries(value);
  return Object.fromEntries(
    entries.map(([key, item]) => [key, SECRET_KEY.test(String(key)) ? '[redacted]' : redact(item, depth + 1, seen)]),
  );
}

// Events named `fatal` or `…_error` are errors, so callers need not say so twice.
const levelOf = (event: string): Level => (event === 'fatal' || event.endsWith('_error') ? 'error' : 'info');

/**
 * One JSON object per line on stdout, carrying the id of the request being handled when there is one:
 * easy to grep, and to ship to any log store.
 */
export function log(event: string, fields: Record<string, unknown> = {}, level: Level = levelOf(event)) {
  const requestId = currentRequestId();
  const line = { time: new Date().toISOString(), level, event, ...(requestId ? { requestId } : {}), ...(redact(fields) as object) };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** Resolves once every line logged so far has left the process; process.exit drops whatever a pipe still queues. */
export const flushLog = () => new Promise<void>((resolve) => process.stdout.write('', () => resolve()));

const consoleLevels = { debug: 'info', log: 'info', info: 'info', warn: 'warn', error: 'error' } as const;

/** Sends console output (Next's own messages and the errors it prints among it) through `log`, so it is JSON too. */
export function routeConsoleToLog() {
  for (const [method, level] of Object.entries(consoleLevels)) {
    console[method as keyof typeof consoleLevels] = (...args: unknown[]) =>
      log('console', { message: stripVTControlCharacters(format(...args)) }, level);
  }
}
