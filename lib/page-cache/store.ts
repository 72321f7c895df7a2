// The pages themselves: what was rendered, when, and what invalidates it. One store per web server process,
// bounded in bytes, least recently used first out.

export type CachedPage = {
  status: number;
  headers: [string, string][];
  /** The body split around the nonce placeholder (see nonce.ts). */
  parts: Buffer[];
  /** The same parts deflated, made at the first hit that accepts gzip (lib/compression.ts). */
  gzipParts?: Buffer[];
  tags: string[];
  /** When its render began: an invalidation after this moment makes it stale, even one during the render. */
  renderedAt: number;
  expiresAt: number;
};

export const ALL_PAGES = '*';
const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

const sizeOf = (page: CachedPage) => page.parts.reduce((sum, part) => sum + part.length, 0) + 512;

export class PageStore {
  private pages = new Map<string, CachedPage>();
  private invalidatedAt = new Map<string, number>();
  private bytes = 0;

  constructor(private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  /** The page under `key` if it may be served as it is, else what is left of it (to serve while it is redrawn). */
  lookup(key: string, now = Date.now()): { fresh?: CachedPage; stale?: CachedPage } {
    const page = this.pages.get(key);
    if (!page) return {};
    if (page.expiresAt <= now || this.outdated(page)) return { stale: page };
    // Most recently used last, so the first key is the next to go.
    this.pages.delete(key);
    this.pages.set(key, page);
    return { fresh: page };
  }

  /** Keeps a page unless something it shows changed while it was being rendered; says whether it did. */
  put(key: string, page: CachedPage, now = Date.now()): boolean {
    if (this.outdated(page) || page.expiresAt <= now) return false;
    this.remove(key);
    this.pages.set(key, page);
    this.bytes += sizeOf(page);
    for (const oldest of this.pages.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
    return true;
  }

  invalidate(tags: string[], at = Date.now()) {
    for (const tag of tags) this.invalidatedAt.set(tag, at);
  }

  private outdated(page: CachedPage) {
    return [ALL_PAGES, ...page.tags].some((tag) => (this.invalidatedAt.get(tag) ?? 0) >= page.renderedAt);
  }

  private remove(key: string) {
    const page = this.pages.get(key);
    if (!page) return;
    this.bytes -= sizeOf(page);
    this.pages.delete(key);
  }

  get size() {
    return { pages: this.pages.size, bytes: this.bytes };
  }
}
