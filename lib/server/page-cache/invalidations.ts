import type { Sql } from 'postgres';

// Filled by triggers on commit (db/migrations/0005_page_invalidation.sql): cache tags separated by spaces.
export const INVALIDATION_CHANNEL = 'page_invalidation';

/** What keeps copies of what the database holds: the page store, the search results (lib/content/search-results.ts). */
export type Follower = { invalidate: (tags: string[]) => void; listen: () => void; deaf: () => void };

type Options = {
  /** Calls back with false when the database is found away (db/health.ts). */
  watchDatabase: (watcher: (up: boolean) => void) => void;
  log: (tags: string[]) => void;
};

/**
 * Drops cached pages and search results as the database announces changes. From the moment the database is found
 * away nothing is kept; when it is back, everything kept before goes. If the LISTEN connection survived (a stalled
 * server), nothing was missed; if it dropped, postgres.js re-establishes it and calls back, and everything kept
 * before that goes too, so announcements lost in between cannot leave a stale copy behind.
 */
export function followInvalidations(sql: Sql, followers: Follower[], { watchDatabase, log }: Options): Promise<unknown> {
  watchDatabase((up) => followers.forEach((follower) => (up ? follower.listen() : follower.deaf())));
  return sql.listen(
    INVALIDATION_CHANNEL,
    (payload) => {
      const tags = payload.split(' ');
      for (const follower of followers) follower.invalidate(tags);
      log(tags);
    },
    () => {
      for (const follower of followers) follower.listen();
      log(['*']);
    },
  );
}
