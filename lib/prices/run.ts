// `npm run prices`: the price worker on its own, against DATABASE_URL (for running it apart from the web servers).
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { providerFromEnv } from './config';
import { startPriceWorker } from './worker';

if (!env.DATABASE_URL) throw new Error('npm run prices needs DATABASE_URL');
const provider = providerFromEnv();
if (!provider) throw new Error('PRICE_PROVIDER is off: nothing to run');
const worker = startPriceWorker({ databaseUrl: env.DATABASE_URL, provider, intervalMs: env.PRICE_INTERVAL_SECONDS * 1000, log });
log('price_worker', { message: `${provider.name} provider every ${env.PRICE_INTERVAL_SECONDS} s` });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void worker.stop().then(() => process.exit(0)));
}
