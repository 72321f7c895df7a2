import { env } from '@/lib/env';
import { createHttpProvider } from './coingecko';
import { createSimulatedProvider } from './simulated';
import type { PriceProvider } from './types';

/** The provider the environment asks for: HTTP when PRICE_API_URL is set, else simulated; null when off. */
export function providerFromEnv(): PriceProvider | null {
  const kind = env.PRICE_PROVIDER ?? (env.PRICE_API_URL ? 'http' : 'simulated');
  if (kind === 'off') return null;
  if (kind === 'simulated') return createSimulatedProvider();
  if (!env.PRICE_API_URL) throw new Error('PRICE_PROVIDER=http needs PRICE_API_URL (for example https://api.coingecko.com/api/v3)');
  const coinIds = env.PRICE_COIN_IDS ? Object.fromEntries(env.PRICE_COIN_IDS.split(',').map((pair) => pair.split('=') as [string, string])) : {};
  return createHttpProvider({ baseUrl: env.PRICE_API_URL, apiKey: env.PRICE_API_KEY, apiKeyHeader: env.PRICE_API_KEY_HEADER, coinIds });
}
