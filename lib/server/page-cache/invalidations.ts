import type { Sql } from 'postgres';
import type { PageStore } from './store';

// Filled by triggers on commit (db/migrations/0005_page_invalidation.sql): cache tags separated by spaces.
export const INVALIDATION_CHANNEL = 'page_invalidation';

type Options = {
  /** Calls back with false when the database is found away (db/health.ts). */
  watchDatabase: (watcher: (up: boolean) => void) => void;
  log: (tags: string[]) => void;
};

/**
 * Drops cached pages as the database announces changes. From the moment the database is found away no page is
 * kept; when it is back, every page rendered before goes. If the LISTEN connection survived (a stalled server),
 * nothing was missed; if it dropped, postgres.js re-establishes it and calls back, and everything rendered before
 * that goes too, so announcements lost in between cannot leave a stale page behind.
 */
export function followInvalidations(sql: Sql, store: PageStore, { watchDatabase, log }: Options): Promise<unknown> {
  watchDatabase((up) => (up ? store.listen() : store.deaf()));
  return sql.listen(
    INVALIDATION_CHANNEL,
    (payload) => {
      store.invalidate(payload.split(' '));
      log(payload.split(' '));
    },
    () => {
      store.listen();
      log(['*']);
    },
  );
}
