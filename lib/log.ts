import { format, stripVTControlCharacters } from 'node:util';
import pino from 'pino';
import { currentRequestId } from '@/lib/server/request-context';
import { processWide } from '@/db/process-wide';

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

type Line = Record<string, unknown>;

function createLogger() {
  // Asynchronous: a line is queued and written while the process goes on; pino writes what is left when it exits.
  const destination = pino.destination({ dest: 1, sync: false });
  const logger = pino(
    {
      base: null,
      // Every line starts {"time":"<ISO 8601>","level":"info","event":…: pino puts the level first, so its slot stays
      // empty ({}) and the time comes first, without the leading comma pino's own time functions write.
      timestamp: () => `"time":"${new Date().toISOString()}"`,
      formatters: { level: () => ({}), log: (line) => redact(line) as Line },
      // The request being handled, whichever module logs; Next's bundled copy of this module shares the logger.
      mixin: (_line, level, self) => ({ level: self.levels.labels[level], requestId: currentRequestId() }),
      mixinMergeStrategy: (line, context) => {
        const { event, ...fields } = line as Line;
        const { level, requestId } = context as Line;
        return { level, event, requestId, ...fields };
      },
    },
    destination,
  );
  return { logger, destination };
}

const { logger, destination } = processWide('logger', createLogger);
/** Where log lines go (stdout, through pino's asynchronous destination): tests read them at its `write`. */
export const logDestination = destination;

/**
 * One JSON object per line on stdout, carrying the id of the request being handled when there is one:
 * easy to grep, and to ship to any log store.
 */
export function log(event: string, fields: Record<string, unknown> = {}, level: Level = levelOf(event)) {
  logger[level]({ event, ...fields });
}

// A stdout nobody reads any more (EPIPE: pino stops writing) would never drain; an exit waits no longer than this.
const FLUSH_LIMIT_MS = 5_000;

/** Resolves once every line logged so far has left the process; process.exit drops whatever a pipe still queues. */
export const flushLog = () =>
  new Promise<void>((resolve) => {
    const done = () => {
      destination.off('drain', done).off('error', done);
      resolve();
    };
    // An empty write ends the queue: 'drain' comes once it, and every line queued before it, is written.
    destination.on('drain', done).on('error', done);
    setTimeout(done, FLUSH_LIMIT_MS).unref();
    destination.write('');
  });

const consoleLevels = { debug: 'info', log: 'info', info: 'info', warn: 'warn', error: 'error' } as const;

/** Sends console output (Next's own messages and the errors it prints among it) through `log`, so it is JSON too. */
export function routeConsoleToLog() {
  for (const [method, level] of Object.entries(consoleLevels)) {
    console[method as keyof typeof consoleLevels] = (...args: unknown[]) =>
      log('console', { message: stripVTControlCharacters(format(...args)) }, level);
  }
}
