import { processWide } from '@/db/process-wide';
import { searchArticles } from '@/db/queries/search';
import { PAGE_SIZE } from '@/lib/content/pagination';
import { normaliseQuery } from '@/lib/content/search';

type Results = Awaited<ReturnType<typeof searchArticles>>;

// Every change to a story or a name it shows is announced and drops them all at once; the time bounds what is not
// announced (a story whose publication time comes without its row changing) to half the list pages' 60 s.
export const KEPT_MS = 30_000;
// A page of 12 results with their snippets is about 10 KB: a few MB at most.
export const MAX_KEPT = 500;

/**
 * Search results kept for a short time per normalised query and page, dropped whenever the database announces a
 * change (lib/server/page-cache/invalidations.ts); identical searches meanwhile share one statement. Hand-written
 * rather than a cache library's: a query begun before an announcement must be neither kept nor joined after it.
 */
export class SearchResults {
  private kept = new Map<string, { results: Results; until: number }>();
  private pending = new Map<string, Promise<Results>>();
  private generation = 0;
  // Until announcements are heard (at start, under `next dev`, after the LISTEN connection dropped) nothing is kept.
  private listening = false;

  constructor(
    private readonly search: (text: string, page: number) => Promise<Results>,
    private readonly now: () => number = Date.now,
  ) {}

  find(text: string, page: number): Promise<Results> {
    const query = normaliseQuery(text);
    const key = `${page} ${query}`;
    const hit = this.kept.get(key);
    this.kept.delete(key);
    if (hit && hit.until > this.now()) {
      // Most recently used last, so the first key is the next to go.
      this.kept.set(key, hit);
      return Promise.resolve(hit.results);
    }
    const running = this.pending.get(key);
    if (running) return running;
    const generation = this.generation;
    const started = this.search(query, page).then((results) => {
      if (this.listening && generation === this.generation) this.keep(key, results);
      return results;
    });
    const settled = () => this.pending.get(key) === started && this.pending.delete(key);
    started.then(settled, settled);
    this.pending.set(key, started);
    return started;
  }

  /** Something changed: nothing kept or still being queried is used again. */
  invalidate() {
    this.generation += 1;
    this.kept.clear();
    this.pending.clear();
  }

  /** Announcements are heard (first LISTEN, or one re-established): what was kept before may have missed some. */
  listen() {
    this.invalidate();
    this.listening = true;
  }

  /** The LISTEN connection is gone: nothing kept can be trusted, and nothing is kept until it is back. */
  deaf() {
    this.listening = false;
    this.invalidate();
  }

  private keep(key: string, results: Results) {
    this.kept.set(key, { results, until: this.now() + KEPT_MS });
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= MAX_KEPT) break;
      this.kept.delete(oldest);
    }
  }
}

/** The app's and the web server's one copy (db/process-wide.ts): the web server drops it on announcements. */
export const searchResults = processWide('searchResults', () => new SearchResults((text, page) => searchArticles(text, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })));
