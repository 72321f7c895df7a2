import type { Sql } from 'postgres';
import { ALL_PAGES, type PageStore } from './store';

// Filled by triggers on commit (db/migrations/0005_page_invalidation.sql): cache tags separated by spaces.
export const INVALIDATION_CHANNEL = 'page_invalidation';

/**
 * Drops cached pages as the database announces changes. Each time the LISTEN is (re)established, every page
 * rendered before goes too: announcements made while it was away are lost, and a page another instance put in
 * the shared tier before this one listened may predate one.
 */
export function followInvalidations(sql: Sql, store: PageStore, log: (tags: string[]) => void): Promise<unknown> {
  const invalidate = (tags: string[]) => {
    store.invalidate(tags);
    log(tags);
  };
  return sql.listen(INVALIDATION_CHANNEL, (payload) => invalidate(payload.split(' ')), () => invalidate([ALL_PAGES]));
}
