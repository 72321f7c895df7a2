// The page cache shared by several web servers through Redis: a page rendered on one instance is served by
// all. Each instance still keeps its own copy in memory and follows invalidations from PostgreSQL itself
// (invalidations.ts), so Redis holds pages only, never the truth about what is stale.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Redis } from 'ioredis';
import type { CachedPage } from './store';

// Another machine's clock may run behind ours: its pages are taken as rendered this much earlier than they say.
const CLOCK_SKEW_MS = 1_000;
// A page cache that answers slowly is worse than none: the request renders instead.
const COMMAND_TIMEOUT_MS = 200;
const SIGNATURE_BYTES = 32;

type Meta = Omit<CachedPage, 'parts' | 'gzipParts'> & { partLengths: number[] };

export class SharedTier {
  private redis: Redis;
  private failing = false;

  /**
   * `namespace` keeps apart what must not mix: deployments sharing a Redis, and builds of one deployment (pages of
   * an old build name scripts a new one does not have). Values are signed with a key derived from `secret`: a
   * page planted in Redis carrying the nonce placeholder would otherwise get a valid nonce on every instance.
   */
  constructor(url: string, private readonly namespace: string, secret: string, private readonly onTrouble: (error: Error) => void) {
    this.signingKey = createHmac('sha256', secret).update('tickerwire page cache values').digest();
    this.redis = new Redis(url, { enableOfflineQueue: false, commandTimeout: COMMAND_TIMEOUT_MS, maxRetriesPerRequest: 0 });
    // Reported once per outage; ioredis reconnects by itself.
    this.redis.on('error', (error: Error) => {
      if (!this.failing) this.onTrouble(error);
      this.failing = true;
    });
    this.redis.on('ready', () => (this.failing = false));
  }

  private readonly signingKey: Buffer;

  private keyFor(key: string) {
    return `tickerwire:${this.namespace}:page:${createHash('sha256').update(key).digest('base64url')}`;
  }

  private sign(payload: Buffer) {
    return createHmac('sha256', this.signingKey).update(payload).digest();
  }

  private encode(page: CachedPage): Buffer {
    const { parts, tags, headers, status, renderedAt, expiresAt } = page;
    const meta = Buffer.from(JSON.stringify({ tags, headers, status, renderedAt, expiresAt, partLengths: parts.map((p) => p.length) } satisfies Meta));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(meta.length);
    const payload = Buffer.concat([length, meta, ...parts]);
    return Buffer.concat([this.sign(payload), payload]);
  }

  /** The page in a stored value, or null for anything unsigned, tampered with, cut short or of another shape. */
  private decode(stored: Buffer): CachedPage | null {
    try {
      const payload = stored.subarray(SIGNATURE_BYTES);
      if (stored.length < SIGNATURE_BYTES + 4 || !timingSafeEqual(stored.subarray(0, SIGNATURE_BYTES), this.sign(payload))) return null;
      const metaLength = payload.readUInt32BE(0);
      const { partLengths, ...meta } = JSON.parse(payload.subarray(4, 4 + metaLength).toString()) as Meta;
      let at = 4 + metaLength;
      const parts = partLengths.map((length) => payload.subarray(at, (at += length)));
      if (at !== payload.length || !Array.isArray(meta.tags) || !Array.isArray(meta.headers)) return null;
      return { ...meta, parts, renderedAt: meta.renderedAt - CLOCK_SKEW_MS };
    } catch {
      return null;
    }
  }

  async fetch(key: string): Promise<CachedPage | null> {
    const stored = await this.redis.getBuffer(this.keyFor(key)).catch(() => null);
    return stored ? this.decode(stored) : null;
  }

  keep(key: string, page: CachedPage) {
    const ttl = page.expiresAt - Date.now();
    if (ttl > 0) this.redis.set(this.keyFor(key), this.encode(page), 'PX', ttl).catch(() => {});
  }

  close() {
    this.redis.disconnect();
  }
}
