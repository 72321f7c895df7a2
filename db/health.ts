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
  private checking: Promise<boolean> | null = null;
  private watchers = new Set<Watcher>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly url: string | undefined) {}

  /** Concurrent callers share one check. */
  check(): Promise<boolean> {
    this.checking ??= this.ping().then((up) => {
      this.checking = null;
      if (up !== this.up) {
        this.up = up;
        this.watchers.forEach((watcher) => watcher(up));
      }
      return up;
    });
    return this.checking;
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
