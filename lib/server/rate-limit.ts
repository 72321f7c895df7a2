/**
 * A token bucket per client address, in this process's memory: each client may send `burst` requests at once and
 * `perSecond` a second after that. The sign-in limiter counts failures in PostgreSQL so that it holds across
 * instances; a limit on every search cannot cost a write per search, so this one is per instance.
 */
export type RateLimit = { burst: number; perSecond: number };

// Clients tracked at most: when full, those whose bucket has filled up again (as good as unknown) go first, then the
// least recent, so a flood of addresses costs bounded memory and can only ever give a client a fresh bucket.
const MAX_CLIENTS = 10_000;

type Bucket = { tokens: number; at: number };

export function createRateLimiter({ burst, perSecond }: RateLimit, now: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();

  const refilled = (bucket: Bucket, at: number) => Math.min(burst, bucket.tokens + ((at - bucket.at) / 1000) * perSecond);

  function makeRoom(at: number) {
    for (const [client, bucket] of buckets) if (refilled(bucket, at) >= burst) buckets.delete(client);
    for (const client of buckets.keys()) {
      if (buckets.size < MAX_CLIENTS) break;
      buckets.delete(client);
    }
  }

  /** Takes one request from `client`'s bucket: 0 when it may go ahead, else the whole seconds until it may. */
  return function take(client: string): number {
    const at = now();
    const previous = buckets.get(client);
    const tokens = previous ? refilled(previous, at) : burst;
    buckets.delete(client);
    if (tokens < 1) {
      buckets.set(client, { tokens, at });
      return Math.max(1, Math.ceil((1 - tokens) / perSecond));
    }
    if (buckets.size >= MAX_CLIENTS) makeRoom(at);
    buckets.set(client, { tokens: tokens - 1, at });
    return 0;
  };
}
