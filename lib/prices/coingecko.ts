import type { PriceProvider, RawQuote, TrackedCoin } from './types';

export type HttpProviderOptions = {
  baseUrl: string;
  apiKey?: string;
  apiKeyHeader?: string;
  /** Provider ids by coin symbol, overriding the coins table. */
  coinIds?: Record<string, string>;
  timeoutMs?: number;
  retries?: number;
  /** Base delay of the exponential backoff between retries. */
  backoffMs?: number;
  /** Longest Retry-After honoured; a provider asking for more makes this fetch fail instead of stalling the worker. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
};

type MarketRow = { id?: unknown; current_price?: unknown; total_volume?: unknown; market_cap?: unknown; last_updated?: unknown };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class ProviderError extends Error {}

/** Seconds or an HTTP date, as RFC 9110 allows; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * CoinGecko's /coins/markets (or any API that speaks its JSON): one request for all tracked coins,
 * with a timeout per attempt, exponential backoff between attempts and Retry-After on HTTP 429.
 */
export function createHttpProvider(options: HttpProviderOptions): PriceProvider {
  const { baseUrl, apiKey, apiKeyHeader = 'x-cg-demo-api-key', coinIds = {}, timeoutMs = 5_000, retries = 3, backoffMs = 500, maxRetryAfterMs = 60_000 } = options;
  const sleep = options.sleep ?? defaultSleep;

  async function request(url: URL): Promise<unknown> {
    let lastError: Error = new ProviderError('no attempt made');
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await sleep(backoffMs * 2 ** (attempt - 1));
      let response: Response;
      try {
        response = await fetch(url, { headers: { accept: 'application/json', ...(apiKey ? { [apiKeyHeader]: apiKey } : {}) }, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        lastError = new ProviderError(`request failed: ${(error as Error).message}`);
        continue;
      }
      if (response.status === 429) {
        const wait = parseRetryAfter(response.headers.get('retry-after')) ?? backoffMs * 2 ** attempt;
        lastError = new ProviderError(`rate limited (HTTP 429), retry after ${wait} ms`);
        if (wait > maxRetryAfterMs) break;
        await sleep(wait);
        continue;
      }
      if (response.status >= 500) {
        lastError = new ProviderError(`HTTP ${response.status}`);
        continue;
      }
      if (!response.ok) throw new ProviderError(`HTTP ${response.status}`);
      try {
        return await response.json();
      } catch {
        throw new ProviderError('response is not valid JSON');
      }
    }
    throw lastError;
  }

  return {
    name: 'http',
    async fetchQuotes(coins: TrackedCoin[]): Promise<RawQuote[]> {
      const bySymbol = new Map(
        coins.flatMap((c) => {
          const id = coinIds[c.symbol] ?? c.providerId;
          return id ? [[id, c.symbol] as const] : [];
        }),
      );
      if (bySymbol.size === 0) return [];
      const url = new URL(`${baseUrl.replace(/\/$/, '')}/coins/markets`);
      url.search = new URLSearchParams({ vs_currency: 'usd', ids: [...bySymbol.keys()].join(','), per_page: '250' }).toString();
      const body = await request(url);
      if (!Array.isArray(body)) throw new ProviderError('response is not a list of markets');
      return (body as MarketRow[]).flatMap((row) => {
        const symbol = typeof row.id === 'string' ? bySymbol.get(row.id) : undefined;
        if (!symbol) return [];
        const time = typeof row.last_updated === 'string' ? new Date(row.last_updated) : new Date(NaN);
        return [{ symbol, priceUsd: row.current_price, volume24hUsd: row.total_volume, marketCapUsd: row.market_cap, time }];
      });
    },
  };
}
