// How a page says it may be cached, and by what it is invalidated. Pages call `cachePage` while rendering;
// the web server reads the declaration once the response is complete (lib/server/page-cache/serve.ts).
import { AsyncLocalStorage } from 'node:async_hooks';
import { processWide } from '@/db/process-wide';

export type CacheDeclaration = { tags: Set<string>; maxAgeSeconds: number };

// Pages declare inside Next's bundle, the web server reads in its own: one store for both (db/process-wide.ts).
const store = processWide('cacheDeclaration', () => new AsyncLocalStorage<{ declared?: CacheDeclaration }>());

/** A request's scope: what runs in it can declare the page cacheable, and `declared` tells what it said. */
export function declarationScope() {
  const slot: { declared?: CacheDeclaration } = {};
  return { run: <T>(handle: () => T): T => store.run(slot, handle), declared: () => slot.declared };
}

/**
 * Marks the page being rendered as the same for every reader, to be served from the cache for at most
 * `maxAgeSeconds` and dropped as soon as any of `tags` is invalidated. Several calls in one render add up: all
 * their tags, the shortest age.
 */
export function cachePage(tags: Iterable<string>, maxAgeSeconds: number) {
  const slot = store.getStore();
  if (!slot) return;
  const declared = (slot.declared ??= { tags: new Set(), maxAgeSeconds });
  for (const tag of tags) declared.tags.add(tag);
  declared.maxAgeSeconds = Math.min(declared.maxAgeSeconds, maxAgeSeconds);
}

// Tags, as the database announces them (db/migrations/0005_page_invalidation.sql): one per article shown, and
// one for every list of articles (home, sections, feeds, sitemaps), which any publish, edit or unpublish changes.
const articleTag = (id: number) => `article:${id}`;
const ARTICLE_LISTS = 'article-lists';

// What moves without an edit of a story shown (trending, the price boxes, a newer story that would now be related)
// is at most this old; live prices fill in on the client.
const LIST_MAX_AGE = 60;
const ARTICLE_MAX_AGE = 300;

/** A list of articles: stale on any change to any published article. */
export const cacheListPage = () => cachePage([ARTICLE_LISTS], LIST_MAX_AGE);

/** An article page: stale when it or any story it links to (related, trending) changes. */
export const cacheArticlePage = (articleIds: number[]) => cachePage(articleIds.map(articleTag), ARTICLE_MAX_AGE);
