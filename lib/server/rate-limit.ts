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

/**
 * The bucket an address counts in: an IPv4 address (an IPv4-mapped IPv6 one as itself), or an IPv6 address's /64,
 * which one host may hold whole and walk through.
 */
function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => (parseInt(group, 16) || 0).toString(16))
    .join(':')}::/64`;
}

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
  return function take(address: string): number {
    const client = clientKey(address);
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
