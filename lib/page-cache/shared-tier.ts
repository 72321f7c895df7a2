// The page cache shared by several web servers through Redis: a page rendered on one instance is served by
// all. Each instance still keeps its own copy in memory and follows invalidations from PostgreSQL itself
// (invalidations.ts), so Redis holds pages only, never the truth about what is stale.
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import type { CachedPage } from './store';

// Another machine's clock may run behind ours: its pages are taken as rendered this much earlier than they say.
const CLOCK_SKEW_MS = 1_000;
// A page cache that answers slowly is worse than none: the request renders instead.
const COMMAND_TIMEOUT_MS = 200;

type Meta = Omit<CachedPage, 'parts' | 'gzipParts'> & { partLengths: number[] };

function encode(page: CachedPage): Buffer {
  // gzipParts stay local: each instance deflates its copy at its first hit.
  const { parts, ...rest } = { ...page, gzipParts: undefined };
  const meta = Buffer.from(JSON.stringify({ ...rest, partLengths: parts.map((p) => p.length) } satisfies Meta));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(meta.length);
  return Buffer.concat([length, meta, ...parts]);
}

function decode(stored: Buffer): CachedPage {
  const metaLength = stored.readUInt32BE(0);
  const { partLengths, ...meta } = JSON.parse(stored.subarray(4, 4 + metaLength).toString()) as Meta;
  let at = 4 + metaLength;
  const parts = partLengths.map((length) => stored.subarray(at, (at += length)));
  return { ...meta, parts, renderedAt: meta.renderedAt - CLOCK_SKEW_MS };
}

export class SharedTier {
  private redis: Redis;
  private failing = false;

  /** `namespace` keeps deployments that share a Redis apart (the database's name serves). */
  constructor(url: string, private readonly namespace: string, private readonly onTrouble: (error: Error) => void) {
    this.redis = new Redis(url, { enableOfflineQueue: false, commandTimeout: COMMAND_TIMEOUT_MS, maxRetriesPerRequest: 0, lazyConnect: false });
    // Reported once per outage; ioredis reconnects by itself.
    this.redis.on('error', (error: Error) => {
      if (!this.failing) this.onTrouble(error);
      this.failing = true;
    });
    this.redis.on('ready', () => (this.failing = false));
  }

  private keyFor(key: string) {
    return `tickerwire:${this.namespace}:page:${createHash('sha256').update(key).digest('base64url')}`;
  }

  async fetch(key: string): Promise<CachedPage | null> {
    const stored = await this.redis.getBuffer(this.keyFor(key)).catch(() => null);
    return stored ? decode(stored) : null;
  }

  keep(key: string, page: CachedPage) {
    const ttl = page.expiresAt - Date.now();
    if (ttl > 0) this.redis.set(this.keyFor(key), encode(page), 'PX', ttl).catch(() => {});
  }

  close() {
    this.redis.disconnect();
  }
}
