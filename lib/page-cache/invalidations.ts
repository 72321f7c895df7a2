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
 * Drops cached pages as the database announces changes. postgres.js re-establishes a LISTEN whose connection
 * dropped, and calls back each time; announcements made while it was away are lost, so from the moment the
 * database is found away no page is kept, and once the LISTEN is back every page rendered before it goes.
 */
export function followInvalidations(sql: Sql, store: PageStore, { watchDatabase, log }: Options): Promise<unknown> {
  watchDatabase((up) => {
    if (!up) store.deaf();
  });
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
