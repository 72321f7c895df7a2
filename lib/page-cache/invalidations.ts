import type { Sql } from 'postgres';
import { ALL_PAGES, type PageStore } from './store';

// Filled by triggers on commit (db/migrations/0003_page_invalidation.sql): cache tags separated by spaces.
export const INVALIDATION_CHANNEL = 'page_invalidation';

/**
 * Drops cached pages as the database announces changes. postgres.js re-establishes a LISTEN whose connection
 * dropped; announcements made meanwhile are lost, so every page cached before the gap goes too.
 */
export function followInvalidations(sql: Sql, store: PageStore): Promise<unknown> {
  let listened = false;
  return sql.listen(
    INVALIDATION_CHANNEL,
    (payload) => store.invalidate(payload.split(' ')),
    () => {
      if (listened) store.invalidate([ALL_PAGES]);
      listened = true;
    },
  );
}
