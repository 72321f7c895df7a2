// The pages themselves: what was rendered, when, and what invalidates it. One store per web server process,
// bounded in bytes, least recently used first out.
import { deflatePieces, type DeflatedPieces } from '@/lib/server/compression';

export type CachedPage = {
  status: number;
  headers: [string, string][];
  /** The body split around the nonce placeholder (see nonce.ts). */
  parts: Buffer[];
  /** The same parts deflated, made at the first hit that accepts gzip (lib/server/compression.ts). */
  gzipParts?: DeflatedPieces;
  tags: string[];
  /** When its render began: an invalidation after this moment makes it stale, even one during the render. */
  renderedAt: number;
  expiresAt: number;
};

export const ALL_PAGES = '*';
const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
// Longer than any page is kept: older invalidations can no longer concern a page in the store.
const INVALIDATIONS_KEPT_MS = 10 * 60 * 1000;

const bytesOf = (buffers: Buffer[] = []) => buffers.reduce((sum, part) => sum + part.length, 0);
const sizeOf = (page: CachedPage) => bytesOf(page.parts) + bytesOf(page.gzipParts?.deflated) + JSON.stringify(page.headers).length + 256;

export class PageStore {
  private pages = new Map<string, CachedPage>();
  private kept = new WeakSet<CachedPage>();
  private invalidatedAt = new Map<string, number>();
  private bytes = 0;
  // Until invalidations are heard (at start, and after the LISTEN connection dropped) no page is kept.
  private listening = false;

  constructor(private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  /**
   * The page under `key` if it may be served as it is; an expired one that may stand in while it is rendered
   * again. A page something it shows has changed in is dropped, never served.
   */
  lookup(key: string, now = Date.now()): { fresh?: CachedPage; expired?: CachedPage } {
    const page = this.pages.get(key);
    if (!page) return {};
    if (this.outdated(page)) {
      this.remove(key);
      return {};
    }
    if (page.expiresAt <= now) return { expired: page };
    // Most recently used last, so the first key is the next to go.
    this.pages.delete(key);
    this.pages.set(key, page);
    return { fresh: page };
  }

  /** Keeps a page unless something it shows changed while it was being rendered; says whether it did. */
  put(key: string, page: CachedPage, now = Date.now()): boolean {
    if (!this.listening || this.outdated(page) || page.expiresAt <= now) return false;
    this.remove(key);
    this.pages.set(key, page);
    this.kept.add(page);
    this.bytes += sizeOf(page);
    this.evict();
    return true;
  }

  /** The page's parts deflated for gzip readers, made once and counted against the store's size. */
  deflated(page: CachedPage): DeflatedPieces {
    if (page.gzipParts) return page.gzipParts;
    page.gzipParts = deflatePieces(page.parts);
    if (this.kept.has(page)) this.bytes += bytesOf(page.gzipParts.deflated);
    this.evict();
    return page.gzipParts;
  }

  remove(key: string) {
    const page = this.pages.get(key);
    if (!page) return;
    this.bytes -= sizeOf(page);
    this.pages.delete(key);
    this.kept.delete(page);
  }

  invalidate(tags: string[], at = Date.now()) {
    for (const tag of tags) this.invalidatedAt.set(tag, at);
    for (const [tag, when] of this.invalidatedAt) if (when < at - INVALIDATIONS_KEPT_MS) this.invalidatedAt.delete(tag);
  }

  /** Invalidations are heard again (first LISTEN, or one re-established): whatever was kept before may have missed some. */
  listen(at = Date.now()) {
    this.invalidate([ALL_PAGES], at);
    this.listening = true;
  }

  /** The LISTEN connection is gone: pages already kept are still served (the database may be away), none is added. */
  deaf() {
    this.listening = false;
  }

  private evict() {
    for (const oldest of this.pages.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
  }

  private outdated(page: CachedPage) {
    return [ALL_PAGES, ...page.tags].some((tag) => (this.invalidatedAt.get(tag) ?? 0) >= page.renderedAt);
  }
}
