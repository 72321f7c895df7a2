import postgres from 'postgres';
import { databaseUrl } from './index';
import { processWide } from './process-wide';

const CHECK_TIMEOUT_MS = 2_000;
const WATCH_INTERVAL_MS = 2_000;

type Watcher = (up: boolean) => void;

/**
 * Can this process reach PostgreSQL right now? Answered by `select 1` on a connection of its own (a busy pool
 * must not look like an outage), within 2 s whatever the database does. Watchers hear each change of state.
 */
class DatabaseHealth {
  up = true;
  private client: postgres.Sql | null = null;
  private checking: { since: number; outcome: Promise<boolean> } | null = null;
  // When the check whose answer `up` holds began: a slower, older check never overrides a newer one.
  private answeredSince = 0;
  private watchers = new Set<Watcher>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly url: string | undefined) {}

  /**
   * Concurrent callers share one check, unless it began before `notBefore` (say, the failure the caller asks
   * about): a ping sent before the database went away may still come back "up".
   */
  check(notBefore = 0): Promise<boolean> {
    if (this.checking && this.checking.since >= notBefore) return this.checking.outcome;
    const checking = {
      since: Date.now(),
      outcome: this.ping().then((up) => {
        if (this.checking === checking) this.checking = null;
        if (checking.since < this.answeredSince) return up;
        this.answeredSince = checking.since;
        if (up !== this.up) {
          this.up = up;
          this.watchers.forEach((watcher) => watcher(up));
        }
        return up;
      }),
    };
    this.checking = checking;
    return checking.outcome;
  }

  /** Checks every 2 s while anyone watches; the timer never keeps the process alive. */
  watch(watcher: Watcher): () => void {
    this.watchers.add(watcher);
    if (!this.timer) {
      this.timer = setInterval(() => void this.check(), WATCH_INTERVAL_MS);
      this.timer.unref();
    }
    return () => {
      this.watchers.delete(watcher);
      if (this.watchers.size > 0) return;
      clearInterval(this.timer);
      this.timer = undefined;
    };
  }

  private async ping(): Promise<boolean> {
    if (!this.url) return false;
    // No back-off between attempts: after an outage, a check must try now, not seconds later.
    const client = (this.client ??= postgres(this.url, { max: 1, connect_timeout: 2, idle_timeout: 60, backoff: false, onnotice: () => {} }));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), CHECK_TIMEOUT_MS)));
    try {
      const outcome = await Promise.race([client`select 1`.then(() => 'up' as const), timedOut]);
      if (outcome === 'timeout') {
        // A frozen server leaves the query pending: drop the connection so the next check starts afresh.
        this.client = null;
        void client.end({ timeout: 0 });
      }
      return outcome === 'up';
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}

// One monitor and one connection for the web server and the app (db/process-wide.ts).
export const databaseHealth = processWide('databaseHealth', () => new DatabaseHealth(databaseUrl));

// SQLSTATE class 08 (connection exception) and the server going away (57P01 admin_shutdown, 57P02 crash_shutdown,
// 57P03 cannot_connect_now), postgres.js's own connection errors, and the socket's.
// (Not 08P01, a protocol violation: a bug, not an outage.)
const CONNECTION_CODES = /^(0800[0134]|08006|57P0[123]|CONNECTION_(CLOSED|ENDED|DESTROYED)|CONNECT_TIMEOUT|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)$/;

/** Whether an error (or one it wraps, as Drizzle wraps the driver's) says the connection to PostgreSQL failed. */
export function isConnectionError(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_CODES.test(code)) return true;
  }
  return false;
}
